import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { PickupDeps } from '../deps';
import { loadDesk } from '../lib/desk';
import { notActive, ownBooking } from '../lib/own-booking';
import { presentBooking } from '../lib/present';
import { Refusal } from '../lib/refusal';
import { rejected } from '../lib/reject';
import { lockBooking, updateBooking } from '../repo/bookings.repo';
import { appendEvent } from '../repo/events.repo';
import { releasePlace } from '../repo/slots.repo';

/** Cancels the caller's booking and gives its place back to the slot. */
export async function cancelBooking(
  input: { actor: Actor; bookingId: string; requestId: string; now?: Date },
  deps: PickupDeps,
) {
  const now = input.now ?? new Date();
  const booking = await ownBooking(deps, input, input.bookingId, 'pickup.booking_cancel');
  const desk = await loadDesk(deps.db, booking.agency_id);
  if (!desk) throw new AppError('NOT_FOUND');
  try {
    const row = await deps.db.transaction().execute(async (trx) => {
      const current = await lockBooking(trx, booking.id);
      if (current?.status !== 'booked') throw new Refusal('not_active', notActive(current?.status ?? ''));
      await releasePlace(trx, current.agency_id, new Date(current.starts_at));
      const updated = await updateBooking(trx, booking.id, { status: 'cancelled', updated_at: now });
      await appendEvent(trx, {
        agencyId: current.agency_id,
        subjectType: 'booking',
        subjectId: booking.id,
        kind: 'cancelled',
        actor: { type: 'citizen', id: booking.account_id },
        data: { startsAt: new Date(current.starts_at).toISOString() },
      });
      await appendAudit(trx, {
        actor: auditActor(input.actor),
        action: 'pickup.booking.cancelled',
        subject: { type: 'pickup_booking', id: booking.id },
        agencyId: current.agency_id,
        data: { code: booking.code },
        requestId: input.requestId,
      });
      return updated;
    });
    return presentBooking(row, desk.agency, desk.slotMinutes);
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    throw await rejected(
      deps,
      { ...input, agencyId: booking.agency_id, subject: { type: 'pickup_booking', id: booking.id } },
      'pickup.booking_cancel',
      e.reason,
      e.error,
    );
  }
}
