import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DossierStatistics } from '../../../../contracts/dossiers';
import type { DossierDeps } from '../deps';
import { dossierBook, dossierStatistics } from '../services/dossier-statistics';

const period = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

/** A period of local dates; by default the current month so far. */
function toPeriod(q: { from?: string | undefined; to?: string | undefined }) {
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const from = new Date(`${q.from ?? `${today.slice(0, 8)}01`}T00:00:00+07:00`);
  const to = new Date(new Date(`${q.to ?? today}T00:00:00+07:00`).getTime() + 86_400_000);
  return { from, to };
}

export const statisticsRoute: FastifyPluginAsyncZod<{ deps: DossierDeps }> = async (app, { deps }) => {
  app.get(
    '/agencies/:id/dossier-statistics',
    {
      schema: {
        summary:
          'Dossier counts per procedure: received, early, on time, late, in progress, overdue / Thống kê',
        tags: ['statistics'],
        params: z.object({ id: z.uuid() }),
        querystring: period,
        response: { 200: DossierStatistics },
      },
    },
    async (request) =>
      dossierStatistics(
        { actor: request.actor, agencyId: request.params.id, period: toPeriod(request.query) },
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
        querystring: period,
      },
    },
    async (request, reply) => {
      const book = await dossierBook(
        { actor: request.actor, agencyId: request.params.id, period: toPeriod(request.query) },
        deps,
      );
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${book.filename}"`)
        .send(book.content);
    },
  );
};
