import type { FeeLedger, FeeLedgerEntry } from '../../../../contracts/payments';
import { type Actor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { findDossierSummaries } from '../../dossiers';
import { findAgencyById } from '../../identity';
import type { PaymentDeps } from '../deps';
import { paymentsPolicy } from '../policy';
import { listPaidOrders } from '../repo/orders.repo';
import { listRefundsGiven } from '../repo/refunds.repo';

/** A period of whole Vietnamese days: `from` at 00:00, `to` the day after the last one. */
export type LedgerPeriod = { from: Date; to: Date };

const VN_MS = 7 * 3_600_000;
const day = (d: Date) => new Date(d.getTime() + VN_MS).toISOString().slice(0, 10);
const localTime = (d: Date | string) =>
  new Date(new Date(d).getTime() + VN_MS).toISOString().slice(0, 16).replace('T', ' ');

/**
 * The fee ledger (bảng kê thu phí, lệ phí) of one agency: the receipts it issued and the refunds it
 * gave in the period, oldest first, and the totals in cash and online. For the desk, the leader and
 * the agency's administrator in scope; another agency's ledger is a 404.
 */
export async function feeLedger(
  input: { actor: Actor; agencyId: string; period: LedgerPeriod },
  deps: Pick<PaymentDeps, 'db'>,
): Promise<FeeLedger> {
  const agency = await findAgencyById(deps.db, input.agencyId);
  if (!agency) throw new AppError('NOT_FOUND');
  authorize(paymentsPolicy, input.actor, 'fees.ledger', { agencyPath: agency.path });
  const { from, to } = input.period;
  const [orders, refunds] = await Promise.all([
    listPaidOrders(deps.db, agency.id, from, to),
    listRefundsGiven(deps.db, agency.id, from, to),
  ]);
  const dossiers = await findDossierSummaries(deps.db, [
    ...orders.map((o) => o.dossier_id),
    ...refunds.map((r) => r.dossier_id),
  ]);
  const about = (dossierId: string) => {
    const d = dossiers.get(dossierId);
    return { dossierId, dossierCode: d?.code ?? '', payerName: d?.applicantName ?? '' };
  };
  const entries: FeeLedgerEntry[] = [
    ...orders.map(
      (o): FeeLedgerEntry => ({
        kind: 'payment',
        at: new Date(o.settled_at!).toISOString(),
        receiptNo: o.receipt_no,
        ...about(o.dossier_id),
        method: o.gateway,
        handledBy: o.collector_name,
        gatewayTransactionNo: o.gateway_txn_no,
        amount: Number(o.amount),
        reason: null,
      }),
    ),
    ...refunds.map(
      (r): FeeLedgerEntry => ({
        kind: 'refund',
        at: new Date(r.settled_at!).toISOString(),
        receiptNo: r.receipt_no,
        ...about(r.dossier_id),
        method: r.gateway,
        handledBy: r.requested_by_name,
        gatewayTransactionNo: r.gateway_transaction_no,
        amount: -Number(r.amount),
        reason: r.reason,
      }),
    ),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const total = (method?: 'cash' | 'vnpay') => {
    const of = entries.filter((e) => !method || e.method === method);
    const payments = of.filter((e) => e.kind === 'payment').reduce((s, e) => s + e.amount, 0);
    const refunded = of.filter((e) => e.kind === 'refund').reduce((s, e) => s - e.amount, 0);
    return { payments, refunds: refunded, net: payments - refunded };
  };
  return {
    agencyId: agency.id,
    agencyName: agency.name,
    from: day(from),
    to: day(new Date(to.getTime() - 1)),
    entries,
    totals: { cash: total('cash'), online: total('vnpay'), all: total() },
  };
}

/** The same ledger as an Excel workbook, for the accountant. */
export async function feeLedgerWorkbook(
  input: { actor: Actor; agencyId: string; period: LedgerPeriod },
  deps: Pick<PaymentDeps, 'db'>,
) {
  const ledger = await feeLedger(input, deps);
  // Loaded on the first export, not at start-up (idle memory).
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Cửa Số';
  const sheet = book.addWorksheet('Bảng kê thu phí, lệ phí');
  sheet.addRow([`BẢNG KÊ THU PHÍ, LỆ PHÍ — ${ledger.agencyName.toLocaleUpperCase('vi')}`]).font = {
    bold: true,
  };
  sheet.addRow([`Từ ngày ${ledger.from} đến ngày ${ledger.to}`]);
  sheet.addRow([]);
  sheet.addRow([
    'STT',
    'Thời điểm',
    'Loại',
    'Số biên lai',
    'Mã hồ sơ',
    'Người nộp',
    'Hình thức',
    'Người thu/chi, mã giao dịch',
    'Số tiền (đồng)',
    'Lý do hoàn trả',
  ]).font = { bold: true };
  ledger.entries.forEach((e, i) => {
    sheet
      .addRow([
        i + 1,
        localTime(e.at),
        e.kind === 'payment' ? 'Thu' : 'Hoàn trả',
        e.receiptNo ?? '',
        e.dossierCode,
        e.payerName,
        e.method === 'cash' ? 'Tiền mặt' : 'Trực tuyến',
        e.handledBy ?? e.gatewayTransactionNo ?? '',
        e.amount,
        e.reason ?? '',
      ])
      .getCell(9).numFmt = '#,##0';
  });
  sheet.addRow([]);
  sheet.addRow(['', 'Tổng hợp', '', '', '', '', 'Đã thu', 'Đã hoàn trả', 'Còn lại']).font = { bold: true };
  for (const [label, t] of [
    ['Tiền mặt', ledger.totals.cash],
    ['Trực tuyến', ledger.totals.online],
    ['Tổng cộng', ledger.totals.all],
  ] as const) {
    const row = sheet.addRow(['', label, '', '', '', '', t.payments, t.refunds, t.net]);
    for (const c of [7, 8, 9]) row.getCell(c).numFmt = '#,##0';
  }
  sheet.columns.forEach((c, i) => {
    c.width = [6, 17, 10, 28, 28, 24, 12, 26, 16, 30][i] ?? 14;
  });
  return {
    filename: `bang-ke-thu-phi-${ledger.from}-${ledger.to}.xlsx`,
    content: Buffer.from(await book.xlsx.writeBuffer()),
  };
}
