import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { PickupDeps } from '../deps';
import { loadDesk } from '../lib/desk';
import { notActive } from '../lib/own-booking';
import { presentBooking } from '../lib/present';
import { pickupPolicy } from '../policy';
import { findBooking, lockBooking, updateBooking } from '../repo/bookings.repo';
import { findCounter } from '../repo/desks.repo';
import { appendEvent } from '../repo/events.repo';

/**
 * The receiver marks a booking served: the person came. Handing the result over is the dossier's own
 * `return_result` action, taken on the dossier page; this records only the visit, and the counter
 * that served it (the desk's day view lists bookings per counter).
 */
export async function serveBooking(
  input: { actor: Actor; bookingId: string; counterId: string; requestId: string; now?: Date },
  deps: PickupDeps,
) {
  if (input.actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  const booking = await findBooking(deps.db, input.bookingId);
  authorize(pickupPolicy, input.actor, 'desk.serve', { agencyPath: booking?.agency_path ?? '/unknown/' });
  if (!booking) throw new AppError('NOT_FOUND');
  const desk = await loadDesk(deps.db, booking.agency_id);
  if (!desk) throw new AppError('NOT_FOUND');
  const counter = await findCounter(deps.db, input.counterId);
  if (counter?.agency_id !== booking.agency_id || !counter.active)
    throw new AppError('VALIDATION_FAILED', {
      vi: 'Quầy này không thuộc bộ phận một cửa của lịch hẹn hoặc đang tạm ngừng.',
      en: 'The counter is not one of the booking desk’s active counters.',
      fields: [{ path: 'body.counterId', vi: 'Chọn quầy của bạn.', en: 'Choose your counter.' }],
    });
  const now = input.now ?? new Date();
  const row = await deps.db.transaction().execute(async (trx) => {
    const current = await lockBooking(trx, booking.id);
    if (current?.status !== 'booked') throw notActive(current?.status ?? '');
    const updated = await updateBooking(trx, booking.id, {
      status: 'served',
      served_counter_id: counter.id,
      updated_at: now,
    });
    const actorId = input.actor.kind === 'staff' ? input.actor.accountId : null;
    await appendEvent(trx, {
      agencyId: booking.agency_id,
      subjectType: 'booking',
      subjectId: booking.id,
      kind: 'served',
      actor: { type: 'staff', id: actorId },
      data: { counter: counter.number },
    });
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: 'pickup.booking.served',
      subject: { type: 'pickup_booking', id: booking.id },
      agencyId: booking.agency_id,
      data: { code: booking.code, dossierCode: booking.dossier_code, counter: counter.number },
      requestId: input.requestId,
    });
    return updated;
  });
  return presentBooking(row, desk.agency, desk.slotMinutes);
}
