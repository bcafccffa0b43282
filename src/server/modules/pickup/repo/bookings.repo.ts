import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { PickupBookingTable } from '../tables';

export async function insertBooking(trx: Executor, values: Insertable<PickupBookingTable>) {
  return trx.insertInto('pickup_bookings').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findBooking(db: Executor, id: string) {
  return db.selectFrom('pickup_bookings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The booking row under lock, so a move, a cancel and serving it cannot interleave. */
export async function lockBooking(trx: Executor, id: string) {
  return trx.selectFrom('pickup_bookings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateBooking(trx: Executor, id: string, values: Updateable<PickupBookingTable>) {
  return trx
    .updateTable('pickup_bookings')
    .set(values)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findActiveBookingOfDossier(db: Executor, dossierId: string) {
  return db
    .selectFrom('pickup_bookings')
    .selectAll()
    .where('dossier_id', '=', dossierId)
    .where('status', '=', 'booked')
    .executeTakeFirst();
}

export async function listBookingsOfAccount(db: Executor, accountId: string, limit: number) {
  return db
    .selectFrom('pickup_bookings')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('starts_at', 'desc')
    .limit(limit)
    .execute();
}

export async function listBookingsBetween(db: Executor, agencyId: string, from: Date, to: Date) {
  return db
    .selectFrom('pickup_bookings')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
    .where('status', '<>', 'cancelled')
    .orderBy('starts_at')
    .orderBy('code')
    .execute();
}

/** Booked bookings starting in [from, to) without a reminder for their day yet (every desk). */
export async function listUnremindedBookings(db: Executor, from: Date, to: Date, slotDate: string) {
  return db
    .selectFrom('pickup_bookings as b')
    .leftJoin('pickup_reminders as r', (j) =>
      j.onRef('r.booking_id', '=', 'b.id').on('r.slot_date', '=', slotDate),
    )
    .selectAll('b')
    .where('b.status', '=', 'booked')
    .where('b.starts_at', '>=', from)
    .where('b.starts_at', '<', to)
    .where('r.booking_id', 'is', null)
    .orderBy('b.starts_at')
    .execute();
}

/** Claims the reminder of a booking's day; false when it was already sent (the job ran before). */
export async function claimReminder(trx: Executor, bookingId: string, slotDate: string): Promise<boolean> {
  const row = await trx
    .insertInto('pickup_reminders')
    .values({ booking_id: bookingId, slot_date: slotDate })
    .onConflict((oc) => oc.columns(['booking_id', 'slot_date']).doNothing())
    .returning('booking_id')
    .executeTakeFirst();
  return Boolean(row);
}
