import { randomBytes } from 'node:crypto';
import { PDFDocument } from '@cantoo/pdf-lib';
import { PDF } from '@libpdf/core';
import { Canvas, circle } from '../../src/server/modules/signing/pades/raster';
import { type ColumnItem, createPdfDocument } from '../../src/server/platform/pdf';

/** A small real PDF (a scan stand-in) of about `kb` kilobytes. */
export async function makePdf(text = 'Giay chung sinh', kb = 2): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText(text, { x: 50, y: 780, size: 14 });
  doc.setSubject(randomBytes(Math.max(0, kb * 1024 - 1500)).toString('base64'));
  return Buffer.from(await doc.save());
}

export const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A phone "photo" of a paper: a grey page with a dark mark, as PNG. */
export function scanPng(): Buffer {
  const c = new Canvas(300, 420);
  c.fill(
    [
      [
        [0, 0],
        [300, 0],
        [300, 420],
        [0, 420],
      ],
    ],
    [235, 235, 230],
  );
  c.fill([circle(150, 120, 40)], [40, 40, 40]);
  return Buffer.from(c.toPng());
}

/** A multipart/form-data body with one file, as a browser sends it. */
export function multipartFile(filename: string, content: Buffer, contentType = 'application/octet-stream') {
  const boundary = `----cuaso${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A decision drafted elsewhere, for signing tests: its text, then "Nơi nhận" on the left and the signer's block on the right. */
export async function draftDecisionPdf(
  options: { paragraphs?: number; titles?: string[]; room?: number; name?: boolean } = {},
) {
  const doc = await createPdfDocument({
    title: 'Quyết định',
    author: 'UBND phường Hàm Rồng',
    subject: 'Dự thảo',
    lang: 'vi',
    fontFamily: 'serif',
    pageNumbers: 'bottom',
    creationDate: new Date('2026-11-28T03:00:00Z'),
  });
  doc.text('QUYẾT ĐỊNH về việc công nhận hộ nghèo năm 2026', { bold: true, align: 'center' });
  for (let i = 1; i <= (options.paragraphs ?? 6); i++)
    doc.text(`Điều ${i}. Công nhận các hộ gia đình có tên trong danh sách kèm theo là hộ nghèo. `.repeat(3));
  const titles = options.titles ?? ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'];
  doc.keepTogether(40 + (options.room ?? 30));
  doc.twoColumns(
    [
      { text: 'Nơi nhận:', bold: true, size: 11 },
      { text: '- Như Điều 3;', size: 10 },
      { text: '- Lưu: VT.', size: 10 },
    ],
    titles.map((text): ColumnItem => ({ text, bold: true, size: 12 })),
  );
  doc.spacer(options.room ?? 30);
  if (options.name !== false) doc.twoColumns('', [{ text: 'Nguyễn Văn Bình', bold: true, size: 12 }]);
  return doc.save();
}

/** Where a text stands on a page (PDF points, origin bottom left). */
export async function textBox(pdf: Uint8Array, text: string) {
  const pages = (await PDF.load(pdf)).getPages();
  for (const [page, p] of pages.entries()) {
    const [match] = p.findText(text);
    if (match) return { page, ...match.bbox };
  }
  throw new Error(`${text} not found`);
}
