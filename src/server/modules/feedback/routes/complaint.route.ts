import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ComplaintDetail } from '../../../../contracts/feedback';
import type { FeedbackDeps } from '../deps';
import { getComplaint } from '../services/get-complaint';

export const complaintRoute: FastifyPluginAsyncZod<{ deps: FeedbackDeps }> = async (app, { deps }) => {
  app.get(
    '/complaints/:id',
    {
      schema: {
        summary: 'One complaint with its history / Chi tiết phản ánh, kiến nghị',
        tags: ['feedback'],
        params: z.object({ id: z.uuid() }),
        response: { 200: ComplaintDetail },
      },
    },
    async (request) => getComplaint({ actor: request.actor, complaintId: request.params.id }, deps),
  );
};
