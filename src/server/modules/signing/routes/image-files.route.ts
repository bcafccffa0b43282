import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SigningDeps } from '../deps';
import { getSealImage, getSignatureImage } from '../services/get-image';

/** The stored appearance images, for the back office's preview (private: never cached by a proxy). */
export const imageFilesRoute: FastifyPluginAsyncZod<{ deps: SigningDeps }> = async (app, { deps }) => {
  const send = (reply: FastifyReply, image: { png: Buffer; sha256: string }) =>
    reply
      .type('image/png')
      .header('cache-control', 'private, no-cache')
      .header('etag', `"${image.sha256}"`)
      .send(image.png);
  app.get(
    '/signing/signature-image',
    {
      schema: {
        summary: 'My signature image as stored (PNG) / Xem ảnh chữ ký của tôi',
        tags: ['signing-images'],
      },
    },
    async (request, reply) => send(reply, await getSignatureImage({ actor: request.actor }, deps)),
  );
  app.get(
    '/agencies/:id/seal-image',
    {
      schema: {
        summary: 'The agency seal image as stored (PNG) / Xem ảnh con dấu của cơ quan',
        tags: ['signing-images'],
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request, reply) =>
      send(reply, await getSealImage({ actor: request.actor, agencyId: request.params.id }, deps)),
  );
};
