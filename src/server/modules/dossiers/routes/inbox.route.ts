import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DossierStateSchema, Inbox } from '../../../../contracts/dossiers';
import type { DossierDeps } from '../deps';
import { listInboxFor } from '../services/list-dossiers';

export const inboxRoute: FastifyPluginAsyncZod<{ deps: DossierDeps }> = async (app, { deps }) => {
  app.get(
    '/inbox',
    {
      schema: {
        summary: 'The signed-in official’s work list / Hộp việc',
        tags: ['dossiers'],
        querystring: z.object({
          state: DossierStateSchema.optional(),
          overdue: z.enum(['true', 'false']).optional(),
          q: z.string().trim().max(60).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).max(100_000).default(0),
        }),
        response: { 200: Inbox },
      },
    },
    async (request) =>
      listInboxFor(
        { actor: request.actor, ...request.query, overdue: request.query.overdue === 'true' },
        deps,
      ),
  );
};
