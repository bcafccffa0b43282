import { sql, type Updateable } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { PickupTicketTable } from '../tables';

/**
 * The next number of a service at a desk on a day. The upsert takes the counter row's lock, so two
 * kiosks never get the same number, and a rolled-back ticket gives its number back: no gaps.
 */
export async function nextQueueSeq(
  trx: Executor,
  agencyId: string,
  day: string,
  letter: string,
): Promise<number> {
  const row = await trx
    .insertInto('pickup_queue_days')
    .values({ agency_id: agencyId, day, letter, last_seq: 1 })
    .onConflict((oc) =>
      oc
        .columns(['agency_id', 'day', 'letter'])
        .doUpdateSet({ last_seq: sql`pickup_queue_days.last_seq + 1` }),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}

export async function insertTicket(
  trx: Executor,
  t: { agency_id: string; day: string; letter: string; seq: number; number: string; taken_at: Date },
) {
  return trx
    .insertInto('pickup_tickets')
    .values({ ...t, status: 'waiting' })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findTicket(db: Executor, id: string) {
  return db.selectFrom('pickup_tickets').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockTicket(trx: Executor, id: string) {
  return trx.selectFrom('pickup_tickets').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateTicket(trx: Executor, id: string, values: Updateable<PickupTicketTable>) {
  return trx
    .updateTable('pickup_tickets')
    .set(values)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * The first waiting ticket of the given services, oldest first, locked and skipped by a concurrent
 * caller (two counters pressing "next" together get two different people).
 */
export async function lockNextWaiting(trx: Executor, agencyId: string, day: string, letters: string[]) {
  if (!letters.length) return undefined;
  return trx
    .selectFrom('pickup_tickets')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('day', '=', day)
    .where('status', '=', 'waiting')
    .where('letter', 'in', letters)
    .orderBy('taken_at')
    .orderBy('seq')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

/** The ticket a counter is serving now (called, not yet ended). */
export async function findCurrentOfCounter(db: Executor, counterId: string, day: string) {
  return db
    .selectFrom('pickup_tickets')
    .selectAll()
    .where('counter_id', '=', counterId)
    .where('day', '=', day)
    .where('status', '=', 'called')
    .orderBy('called_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function waitingByLetter(db: Executor, agencyId: string, day: string) {
  const rows = await db
    .selectFrom('pickup_tickets')
    .select(['letter', (eb) => eb.fn.countAll<number>().as('count'), (eb) => eb.fn.min('number').as('next')])
    .where('agency_id', '=', agencyId)
    .where('day', '=', day)
    .where('status', '=', 'waiting')
    .groupBy('letter')
    .execute();
  return rows.map((r) => ({ letter: r.letter, count: Number(r.count), next: r.next as string | null }));
}

export async function countWaitingBefore(
  db: Executor,
  t: { agency_id: string; day: string; letter: string; seq: number },
) {
  const r = await db
    .selectFrom('pickup_tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agency_id', '=', t.agency_id)
    .where('day', '=', t.day)
    .where('letter', '=', t.letter)
    .where('status', '=', 'waiting')
    .where('seq', '<', t.seq)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The latest calls of the day, newest first, with their counters (the waiting-room screen). */
export async function listRecentCalls(db: Executor, agencyId: string, day: string, limit: number) {
  return db
    .selectFrom('pickup_tickets as t')
    .innerJoin('pickup_counters as c', 'c.id', 't.counter_id')
    .select(['t.number', 't.called_at', 'c.number as counter_number', 'c.name as counter_name'])
    .where('t.agency_id', '=', agencyId)
    .where('t.day', '=', day)
    .where('t.called_at', 'is not', null)
    .where('t.status', 'in', ['called', 'served'])
    .orderBy('t.called_at', 'desc')
    .limit(limit)
    .execute();
}
