import type { PdfBuilder } from './document';

export interface NationalHeaderOptions {
  /** Cơ quan chủ quản, e.g. "Ủy ban nhân dân tỉnh Phú Thọ"; omitted for agencies without one. */
  agencyParent?: string;
  /** Cơ quan ban hành, e.g. "Ủy ban nhân dân xã Đông Cương"; a `\n` forces the line break. */
  agencyName: string;
  /** Số, ký hiệu without the "Số:" label, e.g. "12/QĐ-UBND". */
  documentNumber?: string;
  /** Địa danh, e.g. "Đông Cương". */
  place: string;
  /** A calendar date `YYYY-MM-DD`, or an instant shown in Vietnam time. */
  date: Date | string;
}

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/**
 * "ngày 05 tháng 02 năm 2025". Nghị định 30/2020 Phụ lục I, II.4: days below 10 and the months 1 and 2
 * take a leading zero (so "tháng 1" cannot be turned into "tháng 11"); months 3–12 are written as is.
 */
export function formatVietnameseDate(date: Date | string): string {
  const iso = typeof date === 'string' ? date : vietnamCalendarDate(date);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`formatVietnameseDate: expected YYYY-MM-DD, got "${iso}"`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

function vietnamCalendarDate(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Header block of an administrative document, Nghị định 30/2020 Phụ lục I (ô 1–4): agency names on the
 * left (upper case, 12 pt, the issuing agency bold over a rule 1/3–1/2 of its length), Quốc hiệu and
 * Tiêu ngữ on the right (12 and 13 pt bold, the motto over a rule of its full length), then the number on
 * the left and "<place>, ngày … tháng … năm …" in italics on the right, on one row.
 */
export function drawNationalHeader(builder: PdfBuilder, options: NationalHeaderOptions): PdfBuilder {
  const upper = (text: string) => text.normalize('NFC').toLocaleUpperCase('vi');
  // The right column is just wider than the Quốc hiệu at 12 pt (88.3 mm in Tinos Bold) so it never wraps.
  const columns = { leftWidth: 72, gap: 3 };
  const agency = [
    ...(options.agencyParent ? [{ text: upper(options.agencyParent), size: 12, balance: true }] : []),
    { text: upper(options.agencyName), size: 12, bold: true, underline: 0.4, balance: true },
  ];
  const nation = [
    { text: NATIONAL_NAME, size: 12, bold: true },
    { text: NATIONAL_MOTTO, size: 13, bold: true, underline: true },
  ];
  builder.twoColumns(agency, nation, columns);
  builder.spacer(2);
  builder.twoColumns(
    options.documentNumber ? { text: `Số: ${options.documentNumber}`, size: 13 } : [],
    { text: `${options.place}, ${formatVietnameseDate(options.date)}`, size: 13, italic: true },
    columns,
  );
  return builder.spacer(6);
}
