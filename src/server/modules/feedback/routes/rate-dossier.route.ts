import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DossierRatings, RateRequest } from '../../../../contracts/feedback';
import type { FeedbackDeps } from '../deps';
import { rateDossier } from '../services/rate-dossier';

export const rateDossierRoute: FastifyPluginAsyncZod<{ deps: FeedbackDeps }> = async (app, { deps }) => {
  app.post(
    '/dossiers/:id/ratings',
    {
      config: { signedIn: true },
      schema: {
        summary:
          'The applicant rates a contact point; a second rating within the window corrects it / Đánh giá mức độ hài lòng',
        tags: ['feedback'],
        params: z.object({ id: z.uuid() }),
        body: RateRequest,
        response: { 201: DossierRatings },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await rateDossier(
          {
            actor: request.actor,
            dossierId: request.params.id,
            rating: request.body,
            request: { requestId: String(request.id), ip: request.ip },
          },
          deps,
        ),
      ),
  );
};
