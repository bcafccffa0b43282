import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Complaint } from '../../../../contracts/feedback';
import type { FeedbackDeps } from '../deps';
import { listMyComplaints } from '../services/list-complaints';

export const myComplaintsRoute: FastifyPluginAsyncZod<{ deps: FeedbackDeps }> = async (app, { deps }) => {
  app.get(
    '/me/complaints',
    {
      schema: {
        summary: 'My complaints and suggestions with their answers / Phản ánh, kiến nghị của tôi',
        tags: ['feedback'],
        response: {
          200: z.object({
            items: z.array(Complaint),
            notices: z.array(
              z.object({
                id: z.uuid(),
                complaintId: z.uuid(),
                title: z.string(),
                body: z.string(),
                createdAt: z.iso.datetime(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => listMyComplaints({ actor: request.actor }, deps),
  );
};
