import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Insertable } from 'kysely';
import { projectPath } from '../../../platform/paths';
import type { Platform } from '../../../platform/platform';
import { findReferenceChecksum, replaceAdminUnits } from '../repo/admin-units.repo';
import type { AdminUnitCrosswalkTable, AdminUnitTable } from '../tables';

const DIR = projectPath('seed/reference');
const UNITS = join(DIR, 'admin-units-2025.csv');
const CROSSWALK = join(DIR, 'admin-units-2025-crosswalk.csv');

type Row = Record<string, string>;
const orNull = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/**
 * Loads the 34 provinces, 3,321 communes and the old→new crosswalk (seed/reference, see its
 * SOURCES.md) when they are missing or the files changed; one transaction, so a start never sees
 * half a list.
 */
export async function loadAdminUnits(deps: Pick<Platform, 'db' | 'logger'>): Promise<void> {
  const unitsCsv = readFileSync(UNITS);
  const crosswalkCsv = readFileSync(CROSSWALK);
  const checksum = createHash('sha256').update(unitsCsv).update(crosswalkCsv).digest('hex');
  if ((await findReferenceChecksum(deps.db, 'admin_units')) === checksum) return;

  const units: Insertable<AdminUnitTable>[] = (parse(unitsCsv, { columns: true, bom: true }) as Row[]).map(
    (r) => ({
      code: r.code!,
      level: r.level as 'province' | 'commune',
      name: r.name!,
      short_name: r.short_name!,
      type: r.type!,
      province_code: r.province_code!,
      name_variant: orNull(r.name_variant),
      area_km2: r.area_km2 ? Number(r.area_km2) : null,
      population: r.population_2025 ? Number(r.population_2025) : null,
    }),
  );
  const crosswalk: AdminUnitCrosswalkTable[] = (
    parse(crosswalkCsv, { columns: true, bom: true }) as Row[]
  ).map((r) => ({
    old_code: r.old_code!,
    old_name: r.old_name!,
    old_district: orNull(r.old_district),
    old_province: r.old_province!,
    old_province_code: r.old_province_code!,
    new_code: r.new_code!,
    merge_type: r.merge_type as AdminUnitCrosswalkTable['merge_type'],
    note_vi: orNull(r.note_vi),
  }));
  // Provinces first: communes are ordered after them for readers of the table.
  units.sort((a, b) =>
    a.level === b.level ? a.code.localeCompare(b.code) : a.level === 'province' ? -1 : 1,
  );
  await deps.db.transaction().execute((trx) => replaceAdminUnits(trx, units, crosswalk, checksum));
  deps.logger.info({ units: units.length, crosswalk: crosswalk.length }, 'administrative units loaded');
}
