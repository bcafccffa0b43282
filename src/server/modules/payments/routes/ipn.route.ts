import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IpnAnswer } from '../../../../contracts/payments';
import type { PaymentDeps } from '../deps';
import { handleIpn } from '../services/handle-ipn';

export const ipnRoute: FastifyPluginAsyncZod<{ deps: PaymentDeps }> = async (app, { deps }) => {
  app.get(
    '/payments/vnpay/ipn',
    {
      schema: {
        summary:
          'Payment gateway IPN (VNPay 2.1.0, server to server; answers RspCode 00/01/02/04/97/99) / IPN cổng thanh toán',
        tags: ['payments'],
        response: { 200: IpnAnswer },
      },
      // The gateway calls from a few addresses; its own limit, not the per-citizen one.
      config: {
        rateLimit: { max: deps.config.payment.ipnRateLimitPerMinute, timeWindow: '1 minute' },
      },
    },
    async (request) =>
      handleIpn({ query: request.query, ip: request.ip, requestId: String(request.id) }, deps),
  );
};
