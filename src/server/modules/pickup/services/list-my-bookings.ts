import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { PickupDeps } from '../deps';
import { type LoadedDesk, loadDesk } from '../lib/desk';
import { presentBooking } from '../lib/present';
import { listBookingsOfAccount } from '../repo/bookings.repo';

/** The citizen's pickup bookings, latest slot first. */
export async function listMyBookings(input: { actor: Actor }, deps: PickupDeps) {
  if (input.actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (input.actor.kind !== 'citizen') throw new AppError('FORBIDDEN');
  const rows = await listBookingsOfAccount(deps.db, input.actor.accountId, 100);
  const desks = new Map<string, LoadedDesk | undefined>();
  const items = [];
  for (const b of rows) {
    if (!desks.has(b.agency_id)) desks.set(b.agency_id, await loadDesk(deps.db, b.agency_id));
    const desk = desks.get(b.agency_id);
    if (desk) items.push(presentBooking(b, desk.agency, desk.slotMinutes));
  }
  return items;
}
