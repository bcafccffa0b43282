import { type Insertable, sql } from 'kysely';
import { containsFolded, type Executor } from '../../../platform/db';
import type { AdminUnitCrosswalkTable, AdminUnitTable } from '../tables';

export type AdminUnitRow = Omit<AdminUnitTable, 'area_km2'> & { area_km2: string | null };

export async function findAdminUnit(db: Executor, code: string) {
  return db.selectFrom('admin_units').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function findAdminUnits(db: Executor, codes: string[]) {
  if (!codes.length) return [];
  return db.selectFrom('admin_units').selectAll().where('code', 'in', codes).execute();
}

export async function searchAdminUnits(
  db: Executor,
  q: { text?: string; provinceCode?: string; level?: 'province' | 'commune'; limit: number; offset: number },
) {
  let query = db.selectFrom('admin_units');
  if (q.text) query = query.where(containsFolded('name', q.text));
  if (q.provinceCode) query = query.where('province_code', '=', q.provinceCode);
  if (q.level) query = query.where('level', '=', q.level);
  const [items, total] = await Promise.all([
    query.selectAll().orderBy('level', 'desc').orderBy('code').limit(q.limit).offset(q.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** Units in force that an old (pre-2025) commune code was merged into. */
export async function findSuccessors(db: Executor, oldCode: string) {
  return db
    .selectFrom('admin_unit_crosswalk as c')
    .innerJoin('admin_units as u', 'u.code', 'c.new_code')
    .select([
      'c.old_code',
      'c.old_name',
      'c.old_district',
      'c.old_province',
      'c.merge_type',
      'u.code',
      'u.name',
    ])
    .where('c.old_code', '=', oldCode)
    .where('c.merge_type', '!=', 'unchanged')
    .orderBy('u.code')
    .execute();
}

export async function searchOldUnits(db: Executor, text: string, limit: number, provinceCode?: string) {
  let q = db
    .selectFrom('admin_unit_crosswalk as c')
    .innerJoin('admin_units as u', 'u.code', 'c.new_code')
    .select([
      'c.old_code',
      'c.old_name',
      'c.old_district',
      'c.old_province',
      'c.merge_type',
      'u.code',
      'u.name',
    ])
    .where(containsFolded('c.old_name', text))
    .where('c.merge_type', '!=', 'unchanged');
  if (provinceCode) q = q.where('u.province_code', '=', provinceCode);
  return q.orderBy('c.old_code').limit(limit).execute();
}

export async function findReferenceChecksum(db: Executor, name: string) {
  const row = await db
    .selectFrom('reference_data')
    .select('checksum')
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.checksum;
}

/** Replaces the reference tables in the caller's transaction (rows in batches: one statement each). */
export async function replaceAdminUnits(
  db: Executor,
  units: Insertable<AdminUnitTable>[],
  crosswalk: AdminUnitCrosswalkTable[],
  checksum: string,
) {
  await db.deleteFrom('admin_unit_crosswalk').execute();
  // Units referenced by agencies or accounts stay; the others are upserted below.
  for (let i = 0; i < units.length; i += 500) {
    await db
      .insertInto('admin_units')
      .values(units.slice(i, i + 500))
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          level: eb.ref('excluded.level'),
          name: eb.ref('excluded.name'),
          short_name: eb.ref('excluded.short_name'),
          type: eb.ref('excluded.type'),
          province_code: eb.ref('excluded.province_code'),
          name_variant: eb.ref('excluded.name_variant'),
          area_km2: eb.ref('excluded.area_km2'),
          population: eb.ref('excluded.population'),
        })),
      )
      .execute();
  }
  for (let i = 0; i < crosswalk.length; i += 1000)
    await db
      .insertInto('admin_unit_crosswalk')
      .values(crosswalk.slice(i, i + 1000))
      .onConflict((oc) => oc.columns(['old_code', 'new_code']).doNothing())
      .execute();
  await db
    .insertInto('reference_data')
    .values({ name: 'admin_units', checksum })
    .onConflict((oc) => oc.column('name').doUpdateSet({ checksum, loaded_at: sql`now()` }))
    .execute();
}
