import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { PickupDeps } from '../deps';
import { announce } from '../lib/live';
import { pickupPolicy } from '../policy';
import { findCounter, findDesk } from '../repo/desks.repo';
import { appendEvent } from '../repo/events.repo';
import { findTicket, lockTicket, updateTicket } from '../repo/queue.repo';
import { getCounterBoard } from './counter-board';

/**
 * At the counter: call the number again (recall), or end it as served or as a no-show. Only a
 * called ticket can be acted on; anything else is a 409 with its status.
 */
export async function actOnTicket(
  input: {
    actor: Actor;
    ticketId: string;
    action: 'recall' | 'serve' | 'no_show';
    requestId: string;
    now?: Date;
  },
  deps: PickupDeps,
) {
  if (input.actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  const now = input.now ?? new Date();
  const ticket = await findTicket(deps.db, input.ticketId);
  const desk = ticket ? await findDesk(deps.db, ticket.agency_id) : undefined;
  authorize(pickupPolicy, input.actor, 'desk.serve', { agencyPath: desk?.agency_path ?? '/unknown/' });
  if (!ticket || !desk || !ticket.counter_id) throw new AppError('NOT_FOUND');
  const counter = await findCounter(deps.db, ticket.counter_id);
  if (!counter) throw new AppError('NOT_FOUND');
  const row = await deps.db.transaction().execute(async (trx) => {
    const current = await lockTicket(trx, ticket.id);
    if (current?.status !== 'called')
      throw new AppError('INVALID_TRANSITION', {
        vi: 'Số này không còn đang được gọi.',
        en: 'This number is no longer being called.',
        extra: { status: current?.status ?? null },
      });
    const updated =
      input.action === 'recall'
        ? await updateTicket(trx, ticket.id, { calls: current.calls + 1, called_at: now })
        : await updateTicket(trx, ticket.id, {
            status: input.action === 'serve' ? 'served' : 'no_show',
            ended_at: now,
          });
    const actorId = input.actor.kind === 'staff' ? input.actor.accountId : null;
    await appendEvent(trx, {
      agencyId: ticket.agency_id,
      subjectType: 'ticket',
      subjectId: ticket.id,
      kind: input.action === 'recall' ? 'recalled' : input.action === 'serve' ? 'served' : 'no_show',
      actor: { type: 'staff', id: actorId },
      data: { counter: counter.number },
    });
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: `pickup.ticket.${input.action}`,
      subject: { type: 'pickup_ticket', id: ticket.id },
      agencyId: ticket.agency_id,
      data: { number: ticket.number, counter: counter.number },
      requestId: input.requestId,
    });
    return updated;
  });
  announce(deps.bus, ticket.agency_id, {
    kind: input.action === 'recall' ? 'recalled' : 'ended',
    number: row.number,
    counterNumber: counter.number,
    counterName: counter.name,
    at: now.toISOString(),
  });
  return getCounterBoard({ actor: input.actor, counterId: counter.id, now }, deps);
}
