import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOSSIER_STATES, stateInfo } from '../../../../contracts/dossier-workflow';
import { Tracking } from '../../../../contracts/dossiers';
import type { DossierDeps } from '../deps';
import { trackDossier } from '../services/track-dossier';

export const trackingRoute: FastifyPluginAsyncZod<{ deps: DossierDeps }> = async (app, { deps }) => {
  app.get(
    '/tracking/:code',
    {
      config: { rateLimit: { max: deps.config.trackingRateLimitPerMinute, timeWindow: '1 minute' } },
      schema: {
        summary: 'Public tracking by code and the last 4 digits of the phone / Tra cứu hồ sơ',
        tags: ['tracking'],
        params: z.object({ code: z.string().min(5).max(60) }),
        querystring: z.object({ phone: z.string().regex(/^\d{4}$/, '4 chữ số cuối / last 4 digits') }),
        response: { 200: Tracking },
      },
    },
    async (request, reply) => {
      const body = await trackDossier({ code: request.params.code, phoneLast4: request.query.phone }, deps);
      // The document was checked against `Tracking` when it was stored, and is sent as stored.
      return reply
        .type('application/json; charset=utf-8')
        .serializer((payload: unknown) => payload as string)
        .send(body as never);
    },
  );
  app.get(
    '/dossier-states',
    {
      schema: {
        summary: 'Internal states and the national status code each maps onto / Trạng thái hồ sơ',
        tags: ['tracking'],
        response: {
          200: z.object({
            items: z.array(
              z.object({ state: z.string(), nationalCode: z.number().int(), vi: z.string(), en: z.string() }),
            ),
          }),
        },
      },
    },
    async () => ({
      items: DOSSIER_STATES.map((state) => ({
        state,
        nationalCode: stateInfo[state].national,
        vi: stateInfo[state].vi,
        en: stateInfo[state].en,
      })),
    }),
  );
};
