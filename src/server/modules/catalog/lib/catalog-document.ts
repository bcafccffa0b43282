import type { CatalogDocument } from '../../../../contracts/catalog';
import type { Executor } from '../../../platform/db';
import { listFields } from '../repo/fields.repo';
import { listProcedures } from '../repo/procedures.repo';
import { listVersionsOfAll } from '../repo/versions.repo';
import { versionInputOf } from './version-row';

/** The whole catalogue as one document: what export writes and import reads back unchanged. */
export async function buildCatalogDocument(db: Executor): Promise<CatalogDocument> {
  const [fields, procedures, versions] = [
    await listFields(db),
    await listProcedures(db),
    await listVersionsOfAll(db),
  ];
  const byProcedure = new Map<string, typeof versions>();
  for (const v of versions) byProcedure.set(v.procedure_id, [...(byProcedure.get(v.procedure_id) ?? []), v]);
  return {
    format: 'cuaso.catalog',
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    fields: fields.map((f) => ({ code: f.code, name: f.name })),
    procedures: procedures.map((p) => ({
      code: p.code,
      name: p.name,
      nameEn: p.name_en,
      fieldCode: p.field_code,
      levels: p.levels as CatalogDocument['procedures'][number]['levels'],
      onlineServiceLevel: p.online_service_level,
      versions: (byProcedure.get(p.id) ?? []).map((v) => ({ version: v.version, ...versionInputOf(v) })),
    })),
  };
}
