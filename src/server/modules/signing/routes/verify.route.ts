import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { VerificationResponse } from '../../../../contracts/signing';
import type { SigningDeps } from '../deps';
import { readUpload } from '../lib/upload';
import { verifyUpload } from '../services/verify-upload';

export const verifyRoute: FastifyPluginAsyncZod<{ deps: SigningDeps }> = async (app, { deps }) => {
  app.post(
    '/verify',
    {
      schema: {
        summary:
          'Verify the signatures of a PDF (multipart field "file" or a raw application/pdf body; no sign-in) / Xác minh chữ ký số của tệp PDF',
        tags: ['verification'],
        response: { 200: VerificationResponse },
      },
      config: {
        rateLimit: {
          max: Math.max(30, Math.floor(deps.config.rateLimitPerMinute / 10)),
          timeWindow: '1 minute',
        },
      },
    },
    async (request) => verifyUpload({ pdf: (await readUpload(request)).file }, deps),
  );
};
