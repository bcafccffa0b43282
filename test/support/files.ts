import { randomBytes } from 'node:crypto';
import { PDFDocument } from '@cantoo/pdf-lib';
import { Canvas, circle } from '../../src/server/modules/signing/pades/raster';

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
