import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DocumentVerificationResponse } from '../../../../contracts/signing';
import type { SigningDeps } from '../deps';
import { getDocumentFile, getVerification } from '../services/get-verification';

const params = z.object({ id: z.string().max(64) });
const querystring = z.object({ hash: z.string().regex(/^[0-9a-fA-F]{64}$/, 'SHA-256, 64 hex digits') });

/** The QR link target: the registered record, the report of its signed file, and the file itself. */
export const documentVerificationRoute: FastifyPluginAsyncZod<{ deps: SigningDeps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/documents/:id/verification',
    {
      schema: {
        summary:
          'Registered record and signature report of a document (QR link, no sign-in) / Tra cứu văn bản qua mã QR',
        tags: ['verification'],
        params,
        querystring,
        response: { 200: DocumentVerificationResponse },
      },
    },
    async (request) => getVerification({ id: request.params.id, hash: request.query.hash }, deps),
  );
  app.get(
    '/documents/:id/file',
    {
      schema: {
        summary: 'The latest signed file of a registered document (QR link) / Tải văn bản đã ký',
        tags: ['verification'],
        params,
        querystring,
      },
    },
    async (request, reply) => {
      const file = await getDocumentFile({ id: request.params.id, hash: request.query.hash }, deps);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${request.params.id}.pdf"`)
        .send(Buffer.from(file.bytes));
    },
  );
};
