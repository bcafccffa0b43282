import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../../../platform/auth';
import type { CatalogDeps } from '../deps';
import { cancelVersion } from '../services/cancel-version';
import { TAGS, versionParams } from './params';

export const cancelVersionRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app, { deps }) => {
  app.delete(
    '/procedures/:code/versions/:version',
    {
      schema: {
        summary: 'Cancel a version that has not taken effect yet / Hủy phiên bản chưa có hiệu lực',
        tags: TAGS,
        params: versionParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await cancelVersion(
        {
          actor: request.actor,
          code: request.params.code,
          number: request.params.version,
          context: requestContext(request),
        },
        deps,
      );
      return reply.status(204).send(null);
    },
  );
};
