import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COMPLAINT_ACTIONS, ComplaintActionRequest, ComplaintDetail } from '../../../../contracts/feedback';
import type { FeedbackDeps } from '../deps';
import { actOnComplaint } from '../services/act-on-complaint';

export const actOnComplaintRoute: FastifyPluginAsyncZod<{ deps: FeedbackDeps }> = async (app, { deps }) => {
  app.post(
    '/complaints/:id/actions/:action',
    {
      config: { signedIn: true },
      schema: {
        summary:
          'Accept, refuse, start, answer or close a complaint (409 with the allowed actions when refused) / Xử lý phản ánh, kiến nghị',
        tags: ['feedback'],
        params: z.object({ id: z.uuid(), action: z.enum(COMPLAINT_ACTIONS) }),
        body: ComplaintActionRequest,
        response: { 200: ComplaintDetail },
      },
    },
    async (request) =>
      actOnComplaint(
        {
          actor: request.actor,
          complaintId: request.params.id,
          action: request.params.action,
          note: request.body.note,
          request: { requestId: String(request.id), ip: request.ip },
        },
        deps,
      ),
  );
};
