import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../../../platform/auth';
import type { CatalogDeps } from '../deps';
import { setProcedureOffered } from '../services/offer-procedure';
import { offeringParams, TAGS } from './params';

export const withdrawProcedureRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app, { deps }) => {
  app.delete(
    '/procedures/:code/agencies/:agencyId',
    {
      schema: {
        summary: 'An agency stops receiving a procedure / Cơ quan thôi nhận thủ tục',
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
          offered: false,
          context: requestContext(request),
        },
        deps,
      );
      return reply.status(204).send(null);
    },
  );
};
