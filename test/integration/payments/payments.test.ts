import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { findDossierSummary } from '../../../src/server/modules/dossiers';
import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import { signedQuery } from '../../../src/server/modules/payments/lib/vnpay-protocol';
import { paymentDeps } from '../../../src/server/modules/payments/plugin';
import { reconcilePayments } from '../../../src/server/modules/payments/services/reconcile-payments';
import { DEMO_VNPAY_HASH_SECRET } from '../../../src/server/platform/config';
import type { TestContext } from '../../support/app';
import { as, type Session, signIn, signInStaff } from '../../support/identity';
import { tempDir } from '../../support/temp';
import { type BirthRegistrationBed, birthRegistrationBed } from '../dossiers/support';
import { eventually, fileBirth, payAtSandbox as payAtGateway } from './support';

const IPN = '/api/v1/payments/vnpay/ipn';

describe('fees and online payment through the sandbox gateway', { timeout: 180_000 }, () => {
  let t: TestContext;
  let citizen: Session;
  let other: Session;
  let bed: BirthRegistrationBed;
  before(async () => {
    bed = await birthRegistrationBed({}, { jobs: true });
    ({ t, citizen } = bed);
    other = await signIn(t.app, '0900000002', undefined, '10.0.0.2');
  });
  after(() => t.close());

  const submitBirth = (form = birthRegistrationForm()) => fileBirth(bed, form);
  const fees = (s: Session, id: string) =>
    t.app.inject({ url: `/api/v1/dossiers/${id}/fees`, headers: as(s) });
  const start = (s: Session, id: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/payments`,
      headers: as(s),
      payload: { bankCode: 'NCB' },
    });
  const payAtSandbox = (payUrl: string, outcome: 'pay' | 'pay_no_ipn' | 'cancel') =>
    payAtGateway(bed, payUrl, outcome);
  const orderOf = async (txnRef: string) =>
    (
      await sql<{ status: string; receipt_no: string | null; settled_by: string | null }>`
        select status, receipt_no, settled_by from payment_orders where txn_ref = ${txnRef}`.execute(
        t.platform.db,
      )
    ).rows[0]!;
  const count = async (table: 'payment_events' | 'payment_orders') =>
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.platform.db))
      .rows[0]!.n;
  const audits = async (action: string) =>
    (
      await sql<{ data: { reason?: string } }>`
        select data from audit_log where action = ${action} order by occurred_at, seq`.execute(t.platform.db)
    ).rows;

  let paidDossier: { id: string; code: string };
  let returnUrl: URL;
  let ipnQuery: string;

  it('assesses a birth registration: the charge waived on time, the two copies charged', async () => {
    paidDossier = await submitBirth();
    const res = await fees(citizen, paidDossier.id);
    assert.equal(res.statusCode, 200, res.body);
    const f = res.json();
    const charge = f.assessment.lines.find((l: { kind: string }) => l.kind === 'charge');
    assert.equal(charge.amount, 0);
    assert.match(charge.exemption.reason.vi, /đúng hạn/);
    assert.match(charge.exemption.legalBasis, /Luật Hộ tịch 2014/);
    const copies = f.assessment.lines.find((l: { basis: string }) => l.basis === 'copy');
    assert.deepEqual([copies.quantity, copies.unitAmount, copies.amount], [2, 8000, 16000]);
    assert.equal(f.assessment.total, 16000);
    assert.deepEqual([f.status, f.outstanding, f.canPayOnline], ['unpaid', 16000, true]);

    // Without copies the dossier owes nothing, and cannot be paid.
    const free = await submitBirth({
      ...birthRegistrationForm({ childName: 'Lê Thu Hà' }),
      copyRequested: false,
    });
    const ff = (await fees(citizen, free.id)).json();
    assert.deepEqual([ff.status, ff.assessment.total, ff.canPayOnline], ['free', 0, false]);
    const refused = await start(citizen, free.id);
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().detail ?? refused.body, /không phải nộp phí|owes no fees/);
  });

  it('shows the fees to officials of the agency, and to nobody else', async () => {
    const receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    const staffView = await fees(receiver, paidDossier.id);
    assert.equal(staffView.statusCode, 200);
    assert.equal(staffView.json().canPayOnline, false);
    assert.equal((await fees(other, paidDossier.id)).statusCode, 404);
    assert.equal((await t.app.inject({ url: `/api/v1/dossiers/${paidDossier.id}/fees` })).statusCode, 401);
    assert.equal((await start(other, paidDossier.id)).statusCode, 404);
    assert.equal((await start(receiver, paidDossier.id)).statusCode, 403);
  });

  it('pays through the sandbox: IPN settles the order, the return page reports it, the dossier is paid online', async () => {
    const started = await start(citizen, paidDossier.id);
    assert.equal(started.statusCode, 201, started.body);
    const { payUrl, txnRef, amount } = started.json();
    assert.equal(amount, 16000);
    assert.match(payUrl, /\/sandbox\/payment\/paymentv2\/vpcpay\.html\?.*vnp_Amount=1600000/);
    assert.match(payUrl, /vnp_SecureHash=[0-9a-f]{128}$/);
    // A second click resumes the same order instead of opening another payment.
    assert.equal((await start(citizen, paidDossier.id)).json().txnRef, txnRef);

    returnUrl = await payAtSandbox(payUrl, 'pay');
    assert.equal(returnUrl.pathname, '/thanh-toan/ket-qua');
    ipnQuery = returnUrl.search.slice(1);
    const order = await orderOf(txnRef);
    assert.deepEqual([order.status, order.settled_by], ['paid', 'ipn']);
    assert.match(order.receipt_no ?? '', /^000\.31\.21\.H56-BL\d{4}-0000001$/);

    const ret = await t.app.inject({
      url: `/api/v1/payments/vnpay/return${returnUrl.search}`,
      headers: as(citizen),
    });
    assert.equal(ret.statusCode, 200, ret.body);
    assert.deepEqual(
      [ret.json().gatewaySuccess, ret.json().orderStatus, ret.json().dossierCode],
      [true, 'paid', paidDossier.code],
    );

    const summary = await eventually(async () => {
      const d = await findDossierSummary(t.platform.db, paidDossier.id);
      return d?.paidOnline ? d : undefined;
    }, 'the dossier to be marked paid online');
    assert.equal(summary.state, 'submitted');
    const f = (await fees(citizen, paidDossier.id)).json();
    assert.deepEqual([f.status, f.paid, f.outstanding, f.canPayOnline], ['paid', 16000, 0, false]);
    assert.equal(f.orders[0].status, 'paid');
    assert.equal((await start(citizen, paidDossier.id)).statusCode, 409);
  });

  it('answers a replayed IPN "already confirmed", audits it and changes nothing', async () => {
    const events = await count('payment_events');
    const res = await t.app.inject({ url: `${IPN}?${ipnQuery}` });
    assert.deepEqual(res.json(), { RspCode: '02', Message: 'Order already confirmed' });
    assert.equal(await count('payment_events'), events);
    assert.equal((await audits('payment.ipn_rejected')).at(-1)?.data.reason, 'replay');
  });

  it('rejects a tampered signature (97), a wrong amount (04) and an unknown order (01), each audited', async () => {
    const before = { events: await count('payment_events'), orders: await count('payment_orders') };
    const params = Object.fromEntries(new URLSearchParams(ipnQuery));
    const tampered = new URLSearchParams({ ...params, vnp_Amount: '100' }).toString();
    assert.equal((await t.app.inject({ url: `${IPN}?${tampered}` })).json().RspCode, '97');

    const { vnp_SecureHash: _, ...unsigned } = params;
    // Correctly signed (the sandbox secret) but for another amount, on a fresh pending order.
    const d = await submitBirth({ ...birthRegistrationForm({ childName: 'Trần Gia Bảo' }) });
    const { txnRef } = (await start(citizen, d.id)).json();
    const wrongAmount = signedQuery(
      { ...unsigned, vnp_TxnRef: txnRef, vnp_Amount: '800000' },
      DEMO_VNPAY_HASH_SECRET,
    );
    assert.equal((await t.app.inject({ url: `${IPN}?${wrongAmount}` })).json().RspCode, '04');
    assert.equal((await orderOf(txnRef)).status, 'pending');

    const unknown = signedQuery({ ...unsigned, vnp_TxnRef: 'CS000000NOSUCHORDER1' }, DEMO_VNPAY_HASH_SECRET);
    assert.equal((await t.app.inject({ url: `${IPN}?${unknown}` })).json().RspCode, '01');

    const reasons = (await audits('payment.ipn_rejected')).map((a) => a.data.reason);
    for (const reason of ['bad_signature', 'amount_mismatch', 'unknown_order'])
      assert.ok(reasons.includes(reason), reason);
    // Only the fresh order and its created event were added; the rejected callbacks wrote nothing else.
    assert.equal(await count('payment_orders'), before.orders + 1);
    assert.equal(await count('payment_events'), before.events + 1);

    const badReturn = await t.app.inject({ url: `/api/v1/payments/vnpay/return?${tampered}` });
    assert.equal(badReturn.statusCode, 400);
    assert.equal(badReturn.headers['content-type'], 'application/problem+json; charset=utf-8');
  });

  it('records a second payment of the same dossier (two tabs) and flags it for a refund', async () => {
    const d = await submitBirth({ ...birthRegistrationForm({ childName: 'Hà Minh Quân' }) });
    const first = (await start(citizen, d.id)).json();
    // The second tab's order, as if the first had expired in between (orders are reused while open).
    await sql`insert into payment_orders (txn_ref, dossier_id, agency_id, gateway, amount, lines, created_at, expires_at)
      select 'CS000000SECONDTAB01', dossier_id, agency_id, gateway, amount, lines, now(), now() + interval '15 minutes'
      from payment_orders where txn_ref = ${first.txnRef}`.execute(t.platform.db);
    await payAtSandbox(first.payUrl, 'pay');
    const params = Object.fromEntries(new URLSearchParams(ipnQuery));
    const { vnp_SecureHash: _, ...unsigned } = params;
    const second = signedQuery(
      { ...unsigned, vnp_TxnRef: 'CS000000SECONDTAB01', vnp_TransactionNo: '55555555' },
      DEMO_VNPAY_HASH_SECRET,
    );
    assert.equal((await t.app.inject({ url: `${IPN}?${second}` })).json().RspCode, '00');
    assert.equal((await orderOf('CS000000SECONDTAB01')).status, 'paid');
    const paid = (await audits('payment.paid')).at(-1)?.data as { paidTwice?: boolean };
    assert.equal(paid.paidTwice, true);
    const f = (await fees(citizen, d.id)).json();
    assert.deepEqual([f.paid, f.outstanding, f.status], [32000, 0, 'paid']);
  });

  it('settles by the status query an order whose IPN never came (reconciliation)', async () => {
    const d = await submitBirth({ ...birthRegistrationForm({ childName: 'Phạm Minh Châu' }) });
    const { payUrl, txnRef } = (await start(citizen, d.id)).json();
    await payAtSandbox(payUrl, 'pay_no_ipn');
    assert.equal((await orderOf(txnRef)).status, 'pending');
    const deps = paymentDeps(t.platform);
    // Not yet: the order is younger than PAYMENT_RECONCILE_AFTER_MINUTES.
    const early = await reconcilePayments({}, deps);
    assert.equal((await orderOf(txnRef)).status, 'pending');
    assert.equal(early.paid, 0);
    const later = await reconcilePayments({ now: new Date(Date.now() + 30 * 60_000) }, deps);
    assert.ok(later.paid >= 1, JSON.stringify(later));
    const order = await orderOf(txnRef);
    assert.deepEqual([order.status, order.settled_by], ['paid', 'query']);
    await eventually(
      async () => ((await findDossierSummary(t.platform.db, d.id))?.paidOnline ? true : undefined),
      'paid online',
    );
    // The IPN that finally arrives is "already confirmed".
    const again = await reconcilePayments({ now: new Date(Date.now() + 30 * 60_000) }, deps);
    assert.equal(again.paid, 0);
  });

  it('confirms the fee when the agency had asked for it (fee_requested → processing)', async () => {
    const d = await submitBirth({ ...birthRegistrationForm({ childName: 'Đỗ Khánh Linh' }) });
    const receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    const specialist = await signInStaff(t.app, t.platform, 'chuyenvien.hamrong');
    const act = (s: Session, action: string, body: Record<string, unknown> = {}) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/dossiers/${d.id}/actions/${action}`,
        headers: as(s),
        payload: body,
      });
    assert.equal((await act(receiver, 'accept')).statusCode, 200);
    assert.equal((await act(receiver, 'assign', { assigneeId: specialist.id })).statusCode, 200);
    const requested = await act(specialist, 'request_fee', { note: 'Nộp phí cấp bản sao trích lục.' });
    assert.equal(requested.json().status, 'fee_requested');
    assert.equal((await fees(citizen, d.id)).json().feeRequested, true);
    const { payUrl } = (await start(citizen, d.id)).json();
    await payAtSandbox(payUrl, 'pay');
    const after = await eventually(async () => {
      const s = await findDossierSummary(t.platform.db, d.id);
      return s?.state === 'processing' ? s : undefined;
    }, 'the fee to be confirmed');
    assert.equal(after.paidOnline, true);
    assert.equal(after.nationalStatus, 4);
    const detail = (await t.app.inject({ url: `/api/v1/dossiers/${d.id}`, headers: as(citizen) })).json();
    assert.ok(JSON.stringify(detail).includes('confirm_fee'));
  });

  it('marks a cancelled payment failed and lets the citizen pay again', async () => {
    const d = await submitBirth({ ...birthRegistrationForm({ childName: 'Vũ Anh Thư' }) });
    const first = (await start(citizen, d.id)).json();
    const back = await payAtSandbox(first.payUrl, 'cancel');
    assert.equal(back.searchParams.get('vnp_ResponseCode'), '24');
    assert.equal((await orderOf(first.txnRef)).status, 'failed');
    const second = (await start(citizen, d.id)).json();
    assert.notEqual(second.txnRef, first.txnRef);
  });

  it('issues a receipt PDF with every Vietnamese diacritic, for the applicant and the agency', async () => {
    const f = (await fees(citizen, paidDossier.id)).json();
    const url = f.orders[0].receiptUrl;
    const pdf = await t.app.inject({ url, headers: as(citizen) });
    assert.equal(pdf.statusCode, 200, pdf.body);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal((await t.app.inject({ url, headers: as(other) })).statusCode, 404);
    const receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    assert.equal((await t.app.inject({ url, headers: as(receiver) })).statusCode, 200);
    const dir = tempDir('receipt-');
    writeFileSync(join(dir, 'r.pdf'), pdf.rawPayload);
    const text = spawnSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).stdout;
    for (const s of [
      'BIÊN LAI THU PHÍ, LỆ PHÍ',
      'Phí cấp bản sao trích lục hộ tịch',
      'Mười sáu nghìn đồng',
      'Nguyễn Văn An',
      'Miễn lệ phí đăng ký khai sinh',
      paidDossier.code,
    ])
      assert.ok(text.includes(s), `${s} missing in:\n${text}`);
  });
});
