import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Eform } from '../../../../contracts/catalog';
import { projectPath } from '../../../platform/paths';
import type { Platform } from '../../../platform/platform';
import { versionProblems } from '../lib/validate-version';
import { versionColumns } from '../lib/version-row';
import { findProcedureByCode, insertProcedure } from '../repo/procedures.repo';
import { findSeedChecksum, saveSeedChecksum } from '../repo/reference.repo';
import { insertVersion } from '../repo/versions.repo';
import { buildSeedDocument, type Curation, type SourceProcedure } from './build-seed';

const ROOT = projectPath('seed');
const SOURCE = join(ROOT, 'reference/procedures-commune.json');
const CURATION = join(ROOT, 'catalog/curation.json');
const EFORMS = join(ROOT, 'catalog/eforms');

/** sha256 of every seed file: the catalogue is rebuilt only when one of them changed. */
export function seedChecksum(): string {
  const files = [
    SOURCE,
    CURATION,
    ...readdirSync(EFORMS)
      .sort()
      .map((f) => join(EFORMS, f)),
  ];
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.slice(ROOT.length)).update(readFileSync(f));
  return hash.digest('hex');
}

/** Reads the seed files and builds the catalogue they describe (also used by tests and the bench). */
export function readSeedCatalog() {
  const byCode: Record<string, Eform> = {};
  let generic: Eform | undefined;
  for (const f of readdirSync(EFORMS).filter((n) => n.endsWith('.json'))) {
    const raw = JSON.parse(readFileSync(join(EFORMS, f), 'utf8')) as { schema: unknown; ui: unknown };
    const eform = Eform.parse({ schema: raw.schema, ui: raw.ui });
    if (f === 'generic.json') generic = eform;
    else byCode[f.replace(/\.json$/, '')] = eform;
  }
  if (!generic) throw new Error('seed/catalog/eforms/generic.json is missing');
  const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as { procedures: SourceProcedure[] };
  const curation = JSON.parse(readFileSync(CURATION, 'utf8')) as Curation;
  const doc = buildSeedDocument(source, curation, { byCode, generic });
  const problems = doc.procedures.flatMap((p) =>
    p.versions.flatMap((v) => versionProblems(v, p.code).map((e) => `${e.path}: ${e.en}`)),
  );
  if (problems.length) throw new Error(`seed catalogue is not valid:\n${problems.join('\n')}`);
  return { doc, handWrittenForms: Object.keys(byCode) };
}

/**
 * Loads the commune-level procedures (seed/reference/procedures-commune.json, curated by
 * seed/catalog/) when the seed files changed. It only adds what is missing: a procedure already in the
 * catalogue belongs to its editors, whose versions a new seed must not overwrite.
 */
export async function loadCatalogReference(deps: Pick<Platform, 'db' | 'logger'>): Promise<void> {
  const checksum = seedChecksum();
  if ((await findSeedChecksum(deps.db, 'catalog')) === checksum) return;
  const { doc } = readSeedCatalog();
  let added = 0;
  await deps.db.transaction().execute(async (trx) => {
    for (const f of doc.fields)
      await trx
        .insertInto('catalog_fields')
        .values(f)
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    for (const p of doc.procedures) {
      if (await findProcedureByCode(trx, p.code)) continue;
      const id = await insertProcedure(trx, {
        code: p.code,
        name: p.name,
        name_en: p.nameEn,
        field_code: p.fieldCode,
        levels: p.levels,
        online_service_level: p.onlineServiceLevel,
      });
      for (const { version, ...v } of p.versions)
        await insertVersion(trx, { ...versionColumns(v), procedure_id: id, version, created_by: null });
      added++;
    }
    await saveSeedChecksum(trx, 'catalog', checksum);
  });
  deps.logger.info({ procedures: doc.procedures.length, added }, 'procedure catalogue loaded');
}
