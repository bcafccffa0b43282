import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ComplaintDetail, SubmitComplaintRequest } from '../../../../contracts/feedback';
import type { FeedbackDeps } from '../deps';
import { submitComplaint } from '../services/submit-complaint';

export const submitComplaintRoute: FastifyPluginAsyncZod<{ deps: FeedbackDeps }> = async (app, { deps }) => {
  app.post(
    '/me/complaints',
    {
      config: { signedIn: true },
      schema: {
        summary: 'Send a complaint or suggestion about a dossier or an agency / Gửi phản ánh, kiến nghị',
        tags: ['feedback'],
        body: SubmitComplaintRequest,
        response: { 201: ComplaintDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await submitComplaint(
          {
            actor: request.actor,
            request: request.body,
            info: { requestId: String(request.id), ip: request.ip },
          },
          deps,
        ),
      ),
  );
};
