import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, type TestContext, test } from 'node:test';
import { PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { isInstalled, runTool } from './external-tools';
import { createPdfDocument, drawNationalHeader, NATIONAL_MOTTO, NATIONAL_NAME } from './index';

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']; // ngang, huyền, sắc, hỏi, ngã, nặng
const LOWER = VOWELS.flatMap((vowel) => TONES.map((tone) => (vowel + tone).normalize('NFC')));
const UPPER = LOWER.map((letter) => letter.toLocaleUpperCase('vi'));
const LETTERS = [...LOWER, ...UPPER, 'đ', 'Đ'];
// One token per vowel and case ("aàáảãạ"), so order within a word is checked as well as presence.
const TOKENS = [
  ...VOWELS.map((_, i) => LOWER.slice(i * 6, i * 6 + 6).join('')),
  ...VOWELS.map((_, i) => UPPER.slice(i * 6, i * 6 + 6).join('')),
];
const PARAGRAPH = `Bảng chữ cái tiếng Việt có đủ dấu thanh: ${TOKENS.join(' ')} đ Đ. Hồ sơ của ông Nguyễn Văn Đức được bộ phận một cửa tiếp nhận, văn thư đóng dấu và trả kết quả đúng hẹn cho người dân.`;
// macOS keyboards and some browsers send decomposed text; it must still print and extract as precomposed.
const DECOMPOSED = 'Người nộp hồ sơ ký xác nhận; cán bộ tiếp nhận ghi rõ họ tên.'.normalize('NFD');
const TRACKING_URL = 'https://cuaso.example.vn/tra-cuu/H12.34-250205-0001';

async function renderSample(): Promise<Uint8Array> {
  const pdf = await createPdfDocument({
    title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    author: 'Ủy ban nhân dân xã Đông Cương',
    subject: 'Thử nghiệm hiển thị tiếng Việt',
    lang: 'vi',
    fontFamily: 'serif',
  });
  drawNationalHeader(pdf, {
    agencyParent: 'Ủy ban nhân dân tỉnh Phú Thọ',
    agencyName: 'Ủy ban nhân dân\nxã Đông Cương',
    documentNumber: '12/GTN-UBND',
    place: 'Đông Cương',
    date: '2025-02-05',
  });
  pdf.text('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', {
    bold: true,
    size: 14,
    align: 'center',
    spaceAfter: 4,
  });
  for (let i = 0; i < 4; i++) pdf.text(PARAGRAPH, { align: 'justify', indent: 12.7, spaceAfter: 2 });
  pdf.text(DECOMPOSED, { italic: true, spaceAfter: 2 });
  pdf.table(
    [
      ['STT', 'Tên giấy tờ', 'Hình thức'],
      ['1', 'Tờ khai đăng ký khai sinh', 'Bản chính'],
      [
        '2',
        'Giấy chứng sinh do cơ sở y tế cấp hoặc văn bản của người làm chứng xác nhận về việc sinh',
        'Bản sao',
      ],
    ],
    [1, 6, 2],
    { header: true, align: ['center', 'left', 'center'] },
  );
  pdf.spacer(4).qrCode(TRACKING_URL, { sizeMm: 25 });
  for (let i = 1; i <= 12; i++) pdf.text(`Dòng ${i}: kết quả được trả tại bộ phận một cửa.`);
  return pdf.save();
}

let dir: string;
let file: string;
let bytes: Uint8Array;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cuaso-pdf-'));
  file = join(dir, 'sample.pdf');
  bytes = await renderSample();
  writeFileSync(file, bytes);
});
after(() => rmSync(dir, { recursive: true, force: true }));

function requireTool(t: TestContext, binary: string): boolean {
  if (isInstalled(binary)) return true;
  t.skip(`${binary} is not installed (apt-get install poppler-utils qpdf); CI has it`);
  return false;
}

test('covers all 146 Vietnamese letters as precomposed code points', () => {
  assert.equal(LETTERS.length, 146);
  assert.equal(new Set(LETTERS).size, 146);
  for (const letter of LETTERS) assert.equal(Array.from(letter).length, 1, `${letter} is not precomposed`);
});

test('renders two A4 pages with title and language metadata and no timestamps', async () => {
  const loaded = await PDFDocument.load(bytes, { updateMetadata: false });
  assert.equal(loaded.getPageCount(), 2);
  const { width, height } = loaded.getPage(0).getSize();
  assert.deepEqual([Math.round(width), Math.round(height)], [595, 842]);
  assert.equal(loaded.getTitle(), 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
  assert.equal(loaded.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText(), 'vi');
  assert.equal(loaded.getCreationDate(), undefined);
});

test('the same input renders the same bytes', async () => {
  assert.equal(Buffer.compare(Buffer.from(await renderSample()), Buffer.from(bytes)), 0);
});

test('pdftotext reads every Vietnamese letter back intact and NFC', async (t) => {
  if (!requireTool(t, 'pdftotext')) return;
  const { code, stdout } = await runTool('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  assert.equal(code, 0);
  assert.equal(stdout, stdout.normalize('NFC'));
  const words = new Set(stdout.split(/\s+/));
  for (const token of TOKENS) assert.ok(words.has(token), `missing "${token}"`);
  for (const letter of LETTERS) assert.ok(stdout.includes(letter), `missing letter ${letter}`);
  const flat = stdout.replace(/\s+/g, ' ');
  assert.ok(flat.includes(DECOMPOSED.normalize('NFC')), 'decomposed input did not come back precomposed');
  for (const expected of [NATIONAL_NAME, NATIONAL_MOTTO, 'ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ', 'XÃ ĐÔNG CƯƠNG']) {
    assert.ok(flat.includes(expected), `missing "${expected}"`);
  }
  assert.ok(flat.includes('Số: 12/GTN-UBND'));
  assert.ok(flat.includes('Đông Cương, ngày 05 tháng 02 năm 2025'));
  assert.ok(flat.includes('Giấy chứng sinh do cơ sở y tế cấp'));
});

test('page numbers: none on the first page, centred at the top of the second', async (t) => {
  if (!requireTool(t, 'pdftotext')) return;
  const first = await runTool('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-']);
  const second = await runTool('pdftotext', ['-f', '2', '-l', '2', '-layout', file, '-']);
  const firstLine = (text: string) =>
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim();
  assert.notEqual(firstLine(first.stdout), '1');
  assert.ok(first.stdout.includes(NATIONAL_NAME));
  assert.equal(firstLine(second.stdout), '2');
});

test('qpdf finds no structural errors', async (t) => {
  if (!requireTool(t, 'qpdf')) return;
  const { code, stdout, stderr } = await runTool('qpdf', ['--check', file]);
  assert.equal(code, 0, stdout + stderr);
  assert.match(stdout, /No syntax or stream encoding errors found/);
  assert.doesNotMatch(stdout + stderr, /WARNING/i);
});

test('pdffonts lists only embedded, subset Tinos fonts with a Unicode map', async (t) => {
  if (!requireTool(t, 'pdffonts')) return;
  const { code, stdout } = await runTool('pdffonts', [file]);
  assert.equal(code, 0);
  const rows = stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
  const names = rows.map((row) => row.split(/\s+/)[0]).sort();
  assert.equal(names.length, 3, stdout);
  for (const name of names) assert.match(name ?? '', /^[A-Z]{6}\+Tinos-(Regular|Bold|Italic)$/);
  // Columns: name, type…, encoding, emb, sub, uni, object id, generation.
  for (const row of rows) assert.match(row, /\byes\s+yes\s+yes\s+\d+\s+0\s*$/, row);
});

test('the sans family embeds Be Vietnam Pro', async (t) => {
  if (!requireTool(t, 'pdffonts') || !requireTool(t, 'pdftotext')) return;
  const pdf = await createPdfDocument({
    title: 'Biên nhận',
    lang: 'vi',
    fontFamily: 'sans',
    pageNumbers: 'bottom',
  });
  pdf.text('Biên nhận thanh toán lệ phí', { bold: true }).text('Số tiền: 8.000 đồng', { italic: true });
  const sansFile = join(dir, 'sans.pdf');
  writeFileSync(sansFile, await pdf.save());
  const { stdout } = await runTool('pdffonts', [sansFile]);
  assert.match(stdout, /\+BeVietnamPro-Regular/);
  assert.match(stdout, /\+BeVietnamPro-Bold/);
  assert.match(stdout, /\+BeVietnamPro-Italic/);
  const text = await runTool('pdftotext', [sansFile, '-']);
  assert.match(text.stdout, /Số tiền: 8\.000 đồng/);
  assert.match(text.stdout, /Trang 1\/1/);
});

test('a table that runs onto a new page repeats its header row there', async (t) => {
  if (!requireTool(t, 'pdftotext')) return;
  const pdf = await createPdfDocument({ title: 'Danh mục hồ sơ', lang: 'vi', fontFamily: 'serif' });
  const rows = Array.from({ length: 60 }, (_, i) => [
    String(i + 1),
    `Hồ sơ số ${i + 1} của người dân`,
    'Đúng hạn',
  ]);
  // The last row alone is taller than a page, so it must be split between lines.
  const longCell = Array.from({ length: 70 }, (_, i) => `Dòng ghi chú ${i + 1}`).join('\n');
  pdf.table([['STT', 'Tên hồ sơ', 'Tình trạng'], ...rows, ['61', longCell, 'Quá hạn']], [1, 6, 2], {
    header: true,
  });
  const tableFile = join(dir, 'table.pdf');
  writeFileSync(tableFile, await pdf.save());
  assert.ok(pdf.pageCount >= 3, `expected at least 3 pages, got ${pdf.pageCount}`);
  for (let page = 1; page <= pdf.pageCount; page++) {
    const { stdout } = await runTool('pdftotext', [
      '-f',
      String(page),
      '-l',
      String(page),
      '-layout',
      tableFile,
      '-',
    ]);
    assert.match(stdout, /STT\s+Tên hồ sơ\s+Tình trạng/, `header missing on page ${page}`);
  }
  const { stdout } = await runTool('pdftotext', ['-layout', tableFile, '-']);
  for (let i = 1; i <= 70; i++)
    assert.ok(stdout.includes(`Dòng ghi chú ${i}`), `lost line ${i} of the split row`);
  assert.ok(stdout.includes('Hồ sơ số 60 của người dân'));
});
