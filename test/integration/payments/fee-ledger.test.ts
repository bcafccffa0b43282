import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import type { TestContext } from '../../support/app';
import { as, type Session, signInStaff } from '../../support/identity';
import { type BirthRegistrationBed, birthRegistrationBed } from '../dossiers/support';
import { deskSessions, fileBirth, payAtSandbox } from './support';

type Ledger = {
  entries: {
    kind: string;
    receiptNo: string | null;
    dossierCode: string;
    payerName: string;
    method: string;
    handledBy: string | null;
    gatewayTransactionNo: string | null;
    amount: number;
    reason: string | null;
  }[];
  totals: Record<'cash' | 'online' | 'all', { payments: number; refunds: number; net: number }>;
};

describe('the fee ledger of an agency (bảng kê thu phí, lệ phí)', { timeout: 180_000 }, () => {
  let t: TestContext;
  let bed: BirthRegistrationBed;
  let receiver: Session;
  let specialist: Session;
  let otherReceiver: Session;
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const dayBefore = new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
  let codes: string[];
  before(async () => {
    bed = await birthRegistrationBed({}, { jobs: true });
    t = bed.t;
    ({ receiver, specialist, otherReceiver } = await deskSessions(bed));
    const post = (s: Session, url: string, payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url, headers: as(s), payload });
    // Cash at the desk; online at the sandbox gateway; cash given back for a dossier refused at intake.
    const cash = await fileBirth(bed, birthRegistrationForm({ childName: 'Lâm Gia Huy' }));
    assert.equal(
      (await post(receiver, `/api/v1/dossiers/${cash.id}/payments/cash`, { amount: 16000 })).statusCode,
      201,
    );
    const online = await fileBirth(bed, birthRegistrationForm({ childName: 'Lâm Bảo Châu' }));
    const started = await post(bed.citizen, `/api/v1/dossiers/${online.id}/payments`, {});
    await payAtSandbox(bed, started.json().payUrl);
    const refused = await fileBirth(bed, birthRegistrationForm({ childName: 'Lâm Minh Đức' }));
    const paid = await post(receiver, `/api/v1/dossiers/${refused.id}/payments/cash`, { amount: 16000 });
    await post(receiver, `/api/v1/dossiers/${refused.id}/actions/refuse`, {
      note: 'Giấy chứng sinh không hợp lệ.',
    });
    const refund = await post(receiver, `/api/v1/dossiers/${refused.id}/refunds`, {
      orderId: paid.json().id,
      amount: 16000,
      reason: 'Hồ sơ không được tiếp nhận.',
    });
    assert.equal(refund.statusCode, 201, refund.body);
    codes = [cash.code, online.code, refused.code];
  });
  after(() => t.close());

  const ledgerOf = (s: Session, query = `from=${today}&to=${today}`) =>
    t.app.inject({ url: `/api/v1/agencies/${bed.hamRong}/fee-ledger?${query}`, headers: as(s) });

  it('lists every receipt and refund of the day, with totals in cash and online', async () => {
    const res = await ledgerOf(receiver);
    assert.equal(res.statusCode, 200, res.body);
    const l = res.json() as Ledger;
    const mine = l.entries.filter((e) => codes.includes(e.dossierCode));
    assert.deepEqual(
      mine.map((e) => [e.kind, e.method, e.amount, e.dossierCode]),
      [
        ['payment', 'cash', 16000, codes[0]],
        ['payment', 'vnpay', 16000, codes[1]],
        ['payment', 'cash', 16000, codes[2]],
        ['refund', 'cash', -16000, codes[2]],
      ],
    );
    assert.ok(
      mine.every((e) => e.payerName === 'Nguyễn Văn An' && /-BL\d{4}-\d{7}$/.test(e.receiptNo ?? '')),
    );
    assert.equal(mine[0]!.handledBy, 'Nguyễn Thị Hoa');
    assert.equal(mine[1]!.handledBy, null);
    assert.match(mine[1]!.gatewayTransactionNo ?? '', /^\d{8}$/);
    assert.equal(mine[3]!.reason, 'Hồ sơ không được tiếp nhận.');
    // The ledger holds exactly these: nothing else was paid at Hàm Rồng in this test.
    assert.deepEqual(l.totals, {
      cash: { payments: 32000, refunds: 16000, net: 16000 },
      online: { payments: 16000, refunds: 0, net: 16000 },
      all: { payments: 48000, refunds: 16000, net: 32000 },
    });
    const before = (await ledgerOf(receiver, `from=${dayBefore}&to=${dayBefore}`)).json() as Ledger;
    assert.deepEqual([before.entries.length, before.totals.all.net], [0, 0]);
  });

  it('is for the desk, the leader and the administrator of the agency only', async () => {
    const leader = await signInStaff(t.app, t.platform, 'lanhdao.hamrong');
    assert.equal((await ledgerOf(leader)).statusCode, 200);
    assert.equal((await ledgerOf(specialist)).statusCode, 403);
    assert.equal((await ledgerOf(otherReceiver)).statusCode, 404);
    assert.equal((await ledgerOf(bed.citizen)).statusCode, 403);
    const bad = await ledgerOf(receiver, 'from=2026-13-01');
    assert.equal(bad.statusCode, 400);
  });

  it('exports the same ledger to Excel', async () => {
    const res = await t.app.inject({
      url: `/api/v1/agencies/${bed.hamRong}/fee-ledger/export?from=${today}&to=${today}`,
      headers: as(receiver),
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-disposition']), /bang-ke-thu-phi-/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as never);
    const sheet = book.getWorksheet('Bảng kê thu phí, lệ phí')!;
    assert.match(
      String(sheet.getRow(1).getCell(1).value),
      /^BẢNG KÊ THU PHÍ, LỆ PHÍ — ỦY BAN NHÂN DÂN PHƯỜNG HÀM RỒNG/,
    );
    assert.equal(sheet.getRow(4).getCell(4).value, 'Số biên lai');
    const rows = [5, 6, 7, 8].map((n) => sheet.getRow(n));
    assert.deepEqual(
      rows.map((r) => [r.getCell(3).value, r.getCell(7).value, r.getCell(9).value]),
      [
        ['Thu', 'Tiền mặt', 16000],
        ['Thu', 'Trực tuyến', 16000],
        ['Thu', 'Tiền mặt', 16000],
        ['Hoàn trả', 'Tiền mặt', -16000],
      ],
    );
    const total = sheet.getRow(13);
    assert.deepEqual(
      [total.getCell(2).value, total.getCell(7).value, total.getCell(8).value, total.getCell(9).value],
      ['Tổng cộng', 48000, 16000, 32000],
    );
  });
});
