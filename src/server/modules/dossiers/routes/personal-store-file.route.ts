import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DossierDeps } from '../deps';
import { openPersonalDocument } from '../services/open-personal-document';

export const personalStoreFileRoute: FastifyPluginAsyncZod<{ deps: DossierDeps }> = async (app, { deps }) => {
  app.get(
    '/me/documents/:id/file',
    {
      config: {
        signedIn: true,
        rateLimit: { max: deps.config.rateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        summary: 'Download a paper of my personal data store / Tải giấy tờ trong kho dữ liệu của tôi',
        tags: ['me'],
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request, reply) => {
      const file = await openPersonalDocument({ actor: request.actor, documentId: request.params.id }, deps);
      reply
        .type(file.mediaType)
        .header('content-length', file.size)
        // RFC 6266 with an RFC 5987 `filename*` for the Vietnamese name; the ASCII one for old clients.
        .header(
          'content-disposition',
          `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store');
      return reply.send(file.stream);
    },
  );
};
