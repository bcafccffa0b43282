import type { z } from 'zod';
import type { DisplayBoard, KioskInfo } from '../../../../contracts/pickup';
import { AppError } from '../../../platform/errors';
import type { PickupDeps } from '../deps';
import { loadDesk } from '../lib/desk';
import { presentDesk } from '../lib/present';
import { localDate } from '../lib/schedule';
import { listServices } from '../repo/desks.repo';
import { listRecentCalls, waitingByLetter } from '../repo/queue.repo';

/** The waiting-room screen's state (public): the latest calls of today and how many wait. */
export async function getDisplayBoard(
  input: { agencyId: string; now?: Date },
  deps: PickupDeps,
): Promise<z.infer<typeof DisplayBoard>> {
  const desk = await loadDesk(deps.db, input.agencyId);
  if (!desk) throw new AppError('NOT_FOUND');
  const day = localDate(input.now ?? new Date());
  const [calls, waiting] = await Promise.all([
    listRecentCalls(deps.db, desk.agency.id, day, 8),
    waitingByLetter(deps.db, desk.agency.id, day),
  ]);
  return {
    desk: presentDesk(desk.agency),
    date: day,
    calls: calls.map((c) => ({
      number: c.number,
      counterNumber: c.counter_number,
      counterName: c.counter_name,
      calledAt: new Date(c.called_at!).toISOString(),
    })),
    waiting: waiting.reduce((n, w) => n + w.count, 0),
  };
}

/** The kiosk's services with how many people wait for each (public). */
export async function getKiosk(
  input: { agencyId: string; now?: Date },
  deps: PickupDeps,
): Promise<z.infer<typeof KioskInfo>> {
  const desk = await loadDesk(deps.db, input.agencyId);
  if (!desk) throw new AppError('NOT_FOUND');
  const day = localDate(input.now ?? new Date());
  const [services, waiting] = await Promise.all([
    listServices(deps.db, desk.agency.id),
    waitingByLetter(deps.db, desk.agency.id, day),
  ]);
  return {
    desk: presentDesk(desk.agency),
    services: services.map((s) => ({
      letter: s.letter,
      nameVi: s.name_vi,
      nameEn: s.name_en,
      waiting: waiting.find((w) => w.letter === s.letter)?.count ?? 0,
    })),
  };
}
