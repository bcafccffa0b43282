import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { findDossierSummary } from '../../../src/server/modules/dossiers';
import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import type { TestContext } from '../../support/app';
import { as, type Session, signIn, signInStaff } from '../../support/identity';
import { type BirthRegistrationBed, birthRegistrationBed } from '../dossiers/support';
import { deskSessions, eventually, fileBirth } from './support';

describe('fees paid in cash at the one-stop desk', { timeout: 180_000 }, () => {
  let t: TestContext;
  let citizen: Session;
  let receiver: Session;
  let specialist: Session;
  let otherReceiver: Session;
  let bed: BirthRegistrationBed;
  before(async () => {
    bed = await birthRegistrationBed({}, { jobs: true });
    ({ t, citizen } = bed);
    ({ receiver, specialist, otherReceiver } = await deskSessions(bed));
  });
  after(() => t.close());

  const submitBirth = (childName: string, copies = 2) =>
    fileBirth(bed, { ...birthRegistrationForm({ childName }), ...(copies ? {} : { copyRequested: false }) });
  const fees = (s: Session, id: string) =>
    t.app.inject({ url: `/api/v1/dossiers/${id}/fees`, headers: as(s) });
  const cash = (s: Session | null, id: string, payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/payments/cash`,
      headers: s ? as(s) : {},
      payload: payload as Record<string, unknown>,
    });
  const act = (s: Session, id: string, action: string, body: Record<string, unknown> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/actions/${action}`,
      headers: as(s),
      payload: body,
    });
  const rows = async (dossierId: string) =>
    (
      await sql<{ n: number }>`
        select (select count(*) from payment_orders where dossier_id = ${dossierId})::int
             + (select count(*) from payment_events e join payment_orders o on o.id = e.order_id
                where o.dossier_id = ${dossierId})::int as n`.execute(t.platform.db)
    ).rows[0]!.n;

  let paid: { id: string; code: string };
  let receiptUrl: string;

  it('offers the cash button to the receiver of the agency only', async () => {
    paid = await submitBirth('Trần Gia Bảo');
    const desk = (await fees(receiver, paid.id)).json();
    assert.deepEqual([desk.outstanding, desk.canCollectCash], [16000, true]);
    assert.equal((await fees(specialist, paid.id)).json().canCollectCash, false);
    assert.equal((await fees(citizen, paid.id)).json().canCollectCash, false);
  });

  it('refuses everyone but the receiver of the agency, and bad amounts, and records nothing', async () => {
    const before = await rows(paid.id);
    assert.equal((await cash(null, paid.id, { amount: 16000 })).statusCode, 401);
    assert.equal((await cash(citizen, paid.id, { amount: 16000 })).statusCode, 403);
    assert.equal((await cash(specialist, paid.id, { amount: 16000 })).statusCode, 403);
    assert.equal((await cash(otherReceiver, paid.id, { amount: 16000 })).statusCode, 404);
    for (const amount of [0, -16000, 160.5, '16000', null]) {
      const res = await cash(receiver, paid.id, { amount });
      assert.equal(res.statusCode, 400, `${amount}: ${res.body}`);
    }
    const zero = await cash(receiver, paid.id, { amount: 0 });
    assert.match(zero.body, /lớn hơn 0/);
    assert.match(zero.body, /above 0/);
    const stale = await cash(receiver, paid.id, { amount: 8000 });
    assert.equal(stale.statusCode, 409);
    assert.match(stale.json().message_vi, /16\.000 đ/);
    assert.match(stale.json().message_en, /16\.000 đ/);
    assert.equal(await rows(paid.id), before);
  });

  it('records the cash with a receipt in the receiver’s name, and a second click records nothing', async () => {
    const res = await cash(receiver, paid.id, { amount: 16000 });
    assert.equal(res.statusCode, 201, res.body);
    const order = res.json();
    assert.equal(order.gateway, 'cash');
    assert.equal(order.status, 'paid');
    assert.equal(order.settledBy, 'desk');
    assert.equal(order.expiresAt, null);
    assert.equal(order.collectorName, 'Nguyễn Thị Hoa');
    assert.match(order.receiptNo, /^000\.31\.21\.H56-BL\d{4}-\d{7}$/);
    receiptUrl = order.receiptUrl;

    const again = await cash(receiver, paid.id, { amount: 16000 });
    assert.equal(again.statusCode, 409);
    assert.match(again.json().message_vi, /thanh toán đủ/);
    const f = (await fees(citizen, paid.id)).json();
    assert.deepEqual([f.status, f.outstanding, f.orders.length], ['paid', 0, 1]);
    assert.equal((await fees(receiver, paid.id)).json().canCollectCash, false);
    // Paid at the desk: nothing is left to pay online, and it does not count as paid online.
    const online = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${paid.id}/payments`,
      headers: as(citizen),
      payload: {},
    });
    assert.equal(online.statusCode, 409);
    assert.equal((await findDossierSummary(t.platform.db, paid.id))?.paidOnline, false);

    const audit = (
      await sql<{ actor_id: string; data: { amount: number; receiptNo: string } }>`
        select actor_id, data from audit_log where action = 'payment.cash_collected'`.execute(t.platform.db)
    ).rows;
    assert.equal(audit.length, 1);
    assert.deepEqual([audit[0]!.actor_id, audit[0]!.data.amount], [receiver.id, 16000]);
    const events = (
      await sql<{ kind: string; outcome: string }>`
        select kind, outcome from payment_events where order_id = ${order.id}`.execute(t.platform.db)
    ).rows;
    assert.deepEqual(events, [{ kind: 'cash', outcome: 'paid' }]);
  });

  it('takes cash once when two officials click at the same moment', async () => {
    const d = await submitBirth('Lê Minh Khôi');
    const second = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    const answers = await Promise.all(
      [receiver, second, receiver, second, receiver].map((s) => cash(s, d.id, { amount: 16000 })),
    );
    assert.deepEqual(answers.map((a) => a.statusCode).sort(), [201, 409, 409, 409, 409]);
    const paidRows = (
      await sql<{ n: number }>`
        select count(*)::int as n from payment_orders where dossier_id = ${d.id} and status = 'paid'`.execute(
        t.platform.db,
      )
    ).rows[0]!.n;
    assert.equal(paidRows, 1);
  });

  it('refuses a dossier that owes nothing', async () => {
    const free = await submitBirth('Phạm Bảo Ngọc', 0);
    assert.equal((await fees(receiver, free.id)).json().canCollectCash, false);
    const res = await cash(receiver, free.id, { amount: 8000 });
    assert.equal(res.statusCode, 409);
    assert.match(res.json().message_vi, /không phải nộp phí/);
  });

  it('confirms the fee the agency asked for, so processing resumes (fee_requested → processing)', async () => {
    const d = await submitBirth('Đặng Thu Hà');
    assert.equal((await act(receiver, d.id, 'accept')).statusCode, 200);
    assert.equal((await act(receiver, d.id, 'assign', { assigneeId: specialist.id })).statusCode, 200);
    const requested = await act(specialist, d.id, 'request_fee', { note: 'Nộp phí cấp bản sao trích lục.' });
    assert.equal(requested.json().status, 'fee_requested');
    assert.equal((await cash(receiver, d.id, { amount: 16000 })).statusCode, 201);
    const moved = await eventually(async () => {
      const s = await findDossierSummary(t.platform.db, d.id);
      return s?.state === 'processing' ? s : undefined;
    }, 'the fee to be confirmed');
    assert.equal(moved.paidOnline, false);
    assert.equal(moved.nationalStatus, 4);
    const detail = (await t.app.inject({ url: `/api/v1/dossiers/${d.id}`, headers: as(receiver) })).json();
    const confirm = detail.history.find((h: { action: string }) => h.action === 'confirm_fee');
    assert.match(confirm.note, /16\.000 đ tiền mặt tại bộ phận một cửa/);
  });

  it('issues a receipt that says cash and who took it, with every diacritic', async () => {
    const pdf = await t.app.inject({ url: receiptUrl, headers: as(citizen) });
    assert.equal(pdf.statusCode, 200, pdf.body);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const other = await signIn(t.app, '0900000002', undefined, '10.0.0.2');
    assert.equal((await t.app.inject({ url: receiptUrl, headers: as(other) })).statusCode, 404);
    const dir = mkdtempSync(join(tmpdir(), 'cash-receipt-'));
    writeFileSync(join(dir, 'r.pdf'), pdf.rawPayload);
    const check = spawnSync('qpdf', ['--check', join(dir, 'r.pdf')], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stdout + check.stderr);
    const text = spawnSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).stdout;
    rmSync(dir, { recursive: true, force: true });
    for (const s of [
      'BIÊN LAI THU PHÍ, LỆ PHÍ',
      'Hình thức thanh toán: tiền mặt tại bộ phận một cửa.',
      'Người thu tiền: Nguyễn Thị Hoa.',
      'Mười sáu nghìn đồng',
      'Phí cấp bản sao trích lục hộ tịch',
      paid.code,
    ])
      assert.ok(text.includes(s), `${s} missing in:\n${text}`);
    assert.ok(!text.includes('Mã giao dịch'), text);
  });
});
