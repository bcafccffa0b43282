import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SigningRate } from '../../../../contracts/signing';
import type { SigningDeps } from '../deps';
import { getSigningRate } from '../services/signing-rate';

const DAY = 86_400_000;

export const rateRoute: FastifyPluginAsyncZod<{ deps: SigningDeps }> = async (app, { deps }) => {
  app.get(
    '/signing/rate',
    {
      schema: {
        summary: 'Signing rate (signed / registered documents) per agency / Tỷ lệ văn bản được ký số',
        tags: ['signing-queue'],
        querystring: z.object({
          agencyId: z.uuid(),
          from: z.iso.datetime().optional(),
          to: z.iso.datetime().optional(),
        }),
        response: { 200: SigningRate },
      },
    },
    async (request) => {
      const to = request.query.to ? new Date(request.query.to) : new Date();
      const from = request.query.from ? new Date(request.query.from) : new Date(to.getTime() - 30 * DAY);
      return getSigningRate({ actor: request.actor, agencyId: request.query.agencyId, from, to }, deps);
    },
  );
};
