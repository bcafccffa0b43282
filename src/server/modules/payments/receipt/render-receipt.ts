import type { FeeLine } from '../../../../contracts/payments';
import { createPdfDocument, drawNationalHeader, formatVietnameseDate } from '../../../platform/pdf';
import { vndInWords } from './amount-in-words';

export type ReceiptInput = {
  receiptNo: string;
  agency: { name: string; parentName: string | null; place: string; address: string | null };
  payer: { name: string };
  dossier: { code: string; procedureName: string };
  lines: FeeLine[];
  amount: number;
  payment:
    | {
        method: 'online';
        gatewayName: string;
        transactionNo: string;
        bankCode: string | null;
        txnRef: string;
        paidAt: Date;
      }
    | { method: 'cash'; collectorName: string; paidAt: Date };
  trackingUrl: string;
};

const vnd = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
const VN_OFFSET_MS = 7 * 3_600_000;

function instant(at: Date): string {
  const local = new Date(at.getTime() + VN_OFFSET_MS);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mi = String(local.getUTCMinutes()).padStart(2, '0');
  return `${hh} giờ ${mi} phút, ${formatVietnameseDate(at)}`;
}

/**
 * Biên lai thu phí, lệ phí điện tử: who collected, who paid, for which dossier, each fee line (an
 * exempted line shows its legal basis), the total in figures and in words, and how it was paid: the
 * online payment that settled it, or the cash taken at the desk and who took it. The bytes depend only on the input (the creation date is the payment's).
 */
export async function renderReceipt(r: ReceiptInput): Promise<Uint8Array> {
  const doc = await createPdfDocument({
    title: `Biên lai thu phí, lệ phí — ${r.receiptNo}`,
    author: r.agency.name,
    subject: r.dossier.procedureName,
    lang: 'vi',
    fontFamily: 'serif',
    pageNumbers: 'bottom',
    creationDate: r.payment.paidAt,
  });
  drawNationalHeader(doc, {
    ...(r.agency.parentName ? { agencyParent: r.agency.parentName } : {}),
    agencyName: r.agency.name,
    place: r.agency.place,
    date: r.payment.paidAt,
  });
  doc.spacer(6);
  doc.text('BIÊN LAI THU PHÍ, LỆ PHÍ', { size: 14, bold: true, align: 'center', spaceAfter: 1 });
  doc.text('(Biên lai điện tử)', { italic: true, align: 'center' });
  doc.text(`Số: ${r.receiptNo}`, { bold: true, align: 'center', spaceAfter: 4 });
  doc.text(`Tên đơn vị thu phí, lệ phí: ${r.agency.name}`);
  if (r.agency.address) doc.text(`Địa chỉ: ${r.agency.address}`);
  doc.text(`Tên người nộp: ${r.payer.name}`);
  doc.text(`Mã hồ sơ: ${r.dossier.code}`);
  doc.text(`Thủ tục hành chính: ${r.dossier.procedureName}`, { spaceAfter: 2 });
  doc.table(
    [
      ['TT', 'Nội dung thu', 'Cách tính', 'Số tiền (đồng)'],
      ...r.lines.map((l, i) => [
        String(i + 1),
        [
          l.name,
          l.exemption ? `${l.exemption.reason.vi} Căn cứ: ${l.exemption.legalBasis}.` : '',
          l.legalBasis ? `Căn cứ: ${l.legalBasis}.` : '',
        ]
          .filter(Boolean)
          .join('. '),
        l.detail.vi,
        vnd(l.amount),
      ]),
      ['', 'Tổng cộng', '', vnd(r.amount)],
    ],
    [1, 8, 4, 3],
    { header: true, size: 11, align: ['center', 'left', 'left', 'right'] },
  );
  doc.text(`Số tiền bằng chữ: ${vndInWords(r.amount)}.`, { italic: true, spaceAfter: 2 });
  const p = r.payment;
  if (p.method === 'online') {
    doc.text(`Hình thức thanh toán: trực tuyến qua ${p.gatewayName}.`);
    doc.text(
      `Mã giao dịch: ${p.transactionNo}${p.bankCode ? ` — Ngân hàng: ${p.bankCode}` : ''} — Mã đơn hàng: ${p.txnRef}`,
    );
  } else {
    doc.text('Hình thức thanh toán: tiền mặt tại bộ phận một cửa.');
    doc.text(`Người thu tiền: ${p.collectorName}.`);
  }
  doc.text(`Thời điểm thanh toán: ${instant(p.paidAt)}.`, { spaceAfter: 4 });
  doc.text(
    (p.method === 'online'
      ? 'Biên lai điện tử được lập tự động khi cổng thanh toán xác nhận giao dịch; có giá trị như biên lai giấy. '
      : 'Biên lai điện tử được lập khi bộ phận một cửa ghi nhận khoản tiền đã thu; có giá trị như biên lai giấy. ') +
      'Người nộp không phải nộp lại khoản phí, lệ phí này khi nhận kết quả.',
    { size: 11, italic: true },
  );
  doc.spacer(4);
  doc.qrCode(r.trackingUrl, { sizeMm: 22, position: 'inline', align: 'left' });
  doc.text(`Tra cứu hồ sơ: ${r.trackingUrl}`, { size: 10, italic: true });
  return doc.save();
}
