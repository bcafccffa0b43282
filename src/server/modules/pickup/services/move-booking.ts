import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { findDossierSummary } from '../../dossiers';
import type { PickupDeps } from '../deps';
import { loadDesk, pickupWindow } from '../lib/desk';
import { notActive, ownBooking } from '../lib/own-booking';
import { presentBooking } from '../lib/present';
import { Refusal } from '../lib/refusal';
import { rejected } from '../lib/reject';
import { fullSlot, slotProblem } from '../lib/slot-check';
import { lockBooking, updateBooking } from '../repo/bookings.repo';
import { appendEvent } from '../repo/events.repo';
import { releasePlace, takePlace } from '../repo/slots.repo';
import { notBookable } from './list-free-slots';

/**
 * Moves a booking to another slot, atomically: in one transaction the new slot's place is taken
 * first and only then is the old one released, so a full new slot leaves the booking where it was,
 * and nobody can take the old place while the move may still fail.
 */
export async function moveBooking(
  input: { actor: Actor; bookingId: string; startsAt: string; requestId: string; now?: Date },
  deps: PickupDeps,
) {
  const now = input.now ?? new Date();
  const booking = await ownBooking(deps, input, input.bookingId, 'pickup.booking_move');
  const ctx = {
    actor: input.actor,
    requestId: input.requestId,
    agencyId: booking.agency_id,
    subject: { type: 'pickup_booking', id: booking.id },
  };
  const start = new Date(input.startsAt);
  if (booking.status !== 'booked')
    throw await rejected(deps, ctx, 'pickup.booking_move', 'not_active', notActive(booking.status));
  const [dossier, desk] = await Promise.all([
    findDossierSummary(deps.db, booking.dossier_id),
    loadDesk(deps.db, booking.agency_id),
  ]);
  if (!dossier || !desk) throw new AppError('NOT_FOUND');
  const window = pickupWindow(dossier, now);
  if (!window.eligible)
    throw await rejected(deps, ctx, 'pickup.booking_move', window.reason, notBookable(window.reason));
  const problem = slotProblem(deps.calendar, desk, window.earliest, start, now);
  if (problem)
    throw await rejected(deps, ctx, 'pickup.booking_move', problem.reason, problem.error, {
      startsAt: start.toISOString(),
    });
  const from = new Date(booking.starts_at);
  if (from.getTime() === start.getTime())
    throw await rejected(
      deps,
      ctx,
      'pickup.booking_move',
      'same_slot',
      new AppError('CONFLICT', {
        vi: 'Lịch hẹn đang ở đúng khung giờ này.',
        en: 'The booking is already in this slot.',
        extra: { reason: 'same_slot' },
      }),
    );
  try {
    const moved = await deps.db.transaction().execute(async (trx) => {
      const current = await lockBooking(trx, booking.id);
      if (current?.status !== 'booked') throw new Refusal('not_active', notActive(current?.status ?? ''));
      const previous = new Date(current.starts_at);
      if (!(await takePlace(trx, desk.agency.id, start, desk.slotCapacity)))
        throw new Refusal('slot_full', fullSlot());
      await releasePlace(trx, desk.agency.id, previous);
      const row = await updateBooking(trx, booking.id, { starts_at: start, updated_at: now });
      await appendEvent(trx, {
        agencyId: desk.agency.id,
        subjectType: 'booking',
        subjectId: booking.id,
        kind: 'moved',
        actor: { type: 'citizen', id: booking.account_id },
        data: { from: previous.toISOString(), to: start.toISOString() },
      });
      await appendAudit(trx, {
        actor: auditActor(input.actor),
        action: 'pickup.booking.moved',
        subject: { type: 'pickup_booking', id: booking.id },
        agencyId: desk.agency.id,
        data: { code: booking.code, from: previous.toISOString(), to: start.toISOString() },
        requestId: input.requestId,
      });
      return row;
    });
    return presentBooking(moved, desk.agency, desk.slotMinutes);
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    throw await rejected(deps, ctx, 'pickup.booking_move', e.reason, e.error, {
      startsAt: start.toISOString(),
    });
  }
}
