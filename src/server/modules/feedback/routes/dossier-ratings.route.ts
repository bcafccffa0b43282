import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DossierRatings } from '../../../../contracts/feedback';
import type { FeedbackDeps } from '../deps';
import { listDossierRatings } from '../services/list-dossier-ratings';

export const dossierRatingsRoute: FastifyPluginAsyncZod<{ deps: FeedbackDeps }> = async (app, { deps }) => {
  app.get(
    '/dossiers/:id/ratings',
    {
      schema: {
        summary: 'What may be rated on a dossier and the ratings given / Đánh giá của hồ sơ',
        tags: ['feedback'],
        params: z.object({ id: z.uuid() }),
        response: { 200: DossierRatings },
      },
    },
    async (request) => listDossierRatings({ actor: request.actor, dossierId: request.params.id }, deps),
  );
};
