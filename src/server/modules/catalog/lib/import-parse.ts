import { CatalogDocument } from '../../../../contracts/catalog';
import { rowsToDocument, type SourceRow } from './xlsx-document';
import { readWorkbook } from './xlsx-io';
import { zodIssueSentence } from './zod-messages';

export type Upload = { filename: string | null; data: Buffer } | { json: unknown };
/**
 * One reason an import is refused: where (document path; sheet and row for a workbook; the procedure
 * and version for a JSON file, as `item`) and why, in Vietnamese and English.
 */
export type ImportError = {
  path: string;
  sheet: string | null;
  row: number | null;
  item: { vi: string; en: string } | null;
  column: string | null;
  vi: string;
  en: string;
};
export type Place = SourceRow & { column: string | null };
type Locate = (path: (string | number)[]) => Place | null;
export type Describe = (path: (string | number)[]) => Pick<ImportError, 'item' | 'column'>;

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b;

/** Reads an upload (JSON text or body, or an .xlsx workbook) into a checked catalogue document. */
export async function parseImport(
  upload: Upload,
): Promise<{ doc: CatalogDocument | null; errors: ImportError[]; locate: Locate; nameItem: Describe }> {
  let raw: unknown;
  const nameItem: Describe = (path) => describeItem(raw, path);
  let locate: Locate = () => null;
  const errors: ImportError[] = [];
  if ('json' in upload) raw = upload.json;
  else if (isZip(upload.data) || upload.filename?.toLowerCase().endsWith('.xlsx')) {
    let read: Awaited<ReturnType<typeof readWorkbook>>;
    try {
      read = await readWorkbook(upload.data);
    } catch (e) {
      return {
        doc: null,
        locate,
        nameItem,
        errors: [
          at(
            'file',
            null,
            null,
            `Không đọc được tệp Excel: ${(e as Error).message}`,
            `Cannot read the workbook: ${(e as Error).message}`,
          ),
        ],
      };
    }
    const built = rowsToDocument(read.rows);
    raw = built.document;
    locate = built.locate;
    for (const e of [...read.errors, ...built.errors])
      errors.push({
        path: `${e.sheet}!${e.row}`,
        sheet: e.sheet,
        row: e.row,
        item: null,
        column: e.column,
        vi: e.vi,
        en: e.en,
      });
  } else {
    try {
      raw = JSON.parse(upload.data.toString('utf8'));
    } catch (e) {
      return {
        doc: null,
        locate,
        nameItem,
        errors: [
          at(
            'file',
            null,
            null,
            `JSON không hợp lệ: ${(e as Error).message}`,
            `Invalid JSON: ${(e as Error).message}`,
          ),
        ],
      };
    }
  }
  const parsed = CatalogDocument.safeParse(raw);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const path = issue.path as (string | number)[];
      const text = zodIssueSentence(issue, valueAt(raw, path));
      errors.push(at(path.join('.'), locate(path), nameItem(path), text.vi, text.en));
    }
  return { doc: errors.length ? null : (parsed.data ?? null), errors, locate, nameItem };
}

/**
 * An error at a document path: on its sheet and row when the upload was a workbook, else named by the
 * procedure and version it belongs to.
 */
export function at(
  path: string,
  where: Place | null,
  described: Pick<ImportError, 'item' | 'column'> | null,
  vi: string,
  en: string,
): ImportError {
  return {
    path: where ? `${where.sheet}!${where.row}` : path,
    sheet: where?.sheet ?? null,
    row: where?.row ?? null,
    item: where ? null : (described?.item ?? null),
    column: where ? where.column : (described?.column ?? null),
    vi,
    en,
  };
}

function valueAt(raw: unknown, path: readonly (string | number)[]): unknown {
  let cur = raw;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

/** "Thủ tục 1.001193, phiên bản 2" and the rest of the path, from the document as uploaded. */
function describeItem(raw: unknown, path: (string | number)[]): Pick<ImportError, 'item' | 'column'> {
  const rest = (n: number) => (path.length > n ? path.slice(n).join('.') : null);
  const [top, i, sub, j] = path;
  if (top === 'fields' && typeof i === 'number') {
    const code = valueAt(raw, ['fields', i, 'code']);
    const name = typeof code === 'string' ? code : `#${i + 1}`;
    return { item: { vi: `Lĩnh vực ${name}`, en: `Field ${name}` }, column: rest(2) };
  }
  if (top !== 'procedures' || typeof i !== 'number') return { item: null, column: path.join('.') || null };
  const code = valueAt(raw, ['procedures', i, 'code']);
  const p = typeof code === 'string' && code ? code : `#${i + 1}`;
  if (sub !== 'versions' || typeof j !== 'number')
    return { item: { vi: `Thủ tục ${p}`, en: `Procedure ${p}` }, column: rest(2) };
  const n = valueAt(raw, ['procedures', i, 'versions', j, 'version']);
  const v = typeof n === 'number' ? String(n) : `#${j + 1}`;
  return {
    item: { vi: `Thủ tục ${p}, phiên bản ${v}`, en: `Procedure ${p}, version ${v}` },
    column: rest(4),
  };
}
