import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { PickupDeps } from '../deps';
import { ticketNumber } from '../lib/codes';
import { loadDesk } from '../lib/desk';
import { announce } from '../lib/live';
import { presentTicket } from '../lib/present';
import { hoursOn, localDate } from '../lib/schedule';
import { listServices } from '../repo/desks.repo';
import { appendEvent } from '../repo/events.repo';
import { countWaitingBefore, insertTicket, nextQueueSeq } from '../repo/queue.repo';

/**
 * A walk-in visitor takes a queue number for a service at the kiosk (public). Numbers run per desk,
 * service and local day without gaps (A001, A002 …), even when kiosks press at the same instant.
 */
export async function takeTicket(
  input: { actor: Actor; agencyId: string; letter: string; requestId: string; ip?: string; now?: Date },
  deps: PickupDeps,
) {
  const now = input.now ?? new Date();
  const desk = await loadDesk(deps.db, input.agencyId);
  if (!desk) throw new AppError('NOT_FOUND');
  const services = await listServices(deps.db, desk.agency.id);
  const service = services.find((s) => s.letter === input.letter);
  if (!service)
    throw new AppError('VALIDATION_FAILED', {
      vi: 'Dịch vụ này không có tại quầy.',
      en: 'This desk has no such service.',
      fields: [{ path: 'body.letter', vi: 'Không có dịch vụ này.', en: 'No such service.' }],
    });
  const day = localDate(now);
  if (!hoursOn(deps.calendar, desk.schedule, day).length)
    throw new AppError('CONFLICT', {
      vi: 'Hôm nay bộ phận một cửa không làm việc.',
      en: 'The desk is closed today.',
      extra: { reason: 'closed' },
    });
  const ticket = await deps.db.transaction().execute(async (trx) => {
    const seq = await nextQueueSeq(trx, desk.agency.id, day, input.letter);
    const row = await insertTicket(trx, {
      agency_id: desk.agency.id,
      day,
      letter: input.letter,
      seq,
      number: ticketNumber(input.letter, seq),
      taken_at: now,
    });
    await appendEvent(trx, {
      agencyId: desk.agency.id,
      subjectType: 'ticket',
      subjectId: row.id,
      kind: 'taken',
      actor: { type: 'anonymous' },
      data: { number: row.number },
    });
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: 'pickup.ticket.taken',
      subject: { type: 'pickup_ticket', id: row.id },
      agencyId: desk.agency.id,
      data: { number: row.number, day },
      requestId: input.requestId,
      ip: input.ip ?? null,
    });
    return row;
  });
  announce(deps.bus, desk.agency.id, {
    kind: 'taken',
    number: ticket.number,
    counterNumber: null,
    counterName: null,
    at: now.toISOString(),
  });
  return presentTicket(ticket, service, null, await countWaitingBefore(deps.db, ticket));
}
