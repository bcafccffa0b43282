import { sql } from 'kysely';
import type { Executor } from '../../../platform/db';

export async function listOfferingAgencyIds(db: Executor, procedureId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('procedure_agencies')
    .select('agency_id')
    .where('procedure_id', '=', procedureId)
    .execute();
  return rows.map((r) => r.agency_id);
}

/** Agencies offering at least one procedure available today or later, with how many. */
export async function countOfferingsByAgency(db: Executor, today: string) {
  return db
    .selectFrom('procedure_agencies as pa')
    .innerJoin('procedures as p', 'p.id', 'pa.procedure_id')
    .select(['pa.agency_id'])
    .select(sql<number>`count(*)::int`.as('n'))
    .where('p.listed_until', '>', today)
    .groupBy('pa.agency_id')
    .execute();
}

export async function hasAnyOffering(db: Executor): Promise<boolean> {
  return Boolean(await db.selectFrom('procedure_agencies').select('agency_id').limit(1).executeTakeFirst());
}

/** Returns true when the row was added (false: the agency already offered it). */
export async function addOffering(db: Executor, procedureId: string, agencyId: string): Promise<boolean> {
  const res = await db
    .insertInto('procedure_agencies')
    .values({ procedure_id: procedureId, agency_id: agencyId })
    .onConflict((oc) => oc.columns(['procedure_id', 'agency_id']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Returns true when a row was removed. */
export async function removeOffering(db: Executor, procedureId: string, agencyId: string): Promise<boolean> {
  const res = await db
    .deleteFrom('procedure_agencies')
    .where('procedure_id', '=', procedureId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/** Every procedure of a level offered by each agency (demo data), skipping pairs that exist. */
export async function offerAllOfLevel(db: Executor, level: string, agencyIds: string[]): Promise<number> {
  if (!agencyIds.length) return 0;
  const res = await sql`
    insert into procedure_agencies (procedure_id, agency_id)
    select p.id, a.id from procedures p cross join unnest(${agencyIds}::uuid[]) as a(id)
    where ${level} = any(p.levels)
    on conflict do nothing`.execute(db);
  return Number(res.numAffectedRows ?? 0);
}
