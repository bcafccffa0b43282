import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COMPLAINT_STATES, Complaint } from '../../../../contracts/feedback';
import type { FeedbackDeps } from '../deps';
import { listComplaintInbox } from '../services/list-complaints';

export const complaintInboxRoute: FastifyPluginAsyncZod<{ deps: FeedbackDeps }> = async (app, { deps }) => {
  app.get(
    '/complaints',
    {
      schema: {
        summary:
          'Complaints inbox of the official’s agencies, open ones by deadline / Hộp phản ánh, kiến nghị',
        tags: ['feedback'],
        querystring: z.object({
          state: z
            .string()
            .max(100)
            .transform((s) => s.split(','))
            .pipe(z.array(z.enum(COMPLAINT_STATES)).max(6))
            .optional(),
        }),
        response: {
          200: z.object({
            items: z.array(Complaint),
            counts: z.object({ green: z.number(), yellow: z.number(), red: z.number(), none: z.number() }),
          }),
        },
      },
    },
    async (request) =>
      listComplaintInbox(
        { actor: request.actor, ...(request.query.state ? { states: request.query.state } : {}) },
        deps,
      ),
  );
};
