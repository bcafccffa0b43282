import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PaymentDeps } from '../deps';
import { getReceipt } from '../services/get-receipt';

export const receiptRoute: FastifyPluginAsyncZod<{ deps: PaymentDeps }> = async (app, { deps }) => {
  app.get(
    '/payments/:id/receipt',
    {
      schema: {
        summary: 'Electronic receipt of a paid order (PDF) / Biên lai thu phí, lệ phí điện tử',
        tags: ['payments'],
        params: z.object({ id: z.uuid() }),
      },
      config: { signedIn: true },
    },
    async (request, reply) => {
      const receipt = await getReceipt({ actor: request.actor, orderId: request.params.id }, deps);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${receipt.filename}"`)
        .header('cache-control', 'private, no-store')
        .send(receipt.stream);
    },
  );
};
