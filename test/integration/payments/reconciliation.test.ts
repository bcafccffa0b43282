import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import { vnpayGateway } from '../../../src/server/modules/payments/lib/vnpay-gateway';
import {
  hmacSha512,
  pipeData,
  QUERY_REQUEST_FIELDS,
} from '../../../src/server/modules/payments/lib/vnpay-protocol';
import { paymentDeps } from '../../../src/server/modules/payments/plugin';
import { answerQueryDr } from '../../../src/server/modules/payments/sandbox/sandbox-ledger';
import { reconcilePayments } from '../../../src/server/modules/payments/services/reconcile-payments';
import { DEMO_VNPAY_HASH_SECRET } from '../../../src/server/platform/config';
import type { TestContext } from '../../support/app';
import { as, type Session } from '../../support/identity';
import { birthRegistrationBed, upload } from '../dossiers/support';

const QUERY = '/sandbox/payment/merchant_webapi/api/transaction';

describe('status query (querydr) and reconciliation edge cases', { timeout: 120_000 }, () => {
  let t: TestContext;
  let citizen: Session;
  let hamRong: string;
  let papers: number[];
  before(async () => {
    ({ t, citizen, hamRong, papers } = await birthRegistrationBed());
  });
  after(() => t.close());

  let n = 0;
  async function pendingOrder(childName: string) {
    const uploadId = await upload(t.app, citizen);
    const d = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { ...as(citizen), 'idempotency-key': `reconcile-test-${++n}-0001` },
      payload: {
        procedureCode: '1.001193',
        agencyId: hamRong,
        formData: birthRegistrationForm({ childName }),
        attachments: papers.map((paper) => ({ paper, uploadId })),
      },
    });
    assert.equal(d.statusCode, 201, d.body);
    const started = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${d.json().id}/payments`,
      headers: as(citizen),
      payload: {},
    });
    assert.equal(started.statusCode, 201, started.body);
    return started.json() as { txnRef: string; payUrl: string };
  }
  const statusOf = async (txnRef: string) =>
    (
      await sql<{ status: string }>`select status from payment_orders where txn_ref = ${txnRef}`.execute(
        t.platform.db,
      )
    ).rows[0]!.status;
  const signedBody = (over: Record<string, string>) => {
    const body: Record<string, string> = {
      vnp_RequestId: '20261127173000001',
      vnp_Version: '2.1.0',
      vnp_Command: 'querydr',
      vnp_TmnCode: 'CUASO001',
      vnp_TxnRef: 'CS000000UNKNOWN0001',
      vnp_TransactionDate: '20261127173000',
      vnp_CreateDate: '20261127180000',
      vnp_IpAddr: '127.0.0.1',
      vnp_OrderInfo: 'Truy van',
      ...over,
    };
    return {
      ...body,
      vnp_SecureHash: hmacSha512(DEMO_VNPAY_HASH_SECRET, pipeData(body, QUERY_REQUEST_FIELDS)),
    };
  };

  it('answers querydr over HTTP: 97 for a bad checksum, 91 for an unknown transaction', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: QUERY,
      payload: { ...signedBody({}), vnp_TxnRef: 'CS000000CHANGED0001' },
    });
    assert.equal(bad.json().vnp_ResponseCode, '97');
    const unknown = await t.app.inject({ method: 'POST', url: QUERY, payload: signedBody({}) });
    assert.equal(unknown.json().vnp_ResponseCode, '91');
    assert.match(unknown.json().vnp_SecureHash, /^[0-9a-f]{128}$/);
  });

  it('expires an order the customer never paid, once its payment window has closed', async () => {
    const { txnRef } = await pendingOrder('Lò Văn Sáng');
    const deps = paymentDeps(t.platform);
    // Old enough to ask about, but the window (15 min) may still be open: left pending.
    const early = await reconcilePayments({ now: new Date(Date.now() + 14 * 60_000) }, deps);
    assert.equal(early.checked, 0);
    const later = await reconcilePayments({ now: new Date(Date.now() + 25 * 60_000) }, deps);
    assert.ok(later.expired >= 1, JSON.stringify(later));
    assert.equal(await statusOf(txnRef), 'expired');
  });

  it('leaves the order pending and audits it when the status answer is not signed by the gateway', async () => {
    const { txnRef, payUrl } = await pendingOrder('Hà Thị Mai');
    const url = new URL(payUrl);
    const form = new URLSearchParams(url.search);
    form.set('outcome', 'pay_no_ipn');
    form.set('bank', 'NCB');
    const paid = await t.app.inject({
      method: 'POST',
      url: '/sandbox/payment/paymentv2/confirm',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form.toString(),
    });
    assert.equal(paid.statusCode, 302);
    const deps = paymentDeps(t.platform);
    const g = t.platform.config.payment.gateway;
    assert.ok(g.kind === 'sandbox');
    // A man in the middle changes the amount of a genuine answer.
    const tampered = vnpayGateway(g, async (_url, body) => ({
      ...(await answerQueryDr(t.platform.db, g, body)),
      vnp_Amount: '100',
    }));
    const report = await reconcilePayments(
      { now: new Date(Date.now() + 30 * 60_000) },
      { ...deps, gateway: tampered },
    );
    assert.ok(report.pending >= 1, JSON.stringify(report));
    assert.equal(await statusOf(txnRef), 'pending');
    const audit = await sql<{ n: number }>`
      select count(*)::int as n from audit_log where action = 'payment.query_rejected'`.execute(
      t.platform.db,
    );
    assert.ok(audit.rows[0]!.n >= 1);
    // The genuine answer then settles it.
    await reconcilePayments({ now: new Date(Date.now() + 30 * 60_000) }, deps);
    assert.equal(await statusOf(txnRef), 'paid');
  });
});
