import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DossierStatistics } from '../../../../contracts/dossiers';
import { localPeriod, periodQuery } from '../../../platform/calendar';
import { sendXlsx } from '../../../platform/http';
import type { DossierDeps } from '../deps';
import { dossierBook, dossierStatistics } from '../services/dossier-statistics';

export const statisticsRoute: FastifyPluginAsyncZod<{ deps: DossierDeps }> = async (app, { deps }) => {
  app.get(
    '/agencies/:id/dossier-statistics',
    {
      schema: {
        summary:
          'Dossier counts per procedure: received, early, on time, late, in progress, overdue / Thống kê',
        tags: ['statistics'],
        params: z.object({ id: z.uuid() }),
        querystring: periodQuery,
        response: { 200: DossierStatistics },
      },
    },
    async (request) =>
      dossierStatistics(
        { actor: request.actor, agencyId: request.params.id, period: localPeriod(request.query) },
        deps,
      ),
  );
  app.get(
    '/agencies/:id/dossier-book',
    {
      schema: {
        summary: 'The dossier book of an agency as Excel / Sổ theo dõi hồ sơ',
        tags: ['statistics'],
        params: z.object({ id: z.uuid() }),
        querystring: periodQuery,
      },
    },
    async (request, reply) => {
      const book = await dossierBook(
        { actor: request.actor, agencyId: request.params.id, period: localPeriod(request.query) },
        deps,
      );
      return sendXlsx(reply, book);
    },
  );
};
