import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CertificateKind,
  IssueDemoCertificateRequest,
  RevokeCertificateRequest,
  SigningCertificate,
} from '../../../../contracts/signing';
import { requestContext } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { SigningDeps } from '../deps';
import { requireStaff } from '../lib/actors';
import { readUpload } from '../lib/upload';
import { importCertificate } from '../services/import-certificate';
import { issueDemoCertificate } from '../services/issue-demo-certificate';
import { listAgencyCertificates, listMyCertificates } from '../services/list-certificates';
import { revokeCertificate } from '../services/revoke-certificate';

const ImportFields = z.object({
  kind: CertificateKind,
  agencyId: z.uuid(),
  accountId: z.uuid().optional(),
  password: z.string().max(200),
});

/** Officials' certificates and agency seal certificates: demo issuance, PKCS#12 import, revocation. */
export const certificatesRoute: FastifyPluginAsyncZod<{ deps: SigningDeps }> = async (app, { deps }) => {
  app.get(
    '/signing/certificates',
    {
      schema: {
        summary: 'My signing certificates / Chứng thư số của tôi',
        tags: ['signing-certificates'],
        response: { 200: z.object({ items: z.array(SigningCertificate) }) },
      },
    },
    async (request) => ({ items: await listMyCertificates({ actor: request.actor }, deps) }),
  );
  app.get(
    '/agencies/:id/signing-certificates',
    {
      schema: {
        summary: 'Signing certificates managed in an agency / Chứng thư số của cơ quan',
        tags: ['signing-certificates'],
        params: z.object({ id: z.uuid() }),
        response: { 200: z.object({ items: z.array(SigningCertificate) }) },
      },
    },
    async (request) => ({
      items: await listAgencyCertificates({ actor: request.actor, agencyId: request.params.id }, deps),
    }),
  );
  app.post(
    '/signing/certificates/demo',
    {
      schema: {
        summary: 'Issue a certificate from the built-in demo CA / Cấp chứng thư thử nghiệm',
        tags: ['signing-certificates'],
        body: IssueDemoCertificateRequest,
        response: { 201: SigningCertificate },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await issueDemoCertificate(
            { actor: request.actor, ...request.body, context: requestContext(request) },
            deps,
          ),
        ),
  );
  app.post(
    '/signing/certificates/import',
    {
      schema: {
        summary:
          'Import a certificate from a PKCS#12 file (multipart: file, password, kind, agencyId[, accountId]) / Nhập chứng thư từ tệp .p12',
        tags: ['signing-certificates'],
        response: { 201: SigningCertificate },
      },
    },
    async (request, reply) => {
      requireStaff(request.actor);
      const upload = await readUpload(request);
      const fields = ImportFields.safeParse(upload.fields);
      if (!fields.success)
        throw new AppError('VALIDATION_FAILED', {
          fields: fields.error.issues.map((i) => ({
            path: `body.${i.path.join('.')}`,
            vi: `Trường ${i.path.join('.')} không hợp lệ.`,
            en: `${i.path.join('.')}: ${i.message}`,
          })),
        });
      return reply
        .status(201)
        .send(
          await importCertificate(
            { actor: request.actor, ...fields.data, p12: upload.file, context: requestContext(request) },
            deps,
          ),
        );
    },
  );
  app.post(
    '/signing/certificates/:id/revoke',
    {
      schema: {
        summary: 'Revoke a signing certificate / Thu hồi chứng thư số',
        tags: ['signing-certificates'],
        params: z.object({ id: z.uuid() }),
        body: RevokeCertificateRequest,
        response: { 200: SigningCertificate },
      },
    },
    async (request) =>
      revokeCertificate(
        {
          actor: request.actor,
          id: request.params.id,
          reason: request.body.reason,
          context: requestContext(request),
        },
        deps,
      ),
  );
};
