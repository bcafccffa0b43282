import type { z } from 'zod';
import type { CounterBoard } from '../../../../contracts/pickup';
import type { Actor } from '../../../platform/auth';
import type { PickupDeps } from '../deps';
import { presentTicket } from '../lib/present';
import { localDate } from '../lib/schedule';
import { listServices } from '../repo/desks.repo';
import { findCurrentOfCounter, waitingByLetter } from '../repo/queue.repo';
import { staffCounter } from './call-next';

/** A counter's call screen: the number it serves now and who waits for its services. */
export async function getCounterBoard(
  input: { actor: Actor; counterId: string; now?: Date },
  deps: PickupDeps,
): Promise<z.infer<typeof CounterBoard>> {
  const counter = await staffCounter(deps, input.actor, input.counterId, 'desk.view');
  const day = localDate(input.now ?? new Date());
  const [current, waiting, services] = await Promise.all([
    findCurrentOfCounter(deps.db, counter.id, day),
    waitingByLetter(deps.db, counter.agency_id, day),
    listServices(deps.db, counter.agency_id),
  ]);
  return {
    counter: {
      id: counter.id,
      number: counter.number,
      name: counter.name,
      services: counter.services,
      active: counter.active,
    },
    current: current
      ? presentTicket(
          current,
          services.find((s) => s.letter === current.letter),
          counter.number,
          0,
        )
      : null,
    waiting: counter.services.map((letter) => {
      const w = waiting.find((x) => x.letter === letter);
      return { letter, count: w?.count ?? 0, next: w?.next ?? null };
    }),
  };
}
