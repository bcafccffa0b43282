import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from '../../../platform/http';
import type { Platform } from '../../../platform/platform';
import { vnpParamsOf } from '../lib/vnpay-protocol';
import {
  answerMerchantApi,
  checkPayRequest,
  type Outcome,
  recordOutcome,
  SANDBOX_BANKS,
} from './sandbox-ledger';
import { renderPayPage, renderSandboxError } from './sandbox-page';

export const SANDBOX_PAYMENT_PATH = '/sandbox/payment';
const PAY_PATH = `${SANDBOX_PAYMENT_PATH}/paymentv2/vpcpay.html`;
const CONFIRM_PATH = `${SANDBOX_PAYMENT_PATH}/paymentv2/confirm`;
const QUERY_PATH = `${SANDBOX_PAYMENT_PATH}/merchant_webapi/api/transaction`;
/** Where the sandbox delivers its IPN: Cửa Số's own endpoint, as a merchant registers it with VNPay. */
export const IPN_PATH = '/api/v1/payments/vnpay/ipn';

const html = (reply: FastifyReply, status: number, body: string) =>
  reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);

/**
 * The sandbox payment gateway at /sandbox/payment, served in demo mode only (404 otherwise): the
 * payment page, the customer's choice (it calls the IPN server-to-server, then sends the browser to
 * the return URL with signed parameters), and the querydr status API.
 */
export async function mountPaymentSandbox(app: FastifyInstance, platform: Platform) {
  const gateway = platform.config.payment.gateway;
  const settings = gateway.kind === 'sandbox' ? gateway : undefined;
  const siteName = platform.config.siteName;
  const off = (request: FastifyRequest, reply: FastifyReply) => sendProblem(reply, request, 'NOT_FOUND');

  // The payment page posts a plain form (no script: the CSP allows none inline).
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16_384 },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  app.get(PAY_PATH, { schema: { hide: true } }, async (request, reply) => {
    if (!settings) return off(request, reply);
    const check = checkPayRequest(vnpParamsOf(request.query), settings, new Date());
    if (!check.ok) return html(reply, 400, renderSandboxError(check));
    return html(
      reply,
      200,
      renderPayPage({ action: CONFIRM_PATH, params: check.params, amount: check.amount, siteName }),
    );
  });

  app.post(CONFIRM_PATH, { schema: { hide: true } }, async (request, reply) => {
    if (!settings) return off(request, reply);
    const form = (request.body ?? {}) as Record<string, unknown>;
    const check = checkPayRequest(vnpParamsOf(form), settings, new Date());
    if (!check.ok) return html(reply, 400, renderSandboxError(check));
    const outcome = form.outcome as Outcome;
    const bank = SANDBOX_BANKS.find((b) => b.code === form.bank)?.code;
    if (!['pay', 'pay_no_ipn', 'cancel'].includes(outcome) || !bank)
      return html(reply, 400, renderSandboxError({ code: '03', message: 'Lựa chọn không hợp lệ.' }));
    const query = await recordOutcome(platform.db, settings, {
      params: check.params,
      amount: check.amount,
      bankCode: bank,
      outcome,
      now: new Date(),
    });
    if (!query)
      return html(reply, 409, renderSandboxError({ code: '02', message: 'Đơn hàng này đã được xử lý.' }));
    if (outcome !== 'pay_no_ipn') {
      // Server to server, in this process: the demo needs no network to reach its own IPN endpoint.
      const ipn = await app
        .inject({ method: 'GET', url: `${IPN_PATH}?${query}`, remoteAddress: '127.0.0.1' })
        .catch((err: unknown) => {
          request.log.warn({ err }, 'sandbox IPN delivery failed');
          return undefined;
        });
      if (ipn) request.log.info({ ipn: ipn.body }, 'sandbox IPN delivered');
    }
    return reply.redirect(`${check.params.vnp_ReturnUrl}?${query}`, 302);
  });

  app.post(QUERY_PATH, { schema: { hide: true } }, async (request, reply) => {
    if (!settings) return off(request, reply);
    const body = request.body;
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return reply.code(400).send({ vnp_ResponseCode: '03', vnp_Message: 'Invalid request format' });
    return reply.send(await answerMerchantApi(platform.db, settings, body as Record<string, unknown>));
  });
}
