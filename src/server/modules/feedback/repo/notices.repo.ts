import type { Insertable } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { FeedbackNoticeTable } from '../tables';

/** Keyed by the outbox event: a redelivered job inserts nothing. */
export async function insertFeedbackNotice(db: Executor, values: Insertable<FeedbackNoticeTable>) {
  await db
    .insertInto('feedback_notices')
    .values(values)
    .onConflict((oc) => oc.column('source_event').doNothing())
    .execute();
}

export async function listFeedbackNotices(db: Executor, accountId: string, limit: number) {
  return db
    .selectFrom('feedback_notices')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}
