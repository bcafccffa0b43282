import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { PickupDeps } from '../deps';
import { announce } from '../lib/live';
import { localDate } from '../lib/schedule';
import { pickupPolicy } from '../policy';
import { findCounter, findDesk } from '../repo/desks.repo';
import { appendEvent } from '../repo/events.repo';
import { findCurrentOfCounter, lockNextWaiting, updateTicket } from '../repo/queue.repo';
import { getCounterBoard } from './counter-board';

/** The counter of a staff action, checked against the desk's agency (unknown or out of scope → 404). */
export async function staffCounter(
  deps: Pick<PickupDeps, 'db'>,
  actor: Actor,
  counterId: string,
  action: 'desk.view' | 'desk.serve',
) {
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  const counter = await findCounter(deps.db, counterId);
  const desk = counter ? await findDesk(deps.db, counter.agency_id) : undefined;
  authorize(pickupPolicy, actor, action, { agencyPath: desk?.agency_path ?? '/unknown/' });
  if (!counter || !desk) throw new AppError('NOT_FOUND');
  return counter;
}

/**
 * The receiver at a counter calls the next waiting number of the services the counter serves. The
 * ticket row is taken with SKIP LOCKED, so two counters calling together never call one person.
 */
export async function callNext(
  input: { actor: Actor; counterId: string; requestId: string; now?: Date },
  deps: PickupDeps,
) {
  const now = input.now ?? new Date();
  const counter = await staffCounter(deps, input.actor, input.counterId, 'desk.serve');
  if (!counter.active)
    throw new AppError('CONFLICT', { vi: 'Quầy đang tạm ngừng.', en: 'The counter is inactive.' });
  const day = localDate(now);
  const called = await deps.db.transaction().execute(async (trx) => {
    if (await findCurrentOfCounter(trx, counter.id, day))
      throw new AppError('CONFLICT', {
        vi: 'Quầy đang phục vụ một số; hãy đánh dấu đã phục vụ hoặc vắng mặt trước.',
        en: 'The counter is serving a number; mark it served or no-show first.',
        extra: { reason: 'serving' },
      });
    const next = await lockNextWaiting(trx, counter.agency_id, day, counter.services);
    if (!next)
      throw new AppError('CONFLICT', {
        vi: 'Không còn số nào đang chờ.',
        en: 'Nobody is waiting.',
        extra: { reason: 'queue_empty' },
      });
    const row = await updateTicket(trx, next.id, {
      status: 'called',
      counter_id: counter.id,
      called_at: now,
      calls: 1,
    });
    const actorId = input.actor.kind === 'staff' ? input.actor.accountId : null;
    await appendEvent(trx, {
      agencyId: counter.agency_id,
      subjectType: 'ticket',
      subjectId: row.id,
      kind: 'called',
      actor: { type: 'staff', id: actorId },
      data: { counter: counter.number },
    });
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: 'pickup.ticket.called',
      subject: { type: 'pickup_ticket', id: row.id },
      agencyId: counter.agency_id,
      data: { number: row.number, counter: counter.number },
      requestId: input.requestId,
    });
    return row;
  });
  announce(deps.bus, counter.agency_id, {
    kind: 'called',
    number: called.number,
    counterNumber: counter.number,
    counterName: counter.name,
    at: now.toISOString(),
  });
  return getCounterBoard({ actor: input.actor, counterId: counter.id, now }, deps);
}
