import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signedQuery } from '../../../src/server/modules/payments/lib/vnpay-protocol';
import { ConfigError, DEMO_VNPAY_HASH_SECRET, loadConfig } from '../../../src/server/platform/config';
import { createTestApp, type TestContext } from '../../support/app';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
};
const PRODUCTION = {
  NODE_ENV: 'production',
  DEMO: 'false',
  SECRET_KEY: 'x'.repeat(40),
  KEY_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
  SMTP_URL: 'smtps://mail.example.vn',
  PUBLIC_URL: 'https://dichvucong.example.vn',
};
const VNPAY = {
  VNPAY_TMN_CODE: 'THANHHOA',
  VNPAY_HASH_SECRET: 'S3CR3TFROMTHEGATEWAY0000000000AB',
  VNPAY_PAY_URL: 'https://pay.vnpay.vn/vpcpay.html',
  VNPAY_QUERY_URL: 'https://merchant.vnpay.vn/merchant_webapi/api/transaction',
};

describe('payment gateway configuration', () => {
  it('uses the built-in sandbox in demo mode and a real terminal when configured', () => {
    const demo = loadConfig({}).payment.gateway;
    assert.ok(demo.kind === 'sandbox', demo.kind);
    assert.equal(demo.payUrl, 'http://127.0.0.1:3000/sandbox/payment/paymentv2/vpcpay.html');
    const real = loadConfig({ ...PRODUCTION, ...VNPAY });
    assert.deepEqual(real.payment.gateway, {
      kind: 'vnpay',
      tmnCode: 'THANHHOA',
      hashSecret: VNPAY.VNPAY_HASH_SECRET,
      payUrl: VNPAY.VNPAY_PAY_URL,
      queryUrl: VNPAY.VNPAY_QUERY_URL,
    });
    assert.equal(loadConfig(PRODUCTION).payment.gateway.kind, 'off');
  });

  it('refuses the sandbox secret and plain-HTTP gateway URLs in production, and half a configuration', () => {
    const demoSecret = problemsOf({ ...PRODUCTION, ...VNPAY, VNPAY_HASH_SECRET: DEMO_VNPAY_HASH_SECRET });
    assert.ok(
      demoSecret.some((p) => p.startsWith('VNPAY_HASH_SECRET:')),
      demoSecret.join(),
    );
    const http = problemsOf({ ...PRODUCTION, ...VNPAY, VNPAY_PAY_URL: 'http://pay.example.vn/vpcpay.html' });
    assert.ok(
      http.some((p) => p.startsWith('VNPAY_PAY_URL:')),
      http.join(),
    );
    const half = problemsOf({ VNPAY_TMN_CODE: 'THANHHOA' });
    assert.ok(
      half.some((p) => p.startsWith('VNPAY_TMN_CODE:')),
      half.join(),
    );
    assert.ok(problemsOf({ VNPAY_TMN_CODE: 'short' }).some((p) => p.startsWith('VNPAY_TMN_CODE:')));
  });
});

describe('outside demo mode', { timeout: 60_000 }, () => {
  let t: TestContext;
  before(async () => {
    t = await createTestApp({ DEMO: 'false' });
  });
  after(() => t.close());

  it('serves no sandbox gateway, and the IPN refuses everything (no gateway configured)', async () => {
    const pay = await t.app.inject({
      url: `/sandbox/payment/paymentv2/vpcpay.html?${signedQuery({ vnp_TxnRef: 'CS1234567890' }, DEMO_VNPAY_HASH_SECRET)}`,
    });
    assert.equal(pay.statusCode, 404);
    const query = await t.app.inject({
      method: 'POST',
      url: '/sandbox/payment/merchant_webapi/api/transaction',
      payload: {},
    });
    assert.equal(query.statusCode, 404);
    const ipn = await t.app.inject({
      url: `/api/v1/payments/vnpay/ipn?${signedQuery({ vnp_TxnRef: 'CS1234567890', vnp_TmnCode: 'CUASO001' }, DEMO_VNPAY_HASH_SECRET)}`,
    });
    assert.equal(ipn.json().RspCode, '97');
  });
});
