import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import { actorForAccount } from '../../../src/server/modules/identity';
import {
  formatVnpDate,
  hmacSha512,
  pipeData,
  REFUND_REQUEST_FIELDS,
} from '../../../src/server/modules/payments/lib/vnpay-protocol';
import { paymentDeps } from '../../../src/server/modules/payments/plugin';
import { answerRefund } from '../../../src/server/modules/payments/sandbox/sandbox-ledger';
import { reconcilePayments } from '../../../src/server/modules/payments/services/reconcile-payments';
import { refundPayment } from '../../../src/server/modules/payments/services/refund-payment';
import { DEMO_VNPAY_HASH_SECRET } from '../../../src/server/platform/config';
import type { TestContext } from '../../support/app';
import { as, type Session } from '../../support/identity';
import { startMailSink } from '../../support/mail-sink';
import { type BirthRegistrationBed, birthRegistrationBed } from '../dossiers/support';
import { deskSessions, fileBirth, payAtSandbox as payAtGateway } from './support';

type Order = {
  id: string;
  txnRef: string;
  status: string;
  refundable: number;
  refunds: { status: string }[];
};

describe('refunds of what a dossier paid and does not owe', { timeout: 180_000 }, () => {
  let t: TestContext;
  let citizen: Session;
  let receiver: Session;
  let specialist: Session;
  let otherReceiver: Session;
  let bed: BirthRegistrationBed;
  let mail: Awaited<ReturnType<typeof startMailSink>>;
  before(async () => {
    mail = await startMailSink();
    bed = await birthRegistrationBed({ SMTP_URL: mail.url }, { jobs: true });
    ({ t, citizen } = bed);
    ({ receiver, specialist, otherReceiver } = await deskSessions(bed));
  });
  after(async () => {
    await t.close();
    await mail.close();
  });
  /** The e-mail to the demo citizen (soft line breaks joined) that names `code` and `text`. */
  const mailAbout = async (code: string, text: string) => {
    for (let i = 0; i < 200; i++) {
      const m = mail.messages
        .filter((x) => x.to.includes('nguyen.van.an@example.vn'))
        .map((x) => x.raw.replace(/=\r?\n/g, ''))
        .find((raw) => raw.includes(code) && raw.includes(text));
      if (m) return m;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no mail about ${code}`);
  };

  let n = 0;
  const submitBirth = (childName: string) => fileBirth(bed, birthRegistrationForm({ childName }));
  const fees = async (s: Session, id: string) =>
    (await t.app.inject({ url: `/api/v1/dossiers/${id}/fees`, headers: as(s) })).json() as {
      paid: number;
      refunded: number;
      outstanding: number;
      status: string;
      orders: Order[];
    };
  const refund = (s: Session | null, id: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/v1/dossiers/${id}/refunds`, headers: s ? as(s) : {}, payload });
  const payAtSandbox = (payUrl: string) => payAtGateway(bed, payUrl);
  /**
   * A dossier paid twice online: the citizen's order, and a second order as from another tab that was
   * opened after the first one expired, both paid at the sandbox.
   */
  async function paidTwice(childName: string) {
    const d = await submitBirth(childName);
    const first = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/payments`,
      headers: as(citizen),
      payload: {},
    });
    assert.equal(first.statusCode, 201, first.body);
    const secondRef = `CS${String(++n).padStart(6, '0')}SECONDTAB`;
    await sql`insert into payment_orders (txn_ref, dossier_id, agency_id, account_id, gateway, amount, lines, created_at, expires_at)
      select ${secondRef}, dossier_id, agency_id, account_id, gateway, amount, lines, now(), now() + interval '15 minutes'
      from payment_orders where txn_ref = ${first.json().txnRef}`.execute(t.platform.db);
    const gateway = paymentDeps(t.platform).gateway!;
    const now = new Date();
    const secondUrl = gateway.payUrl({
      txnRef: secondRef,
      amount: 16000,
      orderInfo: 'Thanh toan phi le phi',
      returnUrl: 'http://127.0.0.1/thanh-toan/ket-qua',
      ipAddr: '127.0.0.1',
      createdAt: now,
      expiresAt: new Date(now.getTime() + 15 * 60_000),
      locale: 'vn',
    });
    await payAtSandbox(first.json().payUrl);
    await payAtSandbox(secondUrl);
    const f = await fees(receiver, d.id);
    assert.deepEqual([f.paid, f.orders.filter((o) => o.status === 'paid').length], [32000, 2]);
    return { ...d, second: f.orders.find((o) => o.txnRef === secondRef)! };
  }
  const count = async (table: 'payment_refunds' | 'payment_sandbox_refunds') =>
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.platform.db))
      .rows[0]!.n;

  let twice: Awaited<ReturnType<typeof paidTwice>>;

  it('offers the excess of a dossier paid twice, on either order, to the receiver only', async () => {
    twice = await paidTwice('Bùi Gia Hân');
    const desk = await fees(receiver, twice.id);
    assert.deepEqual(
      desk.orders.map((o) => o.refundable),
      [16000, 16000],
    );
    assert.deepEqual(
      (await fees(citizen, twice.id)).orders.map((o) => o.refundable),
      [0, 0],
    );
    assert.deepEqual(
      (await fees(specialist, twice.id)).orders.map((o) => o.refundable),
      [0, 0],
    );
  });

  it('refuses other callers, more than the excess and a missing reason, recording nothing', async () => {
    const ok = { orderId: twice.second.id, amount: 16000, reason: 'Người nộp thanh toán hai lần.' };
    assert.equal((await refund(null, twice.id, ok)).statusCode, 401);
    assert.equal((await refund(citizen, twice.id, ok)).statusCode, 403);
    assert.equal((await refund(specialist, twice.id, ok)).statusCode, 403);
    assert.equal((await refund(otherReceiver, twice.id, ok)).statusCode, 404);
    const tooMuch = await refund(receiver, twice.id, { ...ok, amount: 16001 });
    assert.equal(tooMuch.statusCode, 409);
    assert.match(tooMuch.json().message_vi, /tối đa 16\.000 đ/);
    assert.match(tooMuch.json().message_en, /At most 16\.000 đ/);
    const noReason = await refund(receiver, twice.id, { ...ok, reason: '  ' });
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.body, /ít nhất 5 ký tự/);
    assert.equal((await refund(receiver, twice.id, { ...ok, amount: 0 })).statusCode, 400);
    const unknown = await refund(receiver, twice.id, {
      ...ok,
      orderId: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(unknown.statusCode, 404);
    assert.equal(await count('payment_refunds'), 0);
    assert.equal(await count('payment_sandbox_refunds'), 0);
  });

  it('refunds the second payment through the gateway, and then nothing more', async () => {
    const res = await refund(receiver, twice.id, {
      orderId: twice.second.id,
      amount: 16000,
      reason: 'Người nộp thanh toán hai lần cho cùng hồ sơ.',
    });
    assert.equal(res.statusCode, 201, res.body);
    const r = res.json();
    assert.deepEqual(
      [r.status, r.method, r.amount, r.requestedByName],
      ['refunded', 'gateway', 16000, 'Nguyễn Thị Hoa'],
    );
    // The sandbox gateway booked a full refund (02) of that transaction.
    const booked = (
      await sql<{ txn_ref: string; transaction_type: string; amount: number }>`
        select txn_ref, transaction_type, amount::int as amount from payment_sandbox_refunds`.execute(
        t.platform.db,
      )
    ).rows;
    assert.deepEqual(booked, [{ txn_ref: twice.second.txnRef, transaction_type: '02', amount: 16000 }]);
    const f = await fees(receiver, twice.id);
    assert.deepEqual([f.paid, f.refunded, f.outstanding, f.status], [16000, 16000, 0, 'paid']);
    assert.deepEqual(
      f.orders.map((o) => o.refundable),
      [0, 0],
    );
    const again = await refund(receiver, twice.id, {
      orderId: f.orders.find((o) => o.id !== twice.second.id)!.id,
      amount: 1000,
      reason: 'Thử hoàn trả thêm lần nữa.',
    });
    assert.equal(again.statusCode, 409);
    assert.match(again.json().message_vi, /không còn gì để hoàn trả/);
    const actions = (
      await sql<{ action: string }>`
        select action from audit_log where action like 'payment.refund%' order by occurred_at, seq`.execute(
        t.platform.db,
      )
    ).rows.map((a) => a.action);
    assert.deepEqual(actions, ['payment.refund_requested', 'payment.refunded']);
    const events = await sql<{ n: number }>`
      select count(*)::int as n from outbox
      where topic = 'payment.refunded' and payload->>'dossierId' = ${twice.id}`.execute(t.platform.db);
    assert.equal(events.rows[0]!.n, 1);
    const sent = await mailAbout(twice.code, 'refunded 16.000');
    assert.match(sent, /to the card or account you paid with/);
    const citizenView = await fees(citizen, twice.id);
    assert.equal(citizenView.orders.find((o) => o.id === twice.second.id)!.refunds[0]!.status, 'refunded');
  });

  it('records a refusal by the gateway, which leaves the money refundable', async () => {
    const d = await paidTwice('Ngô Thanh Tâm');
    // The gateway no longer knows the second transaction (for example, it was reversed there).
    await sql`delete from payment_sandbox_transactions where txn_ref = ${d.second.txnRef}`.execute(
      t.platform.db,
    );
    const res = await refund(receiver, d.id, {
      orderId: d.second.id,
      amount: 16000,
      reason: 'Người nộp thanh toán hai lần.',
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().status, 'failed');
    assert.equal(res.json().gatewayAnswer.code, '91');
    // Nothing was given back, so nobody is told it was.
    const told = await sql<{ n: number }>`
      select count(*)::int as n from outbox
      where topic = 'payment.refunded' and payload->>'dossierId' = ${d.id}`.execute(t.platform.db);
    assert.equal(told.rows[0]!.n, 0);
    assert.match(res.json().gatewayAnswer.message.vi, /không tìm thấy giao dịch/);
    assert.deepEqual(
      (await fees(receiver, d.id)).orders.map((o) => o.refundable),
      [16000, 16000],
    );
  });

  it('asks again, with the same request id, a refund whose answer never came', async () => {
    const d = await paidTwice('Lý Hoàng Nam');
    const deps = paymentDeps(t.platform);
    const real = deps.gateway!;
    // The gateway books the refund but the answer is lost on the way back.
    const lossy = {
      ...real,
      refund: async (r: Parameters<typeof real.refund>[0]) => {
        await real.refund(r);
        throw new Error('socket hang up');
      },
    };
    const actor = await actorForAccount(t.platform.db, 'motcua.hamrong');
    const r = await refundPayment(
      {
        actor: actor!,
        dossierId: d.id,
        orderId: d.second.id,
        amount: 16000,
        reason: 'Người nộp thanh toán hai lần.',
        requestId: 'test',
        ip: '127.0.0.1',
      },
      { ...deps, gateway: lossy },
    );
    assert.equal(r.status, 'requested');
    // Nothing more may be refunded while the gateway has not answered.
    assert.deepEqual(
      (await fees(receiver, d.id)).orders.map((o) => o.refundable),
      [0, 0],
    );
    const report = await reconcilePayments({ now: new Date(Date.now() + 120_000) }, deps);
    assert.deepEqual([report.refundsRetried, report.refundsSettled], [1, 1]);
    const row = (
      await sql<{ status: string; gateway_response_code: string }>`
        select status, gateway_response_code from payment_refunds where id = ${r.id}`.execute(t.platform.db)
    ).rows[0]!;
    assert.deepEqual(row, { status: 'refunded', gateway_response_code: '94' });
    const booked = (
      await sql<{ n: number }>`
        select count(*)::int as n from payment_sandbox_refunds where txn_ref = ${d.second.txnRef}`.execute(
        t.platform.db,
      )
    ).rows[0]!.n;
    assert.equal(booked, 1);
  });

  it('has a sandbox gateway that checks refund requests as the gateway does', async () => {
    const d = await paidTwice('Tạ Minh Châu');
    const S = { tmnCode: 'CUASO001', hashSecret: DEMO_VNPAY_HASH_SECRET };
    const ask = (over: Record<string, string>, secret = S.hashSecret) => {
      const body: Record<string, string> = {
        vnp_RequestId: `RQ${++n}ABCDEFGH`,
        vnp_Version: '2.1.0',
        vnp_Command: 'refund',
        vnp_TmnCode: S.tmnCode,
        vnp_TransactionType: '03',
        vnp_TxnRef: d.second.txnRef,
        vnp_Amount: '500000',
        vnp_TransactionNo: '0',
        vnp_TransactionDate: formatVnpDate(new Date()),
        vnp_CreateBy: 'Nguyen Thi Hoa',
        vnp_CreateDate: formatVnpDate(new Date()),
        vnp_IpAddr: '127.0.0.1',
        vnp_OrderInfo: 'Hoan tra',
        ...over,
      };
      body.vnp_SecureHash = hmacSha512(secret, pipeData(body, REFUND_REQUEST_FIELDS));
      return answerRefund(t.platform.db, S, body);
    };
    const code = async (over: Record<string, string>, secret?: string) =>
      (await ask(over, secret)).vnp_ResponseCode;
    assert.equal(await code({}, 'another secret'), '97');
    assert.equal(await code({ vnp_TmnCode: 'OTHER001' }), '02');
    assert.equal(await code({ vnp_TxnRef: 'CSNOSUCHORDER1' }), '91');
    // 02 is the whole payment only; 03 never more than is left of it.
    assert.equal(await code({ vnp_TransactionType: '02' }), '03');
    assert.equal(await code({ vnp_Amount: '1700000' }), '03');
    assert.equal(await code({ vnp_Amount: '1000050' }), '03');
    const part = await ask({ vnp_RequestId: 'RQPARTIAL0001' });
    assert.deepEqual([part.vnp_ResponseCode, part.vnp_TransactionStatus], ['00', '05']);
    assert.equal((await ask({ vnp_RequestId: 'RQPARTIAL0001' })).vnp_ResponseCode, '94');
    assert.equal(await code({ vnp_Amount: '1200000' }), '03');
    assert.equal(await code({ vnp_Amount: '1100000' }), '00');
  });

  it('gives cash back at the desk for a dossier refused at intake', async () => {
    const d = await submitBirth('Hồ Ngọc Anh');
    const paid = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/payments/cash`,
      headers: as(receiver),
      payload: { amount: 16000 },
    });
    assert.equal(paid.statusCode, 201, paid.body);
    // Still owed while the dossier is open: nothing to refund.
    assert.equal((await fees(receiver, d.id)).orders[0]!.refundable, 0);
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/actions/refuse`,
      headers: as(receiver),
      payload: { note: 'Giấy chứng sinh không hợp lệ.' },
    });
    assert.equal(refused.statusCode, 200, refused.body);
    assert.equal((await fees(receiver, d.id)).orders[0]!.refundable, 16000);
    const res = await refund(receiver, d.id, {
      orderId: paid.json().id,
      amount: 16000,
      reason: 'Hồ sơ không được tiếp nhận.',
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual([res.json().status, res.json().method], ['refunded', 'cash']);
    const f = await fees(citizen, d.id);
    assert.deepEqual([f.paid, f.refunded, f.outstanding, f.status], [0, 16000, 0, 'refunded']);
    assert.match(await mailAbout(d.code, 'refunded 16.000'), /in cash at the one-stop desk/);
    // A refused dossier that never paid owes nothing.
    const unpaid = await submitBirth('Mai Phương Linh');
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${unpaid.id}/actions/refuse`,
      headers: as(receiver),
      payload: { note: 'Giấy chứng sinh không hợp lệ.' },
    });
    const none = await fees(citizen, unpaid.id);
    assert.deepEqual([none.outstanding, none.status], [0, 'none']);
  });
});
