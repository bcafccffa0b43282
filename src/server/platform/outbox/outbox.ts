import type { Executor } from '../db';

export type OutboxEvent = { topic: string; payload: Record<string, unknown>; agencyId?: string | null };

/**
 * Records an event in the caller's transaction. It is handed to the job queue only after that
 * transaction commits, so a side effect never happens for a change that rolled back and is never
 * lost for one that committed.
 */
export async function publish(trx: Executor, event: OutboxEvent): Promise<number> {
  const row = await trx
    .insertInto('outbox')
    .values({ topic: event.topic, payload: JSON.stringify(event.payload), agency_id: event.agencyId ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}
