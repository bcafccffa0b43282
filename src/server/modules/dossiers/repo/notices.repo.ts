import type { Insertable } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { NoticeTable } from '../tables';

export async function insertNotice(db: Executor, values: Insertable<NoticeTable>) {
  await db
    .insertInto('notices')
    .values(values)
    .onConflict((oc) => oc.column('source_event').doNothing())
    .execute();
}

export async function listNotices(db: Executor, accountId: string, limit: number) {
  return db
    .selectFrom('notices')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}
