import type { z } from 'zod';
import type { DossierPickup } from '../../../../contracts/pickup';
import type { Actor } from '../../../platform/auth';
import type { PickupDeps } from '../deps';
import { deskForDossier, loadDesk, pickupWindow } from '../lib/desk';
import { ownDossier } from '../lib/own-dossier';
import { presentBooking, presentPostal } from '../lib/present';
import { findActiveBookingOfDossier } from '../repo/bookings.repo';
import { findActivePostalOfDossier } from '../repo/postal.repo';

/** What the pickup panel of a citizen's dossier page shows: may they book, their booking, their postal request. */
export async function getDossierPickup(
  input: { actor: Actor; dossierId: string; requestId: string; now?: Date },
  deps: PickupDeps,
): Promise<z.infer<typeof DossierPickup>> {
  const dossier = await ownDossier(deps, input, input.dossierId, 'pickup.view');
  const window = pickupWindow(dossier, input.now ?? new Date());
  const desk = window.eligible ? await deskForDossier(deps.db, dossier) : undefined;
  const active = await findActiveBookingOfDossier(deps.db, dossier.id);
  const bookingDesk = active ? await loadDesk(deps.db, active.agency_id) : undefined;
  const postal = await findActivePostalOfDossier(deps.db, dossier.id);
  return {
    eligible: window.eligible && Boolean(desk),
    reason: window.eligible ? (desk ? null : 'no_desk') : window.reason,
    booking:
      active && bookingDesk ? presentBooking(active, bookingDesk.agency, bookingDesk.slotMinutes) : null,
    postal: postal ? presentPostal(postal) : null,
  };
}
