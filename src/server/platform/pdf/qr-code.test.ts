import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isInstalled, runTool } from './external-tools';
import { createPdfDocument } from './index';
import { buildQrPath, QR_QUIET_ZONE_MODULES } from './qr-code';

const URL = 'https://cuaso.example.vn/tra-cuu/H12.34-250205-0001';

/** Binary greyscale PGM (P5) as written by `pdftoppm -gray`. */
function readPgm(buffer: Buffer): { width: number; height: number; pixel: (x: number, y: number) => number } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(buffer.subarray(0, 64).toString('latin1'));
  assert.ok(header, 'not a P5 PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = header[0].length;
  return { width, height, pixel: (x, y) => buffer[offset + y * width + x] ?? -1 };
}

test('the vector QR code prints exactly the symbol of the URL, quiet zone included', async (t) => {
  if (!isInstalled('pdftoppm')) {
    t.skip('pdftoppm is not installed (apt-get install poppler-utils); CI has it');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'cuaso-qr-'));
  try {
    const pdf = await createPdfDocument({ title: 'QR', lang: 'vi', fontFamily: 'serif' });
    const [x, y, size] = [30, 40, 40];
    pdf.qrCode(URL, { sizeMm: size, position: { x, y } });
    writeFileSync(join(dir, 'qr.pdf'), await pdf.save());

    const dpi = 300;
    const px = (millimetres: number) => Math.round((millimetres * dpi) / 25.4);
    const crop = ['-x', String(px(x)), '-y', String(px(y)), '-W', String(px(size)), '-H', String(px(size))];
    const result = await runTool('pdftoppm', [
      '-gray',
      '-r',
      String(dpi),
      ...crop,
      '-singlefile',
      join(dir, 'qr.pdf'),
      join(dir, 'qr'),
    ]);
    assert.equal(result.code, 0, result.stderr);
    const image = readPgm(readFileSync(join(dir, 'qr.pgm')));

    const { matrix, sideModules } = buildQrPath(URL);
    const modulePx = px(size) / sideModules;
    const isDark = (row: number, col: number) =>
      image.pixel(Math.floor((col + 0.5) * modulePx), Math.floor((row + 0.5) * modulePx)) < 128;
    for (let row = 0; row < sideModules; row++) {
      for (let col = 0; col < sideModules; col++) {
        const expected = matrix[row - QR_QUIET_ZONE_MODULES]?.[col - QR_QUIET_ZONE_MODULES] ?? false;
        assert.equal(isDark(row, col), expected, `module ${row},${col}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('rejects a position that puts the code off the page', async () => {
  const pdf = await createPdfDocument({ title: 'QR', lang: 'vi', fontFamily: 'serif' });
  assert.throws(() => pdf.qrCode(URL, { sizeMm: 30, position: { x: 200, y: 10 } }), RangeError);
});
