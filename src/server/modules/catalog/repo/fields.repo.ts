import { sql } from 'kysely';
import type { Executor } from '../../../platform/db';

export async function findField(db: Executor, code: string) {
  return db.selectFrom('catalog_fields').select(['code', 'name']).where('code', '=', code).executeTakeFirst();
}

export async function listFields(db: Executor) {
  return db.selectFrom('catalog_fields').select(['code', 'name']).orderBy('code').execute();
}

/** Fields with the number of procedures available today or later (for the catalogue's filters). */
export async function listFieldsWithCounts(db: Executor, today: string) {
  return db
    .selectFrom('catalog_fields as f')
    .leftJoin('procedures as p', 'p.field_code', 'f.code')
    .select(['f.code', 'f.name'])
    .select(sql<number>`count(p.id) filter (where p.listed_until > ${today})`.as('n'))
    .groupBy(['f.code', 'f.name'])
    .orderBy('f.name')
    .execute();
}

/** Creates the field or renames it; returns whether anything changed. */
export async function upsertField(db: Executor, field: { code: string; name: string }): Promise<boolean> {
  const res = await db
    .insertInto('catalog_fields')
    .values(field)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet({ name: field.name }).where('catalog_fields.name', '<>', field.name),
    )
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}
