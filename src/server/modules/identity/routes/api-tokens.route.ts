import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiToken, CreateApiTokenRequest, CreatedApiToken } from '../../../../contracts/identity';
import { requestContext } from '../../../platform/auth';
import type { IdentityDeps } from '../deps';
import { createToken, listTokens, revokeToken } from '../services/manage-api-tokens';

export const apiTokensRoute: FastifyPluginAsyncZod<{ deps: IdentityDeps }> = async (app, { deps }) => {
  app.get(
    '/agencies/:id/api-tokens',
    {
      schema: {
        summary: 'API tokens of an agency’s integrations / Khóa API',
        tags: ['api-tokens'],
        params: z.object({ id: z.uuid() }),
        response: { 200: z.object({ items: z.array(ApiToken) }) },
      },
    },
    async (request) => ({
      items: await listTokens({ actor: request.actor, agencyId: request.params.id }, deps),
    }),
  );
  app.post(
    '/agencies/:id/api-tokens',
    {
      schema: {
        summary: 'Issue an API token (shown once) / Cấp khóa API',
        tags: ['api-tokens'],
        params: z.object({ id: z.uuid() }),
        body: CreateApiTokenRequest,
        response: { 201: CreatedApiToken },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await createToken(
          {
            actor: request.actor,
            agencyId: request.params.id,
            ...request.body,
            context: requestContext(request),
          },
          deps,
        ),
      ),
  );
  app.delete(
    '/api-tokens/:id',
    {
      schema: {
        summary: 'Revoke an API token / Thu hồi khóa API',
        tags: ['api-tokens'],
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeToken(
        { actor: request.actor, tokenId: request.params.id, context: requestContext(request) },
        deps,
      );
      return reply.status(204).send(null);
    },
  );
};
