import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PDFFont } from '@cantoo/pdf-lib';
import { createPdfDocument, drawNationalHeader } from './index';
import { TextWidthCache } from './text-widths';

/** A face that counts how often it is asked to measure, with one unit per character and point. */
function countingFont(name: string) {
  const calls: string[] = [];
  const font = {
    name,
    widthOfTextAtSize: (text: string, size: number) => {
      calls.push(`${size}:${text}`);
      return Array.from(text).length * size;
    },
  } as unknown as PDFFont;
  return { font, calls };
}

async function renderReceiptLike(textWidths: TextWidthCache | undefined): Promise<Uint8Array> {
  const pdf = await createPdfDocument({
    title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    lang: 'vi',
    fontFamily: 'sans',
    pageNumbers: 'bottom',
    creationDate: new Date('2026-11-27T03:00:00Z'),
    ...(textWidths ? { textWidths } : {}),
  });
  drawNationalHeader(pdf, {
    agencyParent: 'Ủy ban nhân dân tỉnh Lào Cai',
    agencyName: 'Ủy ban nhân dân\nphường Hàm Rồng',
    documentNumber: '000.31.21.H56-261127-0001',
    place: 'Hàm Rồng',
    date: '2026-11-27',
  });
  pdf.text('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', { bold: true, align: 'center', size: 14 });
  pdf.text(
    'Giấy tiếp nhận được lập thành 02 bản: một bản giao người nộp hồ sơ, một bản chuyển kèm Phiếu kiểm soát quá trình giải quyết hồ sơ. Người nộp có thể đăng ký nhận kết quả tại bộ phận một cửa hoặc qua dịch vụ bưu chính công ích.',
    { size: 11, italic: true, align: 'justify', indent: 10 },
  );
  pdf.table(
    [
      ['TT', 'Tên giấy tờ', 'Loại', 'Số lượng'],
      ['1', 'Tờ khai đăng ký khai sinh', 'Bản chính', '1'],
      ['2', 'Giấy chứng sinh', 'Bản chính', '1'],
    ],
    [1, 9, 3, 2],
    { header: true, size: 11 },
  );
  pdf.twoColumns(
    [{ text: 'NGƯỜI NỘP HỒ SƠ', bold: true }, 'Nguyễn Thị Thu Hà'],
    [
      { text: 'NGƯỜI TIẾP NHẬN HỒ SƠ', bold: true },
      { text: 'Phạm Văn Minh Đức', balance: true },
    ],
  );
  return pdf.save();
}

test('a cached width is the width a fresh measurement gives: the PDF bytes do not change', async () => {
  const shared = new TextWidthCache();
  const uncached = await renderReceiptLike(new TextWidthCache(0));
  const cold = await renderReceiptLike(shared);
  assert.ok(shared.size > 20, 'the render measured text through the cache');
  const warm = await renderReceiptLike(shared);
  assert.deepEqual(Buffer.from(cold), Buffer.from(uncached));
  assert.deepEqual(Buffer.from(warm), Buffer.from(uncached));
  // The process-wide cache (the default) gives the same bytes too.
  assert.deepEqual(Buffer.from(await renderReceiptLike(undefined)), Buffer.from(uncached));
});

test('measures a string once per face and size', () => {
  const cache = new TextWidthCache();
  const regular = countingFont('ABCDEF+BeVietnamPro-Regular');
  const bold = countingFont('GHIJKL+BeVietnamPro-Bold');
  assert.equal(cache.width(regular.font, 'Hồ sơ', 12), 60);
  assert.equal(cache.width(regular.font, 'Hồ sơ', 12), 60);
  assert.equal(cache.width(regular.font, 'Hồ sơ', 13), 65);
  assert.equal(cache.width(bold.font, 'Hồ sơ', 12), 60);
  assert.deepEqual(regular.calls, ['12:Hồ sơ', '13:Hồ sơ']);
  assert.deepEqual(bold.calls, ['12:Hồ sơ']);
});

test('keeps at most its limit, dropping the least recently used string', () => {
  const cache = new TextWidthCache(2);
  const { font, calls } = countingFont('X+Face');
  cache.width(font, 'một', 10);
  cache.width(font, 'hai', 10);
  cache.width(font, 'một', 10); // used again: now the most recent
  cache.width(font, 'ba', 10); // evicts "hai"
  assert.equal(cache.size, 2);
  calls.length = 0;
  cache.width(font, 'một', 10);
  cache.width(font, 'ba', 10);
  assert.deepEqual(calls, []);
  cache.width(font, 'hai', 10);
  assert.deepEqual(calls, ['10:hai']);
});

test('long strings are measured each time and not kept', () => {
  const cache = new TextWidthCache(100, 10);
  const { font, calls } = countingFont('X+Face');
  const long = 'Ủy ban nhân dân phường Hàm Rồng';
  cache.width(font, long, 10);
  cache.width(font, long, 10);
  assert.equal(calls.length, 2);
  assert.equal(cache.size, 0);
});
