import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FeedbackStatistics } from '../../../../contracts/feedback';
import type { FeedbackDeps } from '../deps';
import { PeriodQuery, toPeriod } from '../lib/period';
import { feedbackStatistics } from '../services/feedback-statistics';

export const statisticsRoute: FastifyPluginAsyncZod<{ deps: FeedbackDeps }> = async (app, { deps }) => {
  app.get(
    '/agencies/:id/feedback-statistics',
    {
      schema: {
        summary:
          'Ratings per level, satisfaction rate and complaints handled on time, per agency and official / Thống kê mức độ hài lòng',
        tags: ['statistics'],
        params: z.object({ id: z.uuid() }),
        querystring: PeriodQuery,
        response: { 200: FeedbackStatistics },
      },
    },
    async (request) =>
      feedbackStatistics(
        { actor: request.actor, agencyId: request.params.id, period: toPeriod(request.query) },
        deps,
      ),
  );
};
