import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CollectCashRequest, PaymentOrder } from '../../../../contracts/payments';
import type { PaymentDeps } from '../deps';
import { collectCash } from '../services/collect-cash';

export const collectCashRoute: FastifyPluginAsyncZod<{ deps: PaymentDeps }> = async (app, { deps }) => {
  app.post(
    '/dossiers/:id/payments/cash',
    {
      schema: {
        summary: 'Record the fees paid in cash at the desk, with a receipt / Thu phí, lệ phí bằng tiền mặt',
        tags: ['payments'],
        params: z.object({ id: z.uuid() }),
        body: CollectCashRequest,
        response: { 201: PaymentOrder },
      },
      config: { signedIn: true },
    },
    async (request, reply) => {
      const order = await collectCash(
        {
          actor: request.actor,
          dossierId: request.params.id,
          amount: request.body.amount,
          requestId: String(request.id),
          ip: request.ip,
        },
        deps,
      );
      return reply.code(201).send(order);
    },
  );
};
