import type { Executor } from '../../../platform/db';

/** Booked counts of a desk's slots in [from, to). */
export async function listSlotCounts(db: Executor, agencyId: string, from: Date, to: Date) {
  return db
    .selectFrom('pickup_slots')
    .select(['starts_at', 'capacity', 'booked'])
    .where('agency_id', '=', agencyId)
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
    .execute();
}

/**
 * Takes one place in a slot, or returns false when it is full. The counter row is created on first
 * use; the conditional UPDATE then holds the row lock, and a concurrent taker re-reads `booked`
 * after the first commits (READ COMMITTED re-evaluates the WHERE), so `booked` never passes
 * `capacity` — on PostgreSQL under any concurrency, and trivially on PGlite's single connection.
 */
export async function takePlace(
  trx: Executor,
  agencyId: string,
  startsAt: Date,
  capacity: number,
): Promise<boolean> {
  await trx
    .insertInto('pickup_slots')
    .values({ agency_id: agencyId, starts_at: startsAt, capacity, booked: 0 })
    .onConflict((oc) => oc.columns(['agency_id', 'starts_at']).doNothing())
    .execute();
  const row = await trx
    .updateTable('pickup_slots')
    .set((eb) => ({ booked: eb('booked', '+', 1) }))
    .where('agency_id', '=', agencyId)
    .where('starts_at', '=', startsAt)
    .whereRef('booked', '<', 'capacity')
    .returning('booked')
    .executeTakeFirst();
  return Boolean(row);
}

export async function releasePlace(trx: Executor, agencyId: string, startsAt: Date) {
  await trx
    .updateTable('pickup_slots')
    .set((eb) => ({ booked: eb('booked', '-', 1) }))
    .where('agency_id', '=', agencyId)
    .where('starts_at', '=', startsAt)
    .where('booked', '>', 0)
    .execute();
}
