import type { Executor } from '../../../platform/db';

/** The rule version in force on a local date: the latest one that took effect on or before it. */
export async function findRuleInForce(db: Executor, localDate: string) {
  return db
    .selectFrom('feedback_rules')
    .selectAll()
    .where('effective_from', '<=', localDate)
    .orderBy('effective_from', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function findRuleById(db: Executor, id: string) {
  return db.selectFrom('feedback_rules').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findRulesByIds(db: Executor, ids: string[]) {
  if (!ids.length) return [];
  return db.selectFrom('feedback_rules').selectAll().where('id', 'in', ids).execute();
}
