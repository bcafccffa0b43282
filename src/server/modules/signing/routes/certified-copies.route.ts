import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CertificationBookEntry, CertifiedCopy } from '../../../../contracts/signing';
import { requestContext } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { SigningDeps } from '../deps';
import { requireStaff } from '../lib/actors';
import { readUpload } from '../lib/upload';
import { certifyCopy } from '../services/certify-copy';
import { listCertificationBook } from '../services/list-book';

const Fields = z.object({
  title: z.string().trim().min(2).max(300),
  requesterName: z.string().trim().min(2).max(120),
  requesterAccountId: z.uuid().optional(),
  feeVnd: z.coerce.number().int().min(0).max(10_000_000).optional(),
});

/** Certified electronic copies from originals (chứng thực bản sao điện tử) and the certification book. */
export const certifiedCopiesRoute: FastifyPluginAsyncZod<{ deps: SigningDeps }> = async (app, { deps }) => {
  app.post(
    '/agencies/:id/certified-copies',
    {
      schema: {
        summary:
          'Certify an electronic copy from the original (multipart: file = scan PDF/JPEG/PNG, title, requesterName[, requesterAccountId, feeVnd]) / Chứng thực bản sao điện tử',
        tags: ['certified-copies'],
        params: z.object({ id: z.uuid() }),
        response: { 201: CertifiedCopy },
      },
    },
    async (request, reply) => {
      requireStaff(request.actor);
      const upload = await readUpload(request);
      const fields = Fields.safeParse(upload.fields);
      if (!fields.success)
        throw new AppError('VALIDATION_FAILED', {
          fields: fields.error.issues.map((i) => ({
            path: `body.${i.path.join('.')}`,
            vi: `Trường ${i.path.join('.')} không hợp lệ.`,
            en: `${i.path.join('.')}: ${i.message}`,
          })),
        });
      const result = await certifyCopy(
        {
          actor: request.actor,
          agencyId: request.params.id,
          scan: upload.file,
          ...fields.data,
          context: requestContext(request),
        },
        deps,
      );
      return reply.status(201).send(result);
    },
  );
  app.get(
    '/agencies/:id/certification-book',
    {
      schema: {
        summary: 'The certification book of a year / Sổ chứng thực bản sao điện tử',
        tags: ['certified-copies'],
        params: z.object({ id: z.uuid() }),
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2200).optional() }),
        response: { 200: z.object({ items: z.array(CertificationBookEntry) }) },
      },
    },
    async (request) => ({
      items: await listCertificationBook(
        {
          actor: request.actor,
          agencyId: request.params.id,
          year: request.query.year ?? new Date().getFullYear(),
        },
        deps,
      ),
    }),
  );
};
