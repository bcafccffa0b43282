import type { Executor } from '../../../platform/db';

/**
 * Claims an idempotency key for this request. Returns the dossier of an earlier request with the
 * same key (same or different body), or undefined when the key is new. A concurrent duplicate
 * waits on the unique index until the first commits, then sees its row.
 */
export async function claimKey(
  db: Executor,
  v: { scope: string; key: string; requestHash: string; dossierId: string },
) {
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({ scope: v.scope, key: v.key, request_hash: v.requestHash, dossier_id: v.dossierId })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .returning('dossier_id')
    .executeTakeFirst();
  if (inserted) return undefined;
  return db
    .selectFrom('idempotency_keys')
    .select(['dossier_id', 'request_hash'])
    .where('scope', '=', v.scope)
    .where('key', '=', v.key)
    .executeTakeFirstOrThrow();
}

export async function findKey(db: Executor, scope: string, key: string) {
  return db
    .selectFrom('idempotency_keys')
    .select(['dossier_id', 'request_hash'])
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirst();
}
