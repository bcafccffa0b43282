import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../../../platform/auth';
import type { CatalogDeps } from '../deps';
import { setProcedureOffered } from '../services/offer-procedure';
import { offeringParams, TAGS } from './params';

export const offerProcedureRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app, { deps }) => {
  app.put(
    '/procedures/:code/agencies/:agencyId',
    {
      schema: {
        summary: 'An agency starts receiving a procedure / Cơ quan nhận giải quyết thủ tục',
        tags: TAGS,
        params: offeringParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await setProcedureOffered(
        {
          actor: request.actor,
          code: request.params.code,
          agencyId: request.params.agencyId,
          offered: true,
          context: requestContext(request),
        },
        deps,
      );
      return reply.status(204).send(null);
    },
  );
};
