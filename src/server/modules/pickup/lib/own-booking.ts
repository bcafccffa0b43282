import { type Actor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { PickupDeps } from '../deps';
import { pickupPolicy } from '../policy';
import { findBooking } from '../repo/bookings.repo';
import { rejected } from './reject';

/** The caller's own booking; someone else's is a 404, audited like any refusal. */
export async function ownBooking(
  deps: Pick<PickupDeps, 'db'>,
  ctx: { actor: Actor; requestId: string },
  bookingId: string,
  action: string,
) {
  if (ctx.actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (ctx.actor.kind !== 'citizen') throw new AppError('FORBIDDEN');
  const booking = await findBooking(deps.db, bookingId);
  if (!booking || booking.account_id !== ctx.actor.accountId)
    throw await rejected(
      deps,
      { ...ctx, agencyId: booking?.agency_id ?? null, subject: { type: 'pickup_booking', id: bookingId } },
      action,
      booking ? 'not_owner' : 'no_such_booking',
      new AppError('NOT_FOUND'),
    );
  authorize(pickupPolicy, ctx.actor, 'booking.own', { ownerId: booking.account_id });
  return booking;
}

export const notActive = (status: string) =>
  new AppError('CONFLICT', {
    vi: status === 'served' ? 'Lịch hẹn này đã được phục vụ.' : 'Lịch hẹn này đã bị hủy.',
    en: status === 'served' ? 'This booking was already served.' : 'This booking was cancelled.',
    extra: { reason: 'not_active', status },
  });
