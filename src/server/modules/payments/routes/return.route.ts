import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PaymentReturn } from '../../../../contracts/payments';
import type { PaymentDeps } from '../deps';
import { readReturn } from '../services/read-return';

export const returnRoute: FastifyPluginAsyncZod<{ deps: PaymentDeps }> = async (app, { deps }) => {
  app.get(
    '/payments/vnpay/return',
    {
      schema: {
        summary:
          'Check the parameters the gateway sent the browser back with (reports only; never settles) / Kết quả thanh toán',
        tags: ['payments'],
        response: { 200: PaymentReturn },
      },
    },
    async (request) =>
      readReturn({ query: request.query, ip: request.ip, requestId: String(request.id) }, deps),
  );
};
