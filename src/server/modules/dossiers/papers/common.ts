import {
  createPdfDocument,
  drawNationalHeader,
  formatVietnameseDate,
  type PdfBuilder,
} from '../../../platform/pdf';
import type { Applicant } from '../tables';

/** What every one-stop paper of a dossier shows. */
export type PaperContext = {
  agency: {
    name: string;
    parentName: string | null;
    place: string;
    address: string | null;
    phone: string | null;
  };
  dossier: {
    code: string;
    procedureName: string;
    applicant: Applicant;
    submittedAt: Date;
    receivedAt: Date | null;
    dueAt: Date | null;
    processingTime: string;
    papers: { title: string; kind: string; quantity: number }[];
  };
  trackingUrl: string;
  issuedAt: Date;
  /** The official who issues the paper (receiver, leader…). */
  officer: { name: string; title: string };
};

const VN_OFFSET_MS = 7 * 3_600_000;

/** "08 giờ 30 phút, ngày 27 tháng 11 năm 2026" in Vietnam time (TT 01/2018 Mẫu 01). */
export function formatVietnameseInstant(at: Date): string {
  const local = new Date(at.getTime() + VN_OFFSET_MS);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mi = String(local.getUTCMinutes()).padStart(2, '0');
  return `${hh} giờ ${mi} phút, ${formatVietnameseDate(at)}`;
}

export async function startPaper(
  ctx: PaperContext,
  title: string,
  options: { number?: string } = {},
): Promise<PdfBuilder> {
  const doc = await createPdfDocument({
    title: `${title} — ${ctx.dossier.code}`,
    author: ctx.agency.name,
    subject: ctx.dossier.procedureName,
    lang: 'vi',
    fontFamily: 'serif',
    pageNumbers: 'bottom',
    creationDate: ctx.issuedAt,
  });
  drawNationalHeader(doc, {
    ...(ctx.agency.parentName ? { agencyParent: ctx.agency.parentName } : {}),
    agencyName: ctx.agency.name,
    ...(options.number ? { documentNumber: options.number } : {}),
    place: ctx.agency.place,
    date: ctx.issuedAt,
  });
  doc.spacer(6);
  doc.text(title.toLocaleUpperCase('vi'), { size: 14, bold: true, align: 'center', spaceAfter: 1 });
  doc.text(`Mã hồ sơ: ${ctx.dossier.code}`, { bold: true, align: 'center', spaceAfter: 4 });
  return doc;
}

export function applicantLines(doc: PdfBuilder, a: Applicant) {
  doc.text(
    `Ông/Bà: ${a.fullName}${a.organisation ? ` (đại diện ${a.organisation.name}, MST ${a.organisation.taxCode})` : ''}`,
  );
  if (a.personalId) doc.text(`Số định danh cá nhân: ${a.personalId}`);
  doc.text(`Địa chỉ: ${a.address ?? '…'}`);
  doc.text(`Số điện thoại: ${a.phone ?? '…'}    E-mail: ${a.email ?? '…'}`);
}

/** Signature blocks side by side, with the name under the space for the signature. */
export function signatures(
  doc: PdfBuilder,
  left: { title: string; name: string } | null,
  right: { title: string; name: string },
) {
  doc.spacer(6);
  const block = (s: { title: string; name: string }) => [
    { text: s.title.toLocaleUpperCase('vi'), bold: true, size: 12 },
    { text: '(Ký và ghi rõ họ tên)', italic: true, size: 11 },
    { text: s.name, bold: true, size: 12, spaceBefore: 22 },
  ];
  doc.twoColumns(left ? block(left) : '', block(right), { leftWidth: 80, gap: 5 });
}

/** The QR code to public tracking, with the address spelled out beside it. */
export function trackingFooter(doc: PdfBuilder, url: string) {
  doc.spacer(6);
  doc.qrCode(url, { sizeMm: 24, position: 'inline', align: 'left' });
  doc.text(`Tra cứu tình trạng hồ sơ: ${url}`, { size: 10, italic: true });
}
