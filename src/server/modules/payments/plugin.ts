import type { FastifyPluginAsync } from 'fastify';
import type { Platform } from '../../platform/platform';
import type { PaymentDeps } from './deps';
import { httpTransport, type PaymentGateway } from './lib/gateway';
import { vnpayGateway } from './lib/vnpay-gateway';
import { collectCashRoute } from './routes/collect-cash.route';
import { feeLedgerRoute } from './routes/fee-ledger.route';
import { feesRoute } from './routes/fees.route';
import { ipnRoute } from './routes/ipn.route';
import { receiptRoute } from './routes/receipt.route';
import { refundRoute } from './routes/refund.route';
import { returnRoute } from './routes/return.route';
import { startPaymentRoute } from './routes/start-payment.route';
import { answerMerchantApi } from './sandbox/sandbox-ledger';
import { mountPaymentSandbox } from './sandbox/sandbox-plugin';

const depsByPlatform = new WeakMap<Platform, PaymentDeps>();

/** The gateway chosen by configuration: a real VNPay terminal, the demo sandbox, or none. */
function gatewayOf(platform: Platform): PaymentGateway | undefined {
  const g = platform.config.payment.gateway;
  if (g.kind === 'off') return undefined;
  if (g.kind === 'vnpay') return vnpayGateway(g, httpTransport);
  // The sandbox answers querydr from its ledger in this process (a worker process has no web server
  // to call); the request and answer still travel as signed JSON, exactly as over HTTP.
  return vnpayGateway(g, async (_url, body) =>
    JSON.parse(JSON.stringify(await answerMerchantApi(platform.db, g, JSON.parse(JSON.stringify(body))))),
  );
}

export function paymentDeps(platform: Platform): PaymentDeps {
  let deps = depsByPlatform.get(platform);
  if (!deps) {
    const { db, config, blobs, logger, jobs, mailer } = platform;
    deps = { db, config, blobs, logger, jobs, mailer, gateway: gatewayOf(platform) };
    depsByPlatform.set(platform, deps);
  }
  return deps;
}

export const paymentsPlugin: FastifyPluginAsync<{ platform: Platform }> = async (app, { platform }) => {
  const deps = paymentDeps(platform);
  for (const route of [
    feesRoute,
    startPaymentRoute,
    collectCashRoute,
    refundRoute,
    ipnRoute,
    returnRoute,
    receiptRoute,
    feeLedgerRoute,
  ])
    await app.register(route, { deps });
};

/** The sandbox gateway is another party's site: it lives at /sandbox/payment, outside /api/v1. */
export const paymentsRootPlugin: FastifyPluginAsync<{ platform: Platform }> = async (app, { platform }) => {
  await mountPaymentSandbox(app, platform);
};
