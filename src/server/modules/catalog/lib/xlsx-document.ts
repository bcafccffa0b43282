import { SHEETS, type SheetId } from './xlsx-sheets';

/** Where an item of the import came from, to name the row in an error. */
export type SourceRow = { sheet: string; row: number };
export type RowError = SourceRow & { column: string | null; vi: string; en: string };
export type SheetRows = Record<SheetId, { row: number; values: Record<string, unknown> }[]>;

/**
 * Rows of the workbook → the same document the JSON import takes, plus where each item came from (a
 * document path such as `procedures.3.versions.0.fees.1` → sheet and row). Rows that point at a
 * procedure or version missing from its sheet are errors here; the content is checked afterwards by
 * the contract, whose errors are mapped back to rows with `locate`.
 */
export function rowsToDocument(rows: SheetRows) {
  const errors: RowError[] = [];
  const where = new Map<string, SourceRow>();
  const err = (sheet: SheetId, row: number, column: string | null, vi: string, en: string) =>
    errors.push({ sheet: SHEETS[sheet].name, row, column, vi, en });

  const fields = rows.fields.map((r, i) => {
    where.set(`fields.${i}`, { sheet: SHEETS.fields.name, row: r.row });
    return { code: r.values.code, name: r.values.name };
  });

  type Version = Record<string, unknown> & { channels: unknown[]; fees: unknown[]; documents: unknown[] };
  const procedures: (Record<string, unknown> & { versions: Version[] })[] = [];
  const byCode = new Map<string, number>();
  rows.procedures.forEach((r) => {
    const code = String(r.values.code ?? '');
    if (byCode.has(code)) {
      err('procedures', r.row, 'code', `Mã thủ tục ${code} bị lặp.`, `Procedure ${code} appears twice.`);
      return;
    }
    const { code: _c, ...attrs } = r.values;
    byCode.set(code, procedures.length);
    where.set(`procedures.${procedures.length}`, { sheet: SHEETS.procedures.name, row: r.row });
    procedures.push({ code, ...attrs, versions: [] });
  });

  const versions = new Map<string, { path: string; version: Version; eform: Record<string, string[]> }>();
  for (const r of rows.versions) {
    const v = r.values;
    const i = byCode.get(String(v.code ?? ''));
    if (i === undefined) {
      err(
        'versions',
        r.row,
        'code',
        `Không có thủ tục ${v.code} ở trang «Thủ tục».`,
        `No procedure ${v.code} in sheet “Thủ tục”.`,
      );
      continue;
    }
    const key = `${v.code}#${v.version}`;
    if (versions.has(key)) {
      err(
        'versions',
        r.row,
        'version',
        `Phiên bản ${v.version} bị lặp.`,
        `Version ${v.version} appears twice.`,
      );
      continue;
    }
    const list = procedures[i]!.versions;
    const path = `procedures.${i}.versions.${list.length}`;
    const version: Version = {
      version: v.version,
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo,
      decision: { number: v.decisionNumber, date: v.decisionDate },
      applicants: v.applicants,
      implementingAgency: v.implementingAgency,
      processingTime: { value: v.processingTimeValue, unit: v.processingTimeUnit },
      afternoonCutoff: v.afternoonCutoff,
      timeNote: v.timeNote,
      conditions: v.conditions,
      workflowTemplate: v.workflowTemplate,
      channels: [],
      fees: [],
      documents: [],
      results: [],
      legalBasis: [],
      steps: [],
    };
    list.push(version);
    where.set(path, { sheet: SHEETS.versions.name, row: r.row });
    versions.set(key, { path, version, eform: { schema: [], ui: [] } });
  }

  const attach = (sheet: SheetId, list: string, make: (v: Record<string, unknown>) => unknown) => {
    for (const r of rows[sheet]) {
      const target = versions.get(`${r.values.code}#${r.values.version}`);
      if (!target) {
        err(
          sheet,
          r.row,
          'version',
          `Không có phiên bản ${r.values.version} của thủ tục ${r.values.code} ở trang «Phiên bản».`,
          `No version ${r.values.version} of ${r.values.code} in sheet “Phiên bản”.`,
        );
        continue;
      }
      const items = target.version[list] as unknown[];
      where.set(`${target.path}.${list}.${items.length}`, { sheet: SHEETS[sheet].name, row: r.row });
      items.push(make(r.values));
    }
  };
  const strip = ({ code: _c, version: _v, ...rest }: Record<string, unknown>) => rest;
  attach('channels', 'channels', (v) => ({
    channel: v.channel,
    processingTime:
      v.processingTimeValue === null && v.processingTimeUnit === null
        ? null
        : { value: v.processingTimeValue, unit: v.processingTimeUnit },
  }));
  attach('fees', 'fees', (v) => ({ ...strip(v), tiers: v.tiers ?? [], channels: v.channels ?? [] }));
  attach('documents', 'documents', strip);
  attach('results', 'results', (v) => ({ name: v.name, code: v.resultCode }));
  attach('legalBasis', 'legalBasis', strip);
  attach('steps', 'steps', (v) => v.text);

  // E-form JSON, reassembled from its chunks in order.
  const chunks = new Map<string, { row: number; chunk: number; json: string }[]>();
  for (const r of rows.eforms) {
    const { code, version, part } = r.values;
    if (!versions.has(`${code}#${version}`) || (part !== 'schema' && part !== 'ui')) {
      err(
        'eforms',
        r.row,
        'part',
        'Dòng biểu mẫu không thuộc phiên bản nào.',
        'This e-form row belongs to no version.',
      );
      continue;
    }
    const k = `${code}#${version}#${part}`;
    chunks.set(k, [
      ...(chunks.get(k) ?? []),
      { row: r.row, chunk: Number(r.values.chunk), json: String(r.values.json ?? '') },
    ]);
  }
  for (const [key, target] of versions) {
    const eform: Record<string, unknown> = {};
    for (const part of ['schema', 'ui'] as const) {
      const parts = (chunks.get(`${key}#${part}`) ?? []).sort((a, b) => a.chunk - b.chunk);
      if (!parts.length) continue;
      where.set(
        `${target.path}.eform`,
        where.get(`${target.path}.eform`) ?? { sheet: SHEETS.eforms.name, row: parts[0]!.row },
      );
      try {
        eform[part] = JSON.parse(parts.map((p) => p.json).join(''));
      } catch (e) {
        err(
          'eforms',
          parts[0]!.row,
          'json',
          `JSON không hợp lệ: ${(e as Error).message}`,
          `Invalid JSON: ${(e as Error).message}`,
        );
      }
    }
    target.version.eform = eform;
  }

  const document = { format: 'cuaso.catalog', formatVersion: 1, fields, procedures };
  /** The row an error at a document path belongs to: the longest known prefix. */
  const locate = (path: (string | number)[]): (SourceRow & { column: string | null }) | null => {
    for (let n = path.length; n > 0; n--) {
      const hit = where.get(path.slice(0, n).join('.'));
      if (hit) return { ...hit, column: path.slice(n).join('.') || null };
    }
    return null;
  };
  return { document, errors, locate };
}
