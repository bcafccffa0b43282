import type { Executor } from '../../../platform/db';

/**
 * What the inbox shows beyond its list query, for the rows of one page: when each was claimed, and
 * the procedure version (for the receive-step budget of online dossiers waiting for the desk).
 */
export async function findInboxExtras(db: Executor, ids: string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('dossiers')
    .select(['id', 'claimed_at', 'procedure_version_id'])
    .where('id', 'in', ids)
    .execute();
}
