import type { Executor } from '../../../platform/db';

/**
 * Next sequence number of the day for an agency. The upsert's row lock makes concurrent callers
 * wait for each other; a rolled-back submission rolls its number back too, so there are no gaps.
 */
export async function nextSequence(db: Executor, orgId: string, day: string): Promise<number> {
  const row = await db
    .insertInto('dossier_counters')
    .values({ org_id: orgId, day, last_seq: 1 })
    .onConflict((oc) =>
      oc
        .columns(['org_id', 'day'])
        .doUpdateSet((eb) => ({ last_seq: eb('dossier_counters.last_seq', '+', 1) })),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}
