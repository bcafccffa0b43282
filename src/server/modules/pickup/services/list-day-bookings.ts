import type { z } from 'zod';
import type { DayBookings } from '../../../../contracts/pickup';
import type { Actor } from '../../../platform/auth';
import { findDossierSummary } from '../../dossiers';
import type { PickupDeps } from '../deps';
import { presentDesk } from '../lib/present';
import { addDays, localInstant } from '../lib/schedule';
import { staffDesk } from '../lib/staff-desk';
import { listBookingsBetween } from '../repo/bookings.repo';
import { listCounters } from '../repo/desks.repo';

/**
 * A desk's bookings of one local day with each dossier's applicant and current state, so the
 * receiver sees who comes when and opens the dossier to hand the result over (`return_result`).
 */
export async function listDayBookings(
  input: { actor: Actor; agencyId: string; date: string },
  deps: PickupDeps,
): Promise<z.infer<typeof DayBookings>> {
  const desk = await staffDesk(deps, input.actor, input.agencyId, 'desk.view');
  const rows = await listBookingsBetween(
    deps.db,
    desk.agency.id,
    localInstant(input.date, 0),
    localInstant(addDays(input.date, 1), 0),
  );
  const counters = new Map((await listCounters(deps.db, desk.agency.id)).map((c) => [c.id, c.number]));
  const items = [];
  for (const b of rows) {
    const d = await findDossierSummary(deps.db, b.dossier_id);
    items.push({
      id: b.id,
      code: b.code,
      dossierId: b.dossier_id,
      dossierCode: b.dossier_code,
      applicantName: d?.applicantName ?? '',
      dossierState: d?.state ?? 'unknown',
      startsAt: new Date(b.starts_at).toISOString(),
      status: b.status,
      counterNumber: b.served_counter_id ? (counters.get(b.served_counter_id) ?? null) : null,
    });
  }
  return { date: input.date, desk: presentDesk(desk.agency), slotMinutes: desk.slotMinutes, items };
}
