import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RatingScale } from '../../../../contracts/feedback';
import type { FeedbackDeps } from '../deps';
import { getScale } from '../services/get-scale';

export const scaleRoute: FastifyPluginAsyncZod<{ deps: FeedbackDeps }> = async (app, { deps }) => {
  app.get(
    '/feedback/scale',
    {
      schema: {
        summary: 'Rating scale and complaint deadlines in force, with their legal basis / Thang đánh giá',
        tags: ['feedback'],
        response: { 200: RatingScale },
      },
    },
    async () => getScale(deps),
  );
};
