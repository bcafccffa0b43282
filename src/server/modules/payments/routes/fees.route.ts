import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DossierFees } from '../../../../contracts/payments';
import type { PaymentDeps } from '../deps';
import { getDossierFees } from '../services/get-dossier-fees';

export const feesRoute: FastifyPluginAsyncZod<{ deps: PaymentDeps }> = async (app, { deps }) => {
  app.get(
    '/dossiers/:id/fees',
    {
      schema: {
        summary: 'Fees of a dossier, what was paid, payment orders / Phí, lệ phí và thanh toán của hồ sơ',
        tags: ['payments'],
        params: z.object({ id: z.uuid() }),
        response: { 200: DossierFees },
      },
      config: { signedIn: true },
    },
    async (request) => getDossierFees({ actor: request.actor, dossierId: request.params.id }, deps),
  );
};
