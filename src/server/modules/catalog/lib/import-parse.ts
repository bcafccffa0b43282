import { CatalogDocument } from '../../../../contracts/catalog';
import { rowsToDocument, type SourceRow } from './xlsx-document';
import { readWorkbook } from './xlsx-io';

export type Upload = { filename: string | null; data: Buffer } | { json: unknown };
/** One reason an import is refused: where (document path, and sheet/row for a workbook) and why. */
export type ImportError = {
  path: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  vi: string;
  en: string;
};
type Locate = (path: (string | number)[]) => (SourceRow & { column: string | null }) | null;

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b;

/** Reads an upload (JSON text or body, or an .xlsx workbook) into a checked catalogue document. */
export async function parseImport(
  upload: Upload,
): Promise<{ doc: CatalogDocument | null; errors: ImportError[]; locate: Locate }> {
  let raw: unknown;
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
        errors: [
          at(
            'file',
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
        errors: [
          at(
            'file',
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
      const path = issue.path.map(String);
      errors.push(
        at(path.join('.'), locate(issue.path as (string | number)[]), issue.message, issue.message),
      );
    }
  return { doc: errors.length ? null : (parsed.data ?? null), errors, locate };
}

/** An error at a document path, placed on its sheet and row when the upload was a workbook. */
export function at(
  path: string,
  where: (SourceRow & { column: string | null }) | null,
  vi: string,
  en: string,
): ImportError {
  return {
    path: where ? `${where.sheet}!${where.row}` : path,
    sheet: where?.sheet ?? null,
    row: where?.row ?? null,
    column: where?.column ?? null,
    vi,
    en,
  };
}
