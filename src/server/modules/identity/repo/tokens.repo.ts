import type { Executor } from '../../../platform/db';

export async function insertApiToken(
  db: Executor,
  v: {
    agencyId: string;
    name: string;
    tokenHash: string;
    prefix: string;
    scopes: string[];
    createdBy: string;
    expiresAt: Date | null;
  },
) {
  return db
    .insertInto('api_tokens')
    .values({
      agency_id: v.agencyId,
      name: v.name,
      token_hash: v.tokenHash,
      prefix: v.prefix,
      scopes: v.scopes,
      created_by: v.createdBy,
      expires_at: v.expiresAt,
    })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function findApiTokenByHash(db: Executor, tokenHash: string) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('agencies as a', 'a.id', 't.agency_id')
    .select([
      't.id',
      't.agency_id',
      'a.path as agency_path',
      't.scopes',
      't.expires_at',
      't.revoked_at',
      't.last_used_at',
    ])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function findApiToken(db: Executor, id: string) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('agencies as a', 'a.id', 't.agency_id')
    .select(['t.id', 't.agency_id', 'a.path as agency_path', 't.revoked_at'])
    .where('t.id', '=', id)
    .executeTakeFirst();
}

export async function listApiTokens(db: Executor, agencyId: string) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'prefix', 'scopes', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'])
    .where('agency_id', '=', agencyId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function markTokenUsed(db: Executor, id: string, at: Date) {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

export async function revokeApiToken(db: Executor, id: string, at: Date) {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}
