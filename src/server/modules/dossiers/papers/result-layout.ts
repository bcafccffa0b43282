import { formatVietnameseDate, mm, type PdfBuilder } from '../../../platform/pdf';
import type { PaperContext } from './common';

/** What every result paper is made from: the dossier's form, when it was decided, and its number. */
export type ResultInput = { form: Record<string, unknown>; registeredAt: Date; number: string };

/** "20/11/2026" from a form date; the ellipsis of a blank official form when not given. */
export function day(value: unknown): string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? value.split('-').reverse().join('/')
    : '…';
}

export function sexOf(value: unknown): string | undefined {
  return value === 'male' ? 'Nam' : value === 'female' ? 'Nữ' : undefined;
}

export function upper(value: unknown): string | undefined {
  return typeof value === 'string' ? value.toLocaleUpperCase('vi') : undefined;
}

/** One "label: value" line, with the blank of a paper form when the value is missing. */
export function fact(doc: PdfBuilder, label: string, value: string | number | undefined | null) {
  doc.text(`${label}: ${value === undefined || value === null || value === '' ? '…' : value}`);
}

export function registeredOn(at: Date): string {
  return formatVietnameseDate(at).replace(/^ngày /, '');
}

/** Where the leader's signature appearance goes (0-based page, PDF points), and the seal over it. */
export type SignatureBox = { page: number; rect: { x: number; y: number; width: number; height: number } };

/** A rendered result with the space its signature was left. */
export type RenderedResult = { pdf: Uint8Array; signatureBox: SignatureBox };

/** The signature image's size, as the signing module draws it by default (60 × 24 mm). */
const SIGNATURE = { width: mm(60), height: mm(24) };
/** The signature, the seal that overlaps it (1.3 × its height) and the agency line under it. */
const SIGNATURE_SPACE_MM = 36;

/**
 * The leader's block at the bottom right, kept on one page: the heading, the space for the signature
 * and the seal, the name. Returns that space, so the signature is drawn into it and not over the text
 * (NĐ 30/2020 Phụ lục I: the seal covers about a third of the signature, on its left).
 */
export function signer(doc: PdfBuilder, ctx: PaperContext, heading = 'NGƯỜI KÝ'): SignatureBox {
  doc.spacer(4);
  doc.keepTogether(SIGNATURE_SPACE_MM + 25);
  doc.twoColumns('', [
    { text: heading, bold: true, size: 12 },
    { text: `${ctx.officer.title} ${ctx.agency.name}`, size: 11, italic: true },
  ]);
  // The signature is centred in the column of the heading and the name.
  const space = doc.reserve(SIGNATURE_SPACE_MM, { column: 'right' });
  doc.twoColumns('', [{ text: ctx.officer.name, bold: true, size: 12 }]);
  return {
    page: space.page,
    rect: {
      x: space.left + (space.width - SIGNATURE.width) / 2,
      y: space.bottom + mm(7),
      width: SIGNATURE.width,
      height: SIGNATURE.height,
    },
  };
}

export type Obj = Record<string, unknown>;
export const obj = (v: unknown): Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {};
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** A bold heading with a little space above it. */
export function heading(doc: PdfBuilder, text: string) {
  doc.spacer(2);
  doc.text(text, { bold: true });
}

/**
 * Who a civil-status paper is about, in the order of the TT 04/2020 forms: name in capitals, date of
 * birth (and in words, for a birth), sex, ethnicity, nationality.
 */
export function personFacts(doc: PdfBuilder, p: Obj, options: { inWords?: boolean } = {}) {
  fact(doc, 'Họ, chữ đệm, tên', upper(p.fullName));
  fact(doc, 'Ngày, tháng, năm sinh', day(p.dateOfBirth));
  if (options.inWords) fact(doc, 'Ghi bằng chữ', str(p.dateOfBirthInWords));
  fact(doc, 'Giới tính', sexOf(p.sex));
  fact(doc, 'Dân tộc', str(p.ethnicity));
  fact(doc, 'Quốc tịch', str(p.nationality));
}
