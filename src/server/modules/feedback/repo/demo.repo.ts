import type { Executor } from '../../../platform/db';

/**
 * Demo data only: the dossiers a citizen submitted, read from the platform audit log (the dossiers
 * module lists dossiers only for a signed-in request). Oldest first, as the demo created them.
 */
export async function listSubmittedDossierIds(db: Executor, citizenAccountId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['subject_id'])
    .where('action', '=', 'dossier.submitted')
    .where('subject_type', '=', 'dossier')
    .where('actor_id', '=', citizenAccountId)
    .orderBy('occurred_at')
    .execute();
  return rows.flatMap((r) => (r.subject_id ? [r.subject_id] : []));
}

export async function hasFeedback(db: Executor): Promise<boolean> {
  const row = await db.selectFrom('feedback_ratings').select('id').limit(1).executeTakeFirst();
  const c = await db.selectFrom('feedback_complaints').select('id').limit(1).executeTakeFirst();
  return Boolean(row || c);
}
