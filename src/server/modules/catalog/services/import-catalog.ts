import type { CatalogDocument, ImportSummary } from '../../../../contracts/catalog';
import { canonicalJson } from '../../../platform/audit';
import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { CatalogDeps, RequestContext } from '../deps';
import { CATALOG_EVENTS } from '../events';
import { authorizeEditor } from '../lib/editor';
import { at, type ImportError, parseImport, type Upload } from '../lib/import-parse';
import { type ImportOp, planVersionImport } from '../lib/import-plan';
import { vnToday } from '../lib/today';
import { versionProblems } from '../lib/validate-version';
import { versionColumns, versionInputOf } from '../lib/version-row';
import { recordChange, staffId, writeTransaction } from '../lib/write';
import { isSystemAdmin } from '../policy';
import { listFields, upsertField } from '../repo/fields.repo';
import { insertProcedure, lockProcedureByCode, updateProcedure } from '../repo/procedures.repo';
import { insertVersion, listVersions, setVersionEnd, updateVersion } from '../repo/versions.repo';

type Procedure = CatalogDocument['procedures'][number];

function refused(errors: ImportError[]): AppError {
  const rows = new Set(errors.map((e) => (e.row ? `${e.sheet}!${e.row}` : e.path)));
  return new AppError('VALIDATION_FAILED', {
    vi: `Tệp nhập có lỗi ở ${rows.size} dòng/mục; không có thay đổi nào được áp dụng.`,
    en: `The import has errors in ${rows.size} rows/items; nothing was applied.`,
    fields: errors.slice(0, 500).map((e) => ({
      path: e.path,
      vi: `${placeVi(e)}${e.vi}`,
      en: `${placeEn(e)}${e.en}`,
    })),
    extra: {
      // One entry per reason, for a table: row (sheet and row, or procedure and version), column, reason.
      rows: errors.slice(0, 500).map(({ path, sheet, row, item, column, vi, en }) => ({
        path,
        sheet,
        row,
        item,
        column,
        vi,
        en,
      })),
    },
  });
}

const placeVi = (e: ImportError) =>
  e.row !== null
    ? `Trang «${e.sheet}», dòng ${e.row}${e.column ? ` (${e.column})` : ''}: `
    : e.item
      ? `${e.item.vi}${e.column ? ` (${e.column})` : ''}: `
      : '';
const placeEn = (e: ImportError) =>
  e.row !== null
    ? `Sheet “${e.sheet}”, row ${e.row}${e.column ? ` (${e.column})` : ''}: `
    : e.item
      ? `${e.item.en}${e.column ? ` (${e.column})` : ''}: `
      : '';

/**
 * Imports a catalogue (JSON, or an .xlsx workbook from the export) in one transaction: fields and
 * procedures are created or updated, versions follow the API's rules (see planVersionImport). Any broken
 * row refuses the whole file with every row number and reason, and nothing is applied.
 */
export async function importCatalog(
  input: { actor: Actor; read: () => Promise<Upload>; context: RequestContext },
  deps: Pick<CatalogDeps, 'db'>,
): Promise<ImportSummary> {
  const owner = await authorizeEditor(deps.db, input.actor);
  const { doc, errors, locate, nameItem } = await parseImport(await input.read());
  if (!doc) throw refused(errors);
  const where = (path: (string | number)[], vi: string, en: string) =>
    at(path.join('.'), locate(path), nameItem(path), vi, en);

  const knownFields = new Set([
    ...doc.fields.map((f) => f.code),
    ...(await listFields(deps.db)).map((f) => f.code),
  ]);
  const seen = new Set<string>();
  doc.procedures.forEach((p, i) => {
    if (seen.has(p.code))
      errors.push(where(['procedures', i], `Mã ${p.code} bị lặp.`, `Code ${p.code} appears twice.`));
    seen.add(p.code);
    if (!knownFields.has(p.fieldCode))
      errors.push(
        where(
          ['procedures', i, 'fieldCode'],
          `Lĩnh vực ${p.fieldCode} không tồn tại.`,
          `Unknown field ${p.fieldCode}.`,
        ),
      );
    const numbers = new Set<number>();
    p.versions.forEach((v, j) => {
      if (numbers.has(v.version))
        errors.push(
          where(
            ['procedures', i, 'versions', j],
            `Phiên bản ${v.version} bị lặp.`,
            `Version ${v.version} appears twice.`,
          ),
        );
      numbers.add(v.version);
      for (const f of versionProblems(v, `procedures.${i}.versions.${j}`))
        errors.push(
          where(
            f.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
            f.vi,
            f.en,
          ),
        );
    });
  });
  // Items already refused are not planned; the others are, so one answer lists every reason of the
  // file (an overlap with the database as well as a wrong field code), before anything is written.
  const refusedItems = new Set(
    errors.flatMap((e) => {
      const m = e.path.match(/^procedures\.(\d+)(\.|$)/);
      return m ? [Number(m[1])] : [];
    }),
  );

  const today = vnToday();
  const systemAdmin = isSystemAdmin(input.actor);
  const summary: ImportSummary = {
    fieldsUpserted: 0,
    proceduresCreated: 0,
    proceduresUpdated: 0,
    versionsCreated: 0,
    versionsUpdated: 0,
    unchanged: 0,
  };
  await writeTransaction(deps.db, async (trx) => {
    for (const f of doc.fields) if (await upsertField(trx, f)) summary.fieldsUpserted++;
    // Lock in code order so two imports never wait on each other in a cycle.
    const order = doc.procedures.map((p, i) => ({ p, i })).sort((a, b) => a.p.code.localeCompare(b.p.code));
    const plans: { p: Procedure; i: number; id: string | null; ops: ImportOp[]; attrsChanged: boolean }[] =
      [];
    for (const { p, i } of order) {
      if (refusedItems.has(i)) continue;
      const row = await lockProcedureByCode(trx, p.code);
      const existing = row
        ? (await listVersions(trx, row.id)).map((v) => ({ version: v.version, input: versionInputOf(v) }))
        : [];
      const file = p.versions.map(({ version, ...input }, index) => ({ index, version, input }));
      const plan = planVersionImport(existing, file, { today, systemAdmin });
      for (const e of plan.errors) errors.push(where(['procedures', i, 'versions', e.index], e.vi, e.en));
      summary.unchanged += plan.unchanged;
      const attrs = {
        name: p.name,
        nameEn: p.nameEn,
        fieldCode: p.fieldCode,
        levels: p.levels,
        onlineServiceLevel: p.onlineServiceLevel,
      };
      const stored = row && {
        name: row.name,
        nameEn: row.name_en,
        fieldCode: row.field_code,
        levels: row.levels,
        onlineServiceLevel: row.online_service_level,
      };
      plans.push({
        p,
        i,
        id: row?.id ?? null,
        ops: plan.ops,
        attrsChanged: !stored || canonicalJson(attrs) !== canonicalJson(stored),
      });
    }
    if (errors.length) throw refused(errors);

    for (const plan of plans) {
      const { p } = plan;
      const values = {
        name: p.name,
        name_en: p.nameEn,
        field_code: p.fieldCode,
        levels: p.levels,
        online_service_level: p.onlineServiceLevel,
      };
      let id = plan.id;
      if (!id) {
        id = await insertProcedure(trx, { code: p.code, ...values });
        summary.proceduresCreated++;
      } else if (plan.attrsChanged) {
        await updateProcedure(trx, id, values);
        summary.proceduresUpdated++;
      }
      for (const op of plan.ops) {
        if (op.kind === 'end') await setVersionEnd(trx, id, op.version, op.to);
        else if (op.kind === 'update') await updateVersion(trx, id, op.version, versionColumns(op.input));
        else
          await insertVersion(trx, {
            ...versionColumns(op.input),
            procedure_id: id,
            version: op.version,
            created_by: staffId(input.actor),
          });
        if (op.kind === 'insert') summary.versionsCreated++;
        else summary.versionsUpdated++;
      }
      if (plan.attrsChanged || plan.ops.length)
        await recordChange(trx, {
          actor: input.actor,
          context: input.context,
          agencyId: owner.agencyId,
          action: 'catalog.procedure_imported',
          topic: CATALOG_EVENTS.procedureChanged,
          code: p.code,
          data: {
            created: !plan.id,
            attributes: plan.attrsChanged,
            versions: plan.ops.map((o) => ({ kind: o.kind, version: o.version })),
          },
        });
    }
    await recordChange(trx, {
      actor: input.actor,
      context: input.context,
      agencyId: owner.agencyId,
      action: 'catalog.imported',
      topic: CATALOG_EVENTS.imported,
      code: 'catalog',
      subjectType: 'catalog',
      data: { ...summary },
    });
  });
  return summary;
}
