import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SigningImage } from '../../../../contracts/signing';
import { requestContext } from '../../../platform/auth';
import type { SigningDeps } from '../deps';
import { readUpload } from '../lib/upload';
import { uploadSealImage, uploadSignatureImage } from '../services/upload-image';

/** Appearance images: an official's blue signature, an agency's red seal (PNG, transparent background). */
export const imagesRoute: FastifyPluginAsyncZod<{ deps: SigningDeps }> = async (app, { deps }) => {
  app.put(
    '/signing/signature-image',
    {
      schema: {
        summary: 'Upload my signature image (PNG; multipart "file" or image/png body) / Tải ảnh chữ ký',
        tags: ['signing-images'],
        response: { 200: SigningImage },
      },
    },
    async (request) =>
      uploadSignatureImage(
        {
          actor: request.actor,
          png: async () => (await readUpload(request)).file,
          context: requestContext(request),
        },
        deps,
      ),
  );
  app.put(
    '/agencies/:id/seal-image',
    {
      schema: {
        summary: 'Upload the agency seal image (PNG) / Tải ảnh con dấu của cơ quan',
        tags: ['signing-images'],
        params: z.object({ id: z.uuid() }),
        response: { 200: SigningImage },
      },
    },
    async (request) =>
      uploadSealImage(
        {
          actor: request.actor,
          agencyId: request.params.id,
          png: async () => (await readUpload(request)).file,
          context: requestContext(request),
        },
        deps,
      ),
  );
};
