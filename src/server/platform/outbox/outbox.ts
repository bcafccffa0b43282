import { type RawBuilder, sql } from 'kysely';
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

/**
 * The same event as a common table expression named `outbox_event`, for a change written by one
 * statement (`with …, ${cte} …`): the event is recorded exactly when the one-row CTE named `after`
 * has its row, and `fill` puts values known only inside the statement into top-level keys of the
 * payload (SQL text expressions that may read that CTE). It commits or rolls back with the statement.
 */
export function outboxEventSql(
  event: OutboxEvent,
  options: { after: string; fill?: Record<string, RawBuilder<unknown>> },
): RawBuilder<unknown> {
  const fill = Object.entries(options.fill ?? {});
  const payload = fill.length
    ? sql`${JSON.stringify(event.payload)}::jsonb || jsonb_build_object(${sql.join(
        fill.map(([key, expr]) => sql`${key}::text, (${expr})::text`),
      )})`
    : sql`${JSON.stringify(event.payload)}::jsonb`;
  return sql`outbox_event as (
      insert into outbox (topic, payload, agency_id)
      select ${event.topic}, ${payload}, ${event.agencyId ?? null} from ${sql.table(options.after)}
      returning id
    )`;
}
