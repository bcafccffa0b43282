import type ExcelJS from 'exceljs';
import type { CatalogDocument } from '../../../../contracts/catalog';
import type { RowError, SheetRows } from './xlsx-document';
import { type Col, documentToRows, SHEET_IDS, SHEETS } from './xlsx-sheets';

const README = [
  'Danh mục thủ tục hành chính — Cửa Số (định dạng cuaso.catalog, phiên bản 1)',
  'Sửa các trang rồi nhập lại: mỗi dòng của trang «Phiên bản» là một phiên bản; các trang khác gắn vào phiên bản theo mã thủ tục và số phiên bản.',
  'Phiên bản đã có hiệu lực chỉ được đổi ngày hết hiệu lực; muốn đổi nội dung hãy thêm phiên bản mới (số lớn hơn) với ngày có hiệu lực mới.',
  'Ngày ghi dạng YYYY-MM-DD. Danh sách ngăn cách bằng dấu phẩy. Bậc phí: «3:1000; 10:500» (từ đơn vị thứ 3: 1.000 đ).',
  'Tệp lỗi ở bất kỳ dòng nào thì không có thay đổi nào được áp dụng; thông báo lỗi nêu trang và số dòng.',
];

const cellValue = (c: Col, v: unknown): ExcelJS.CellValue => {
  if (v === null || v === undefined) return null;
  if (c.type === 'list') return (v as string[]).join(', ');
  if (c.type === 'tiers')
    return (v as { fromUnit: number; amount: number }[]).map((t) => `${t.fromUnit}:${t.amount}`).join('; ');
  return v as ExcelJS.CellValue;
};

// exceljs (and its zip/stream dependencies) is loaded on the first import or export, not at start-up:
// it holds several MB of the idle server's memory and only administrators use it (bench/README.md).
const loadExcelJS = async () => (await import('exceljs')).default;

/** The catalogue as an .xlsx workbook (see xlsx-sheets.ts for the layout). */
export async function writeWorkbook(doc: CatalogDocument): Promise<Buffer> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = 'Cửa Số';
  const readme = wb.addWorksheet('Hướng dẫn');
  for (const line of README) readme.addRow([line]);
  readme.getColumn(1).width = 140;
  const rows = documentToRows(doc);
  for (const id of SHEET_IDS) {
    const spec = SHEETS[id];
    const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({
      header: `${c.label} [${c.key}]`,
      key: c.key,
      width: c.type === 'text' ? 40 : 16,
      style: { numFmt: c.type === 'text' || c.type === 'date' ? '@' : 'General' },
    }));
    ws.getRow(1).font = { bold: true };
    for (const r of rows[id]) ws.addRow(spec.columns.map((c) => cellValue(c, r[c.key])));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A cell's value as plain data: rich text, hyperlinks and formula results flattened. */
function plain(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v !== 'object') return v;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return plain(v.result as ExcelJS.CellValue);
  if ('text' in v) return plain(v.text as ExcelJS.CellValue);
  if ('error' in v) return null;
  return String(v);
}

const BOOL: Record<string, boolean> = {
  true: true,
  false: false,
  có: true,
  không: false,
  x: true,
  '1': true,
  '0': false,
};

/** Converts one cell to its column's type; returns an error message pair when it cannot. */
function convert(c: Col, raw: unknown): { value: unknown } | { vi: string; en: string } {
  const v = typeof raw === 'string' ? raw.trim() : raw;
  if (v === null || v === '') return { value: c.type === 'list' || c.type === 'tiers' ? [] : null };
  switch (c.type) {
    case 'text':
      return { value: v instanceof Date ? v.toISOString().slice(0, 10) : String(v) };
    case 'int':
    case 'number': {
      const n = typeof v === 'number' ? v : Number(String(v).replace(/[ .](?=\d{3}\b)/g, ''));
      if (!Number.isFinite(n) || (c.type === 'int' && !Number.isInteger(n)))
        return {
          vi: `phải là ${c.type === 'int' ? 'số nguyên' : 'số'}`,
          en: `must be ${c.type === 'int' ? 'an integer' : 'a number'}`,
        };
      return { value: n };
    }
    case 'date': {
      if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
      return /^\d{4}-\d{2}-\d{2}$/.test(String(v))
        ? { value: String(v) }
        : { vi: 'phải là ngày dạng YYYY-MM-DD', en: 'must be a date as YYYY-MM-DD' };
    }
    case 'bool': {
      const b = typeof v === 'boolean' ? v : BOOL[String(v).toLowerCase()];
      return b === undefined ? { vi: 'phải là có/không', en: 'must be yes/no (có/không)' } : { value: b };
    }
    case 'list':
      return {
        value: String(v)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case 'tiers': {
      const tiers = String(v)
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => s.split(':').map((x) => Number(x.trim())));
      if (tiers.some((t) => t.length !== 2 || t.some((n) => !Number.isFinite(n))))
        return { vi: 'bậc phí dạng «3:1000; 10:500»', en: 'tiers as “3:1000; 10:500”' };
      return { value: tiers.map(([fromUnit, amount]) => ({ fromUnit, amount })) };
    }
  }
}

/** Reads every sheet of an uploaded workbook into typed rows, with an error per unreadable cell. */
export async function readWorkbook(buffer: Buffer): Promise<{ rows: SheetRows; errors: RowError[] }> {
  const wb = new (await loadExcelJS()).Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const errors: RowError[] = [];
  const rows = {} as SheetRows;
  for (const id of SHEET_IDS) {
    const spec = SHEETS[id];
    rows[id] = [];
    const ws = wb.getWorksheet(spec.name);
    if (!ws) {
      errors.push({
        sheet: spec.name,
        row: 0,
        column: null,
        vi: 'Thiếu trang này.',
        en: 'This sheet is missing.',
      });
      continue;
    }
    const columns = new Map<string, number>();
    ws.getRow(1).eachCell((cell, n) => {
      const key = String(plain(cell.value) ?? '').match(/\[(\w+)\]\s*$/)?.[1];
      if (key) columns.set(key, n);
    });
    const missing = spec.columns.filter((c) => !columns.has(c.key)).map((c) => c.key);
    if (missing.length) {
      errors.push({
        sheet: spec.name,
        row: 1,
        column: missing.join(', '),
        vi: `Thiếu cột: ${missing.join(', ')}.`,
        en: `Missing columns: ${missing.join(', ')}.`,
      });
      continue;
    }
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      if (n === 1) return;
      const raw = spec.columns.map((c) => plain(row.getCell(columns.get(c.key)!).value));
      if (raw.every((v) => v === null || v === '')) return;
      const values: Record<string, unknown> = {};
      spec.columns.forEach((c, i) => {
        const r = convert(c, raw[i]);
        if ('value' in r) values[c.key] = r.value;
        else
          errors.push({
            sheet: spec.name,
            row: n,
            column: c.key,
            vi: `Cột «${c.label}» ${r.vi}.`,
            en: `Column “${c.key}” ${r.en}.`,
          });
      });
      rows[id].push({ row: n, values });
    });
  }
  return { rows, errors };
}
