import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { ProcedureTable } from '../tables';

const columns = [
  'p.id',
  'p.code',
  'p.name',
  'p.name_en',
  'p.field_code',
  'f.name as field_name',
  'p.levels',
  'p.online_service_level',
  'p.updated_at',
] as const;

const base = (db: Executor) =>
  db.selectFrom('procedures as p').innerJoin('catalog_fields as f', 'f.code', 'p.field_code');

export type ProcedureRow = NonNullable<Awaited<ReturnType<typeof findProcedureByCode>>>;

export async function findProcedureByCode(db: Executor, code: string) {
  return base(db).select(columns).where('p.code', '=', code).executeTakeFirst();
}

/**
 * The procedure's row, locked until the transaction ends: every change of its versions takes this
 * lock first, so two writers never plan periods from the same stale list.
 */
export async function lockProcedureByCode(db: Executor, code: string) {
  return base(db).select(columns).where('p.code', '=', code).forUpdate('p').executeTakeFirst();
}

export async function listProcedures(db: Executor) {
  return base(db).select(columns).orderBy('p.code').execute();
}

export async function insertProcedure(
  db: Executor,
  values: Omit<Insertable<ProcedureTable>, 'search_vector'>,
): Promise<string> {
  const row = await db.insertInto('procedures').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateProcedure(
  db: Executor,
  id: string,
  values: Omit<Updateable<ProcedureTable>, 'search_vector' | 'id' | 'code'>,
) {
  await db
    .updateTable('procedures')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function findProcedureCodeName(db: Executor, id: string) {
  return db.selectFrom('procedures').select(['code', 'name']).where('id', '=', id).executeTakeFirstOrThrow();
}
