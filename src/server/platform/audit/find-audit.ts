import type { Executor } from '../db';

/** Audit records about one subject, newest first (the "who looked at my data" view reads this). */
export async function listAuditForSubject(db: Executor, subject: { type: string; id: string }, limit = 200) {
  return db
    .selectFrom('audit_log')
    .select(['occurred_at', 'action', 'actor_type', 'actor_id', 'agency_id', 'data'])
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .orderBy('occurred_at', 'desc')
    .limit(limit)
    .execute();
}
