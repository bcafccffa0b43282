import type { z } from 'zod';
import type { FreeSlots } from '../../../../contracts/pickup';
import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { PickupDeps } from '../deps';
import { deskForDossier, pickupWindow } from '../lib/desk';
import { ownDossier } from '../lib/own-dossier';
import { presentDesk } from '../lib/present';
import { addDays, localInstant, slotStarts } from '../lib/schedule';
import { listSlotCounts } from '../repo/slots.repo';

/** 409 telling why a dossier cannot be booked for pickup. */
export function notBookable(reason: 'no_appointment' | 'ended' | 'no_desk') {
  const text = {
    no_appointment: ['Hồ sơ chưa có ngày hẹn trả kết quả.', 'The dossier has no appointment date yet.'],
    ended: [
      'Hồ sơ đã kết thúc, không còn kết quả chờ nhận.',
      'The dossier is over; there is no result to pick up.',
    ],
    no_desk: [
      'Nơi tiếp nhận hồ sơ chưa mở đặt lịch nhận kết quả.',
      'The receiving agency does not take pickup bookings yet.',
    ],
  }[reason];
  return new AppError('CONFLICT', { vi: text[0], en: text[1], extra: { reason } });
}

/**
 * The slots a citizen may book for their dossier: open days of the desk from the appointment date (or
 * today, when the result is ready) over the desk's horizon, each slot with its free places. Slots that
 * have started are left out; full ones are listed with 0 free so the picker can show them greyed.
 */
export async function listFreeSlots(
  input: { actor: Actor; dossierId: string; requestId: string; now?: Date },
  deps: PickupDeps,
): Promise<z.infer<typeof FreeSlots>> {
  const now = input.now ?? new Date();
  const dossier = await ownDossier(deps, input, input.dossierId, 'pickup.slots');
  const window = pickupWindow(dossier, now);
  if (!window.eligible) throw notBookable(window.reason);
  const desk = await deskForDossier(deps.db, dossier);
  if (!desk) throw notBookable('no_desk');
  const last = addDays(window.earliest, desk.horizonDays);
  const counts = await listSlotCounts(
    deps.db,
    desk.agency.id,
    localInstant(window.earliest, 0),
    localInstant(last, 0),
  );
  const byStart = new Map(counts.map((c) => [new Date(c.starts_at).getTime(), c]));
  const days: z.infer<typeof FreeSlots>['days'] = [];
  const closedDays: z.infer<typeof FreeSlots>['closedDays'] = [];
  for (let date = window.earliest; date < last; date = addDays(date, 1)) {
    const starts = slotStarts(deps.calendar, desk.schedule, date);
    if (!starts.length) {
      closedDays.push({ date, holiday: deps.calendar.holidayName(date) });
      continue;
    }
    const slots = starts
      .filter((s) => s.getTime() > now.getTime())
      .map((s) => {
        const row = byStart.get(s.getTime());
        const capacity = row?.capacity ?? desk.slotCapacity;
        return {
          startsAt: s.toISOString(),
          endsAt: new Date(s.getTime() + desk.slotMinutes * 60_000).toISOString(),
          capacity,
          free: Math.max(0, capacity - (row?.booked ?? 0)),
        };
      });
    if (slots.length) days.push({ date, slots });
  }
  return {
    desk: presentDesk(desk.agency),
    dossierCode: dossier.code,
    earliestDate: window.earliest,
    days,
    closedDays,
  };
}
