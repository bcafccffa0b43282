import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { StartPaymentRequest, StartPaymentResponse } from '../../../../contracts/payments';
import type { PaymentDeps } from '../deps';
import { startPayment } from '../services/start-payment';

export const startPaymentRoute: FastifyPluginAsyncZod<{ deps: PaymentDeps }> = async (app, { deps }) => {
  app.post(
    '/dossiers/:id/payments',
    {
      schema: {
        summary: 'Pay the fees online: the signed redirect to the gateway / Thanh toán trực tuyến',
        tags: ['payments'],
        params: z.object({ id: z.uuid() }),
        body: StartPaymentRequest,
        response: { 201: StartPaymentResponse },
      },
      config: { signedIn: true },
    },
    async (request, reply) => {
      const started = await startPayment(
        {
          actor: request.actor,
          dossierId: request.params.id,
          bankCode: request.body.bankCode,
          locale: request.body.locale,
          ip: request.ip,
          requestId: String(request.id),
        },
        deps,
      );
      return reply.code(201).send(started);
    },
  );
};
