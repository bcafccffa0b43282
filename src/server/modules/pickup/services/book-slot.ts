import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { PickupDeps } from '../deps';
import { newBookingCode } from '../lib/codes';
import { deskForDossier, pickupWindow } from '../lib/desk';
import { ownDossier } from '../lib/own-dossier';
import { presentBooking } from '../lib/present';
import { isUniqueViolation, Refusal } from '../lib/refusal';
import { rejected } from '../lib/reject';
import { fullSlot, slotProblem } from '../lib/slot-check';
import { findActiveBookingOfDossier, insertBooking } from '../repo/bookings.repo';
import { appendEvent } from '../repo/events.repo';
import { takePlace } from '../repo/slots.repo';
import { notBookable } from './list-free-slots';

const alreadyBooked = () =>
  new AppError('CONFLICT', {
    vi: 'Hồ sơ này đã có lịch nhận kết quả; hãy đổi hoặc hủy lịch đó.',
    en: 'This dossier already has a pickup booking; move or cancel it.',
    extra: { reason: 'already_booked' },
  });

/**
 * Books a pickup slot for the caller's dossier. One transaction takes a place in the slot (never
 * past its capacity, see `takePlace`), writes the booking (one active booking per dossier, backed by
 * a partial unique index), its history, the audit record. A refused booking changes nothing and is
 * audited with its reason.
 */
export async function bookSlot(
  input: { actor: Actor; dossierId: string; startsAt: string; requestId: string; now?: Date },
  deps: PickupDeps,
) {
  const now = input.now ?? new Date();
  const dossier = await ownDossier(deps, input, input.dossierId, 'pickup.booking');
  const ctx = {
    actor: input.actor,
    requestId: input.requestId,
    agencyId: dossier.agencyId,
    subject: { type: 'dossier', id: dossier.id },
  };
  const start = new Date(input.startsAt);
  const window = pickupWindow(dossier, now);
  if (!window.eligible)
    throw await rejected(deps, ctx, 'pickup.booking', window.reason, notBookable(window.reason));
  const desk = await deskForDossier(deps.db, dossier);
  if (!desk) throw await rejected(deps, ctx, 'pickup.booking', 'no_desk', notBookable('no_desk'));
  const problem = slotProblem(deps.calendar, desk, window.earliest, start, now);
  if (problem)
    throw await rejected(deps, ctx, 'pickup.booking', problem.reason, problem.error, {
      startsAt: start.toISOString(),
    });
  const accountId = dossier.applicantAccountId!;
  try {
    const booking = await deps.db.transaction().execute(async (trx) => {
      if (await findActiveBookingOfDossier(trx, dossier.id))
        throw new Refusal('already_booked', alreadyBooked());
      if (!(await takePlace(trx, desk.agency.id, start, desk.slotCapacity)))
        throw new Refusal('slot_full', fullSlot());
      const row = await insertBooking(trx, {
        code: newBookingCode(),
        agency_id: desk.agency.id,
        agency_path: desk.agency.path,
        dossier_id: dossier.id,
        dossier_code: dossier.code,
        account_id: accountId,
        starts_at: start,
        status: 'booked',
        updated_at: now,
      });
      await appendEvent(trx, {
        agencyId: desk.agency.id,
        subjectType: 'booking',
        subjectId: row.id,
        kind: 'booked',
        actor: { type: 'citizen', id: accountId },
        data: { startsAt: start.toISOString(), dossierId: dossier.id },
      });
      await appendAudit(trx, {
        actor: auditActor(input.actor),
        action: 'pickup.booking.created',
        subject: { type: 'pickup_booking', id: row.id },
        agencyId: desk.agency.id,
        data: { code: row.code, dossierCode: dossier.code, startsAt: start.toISOString() },
        requestId: input.requestId,
      });
      return row;
    });
    return presentBooking(booking, desk.agency, desk.slotMinutes);
  } catch (e) {
    const refusal =
      e instanceof Refusal ? e : isUniqueViolation(e) ? new Refusal('already_booked', alreadyBooked()) : null;
    if (!refusal) throw e;
    throw await rejected(deps, ctx, 'pickup.booking', refusal.reason, refusal.error, {
      startsAt: start.toISOString(),
    });
  }
}
