import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Refund, RefundRequest } from '../../../../contracts/payments';
import type { PaymentDeps } from '../deps';
import { refundPayment } from '../services/refund-payment';

export const refundRoute: FastifyPluginAsyncZod<{ deps: PaymentDeps }> = async (app, { deps }) => {
  app.post(
    '/dossiers/:id/refunds',
    {
      schema: {
        summary: 'Refund what a dossier paid and does not owe / Hoàn trả phí, lệ phí đã nộp',
        description:
          'An online payment is refunded through the gateway (status `refunded` once it accepts, `failed` ' +
          'when it refuses, `requested` while it has not answered); cash is given back at the desk.',
        tags: ['payments'],
        params: z.object({ id: z.uuid() }),
        body: RefundRequest,
        response: { 201: Refund },
      },
      config: { signedIn: true },
    },
    async (request, reply) => {
      const refund = await refundPayment(
        {
          actor: request.actor,
          dossierId: request.params.id,
          orderId: request.body.orderId,
          amount: request.body.amount,
          reason: request.body.reason,
          requestId: String(request.id),
          ip: request.ip,
        },
        deps,
      );
      return reply.code(201).send(refund);
    },
  );
};
