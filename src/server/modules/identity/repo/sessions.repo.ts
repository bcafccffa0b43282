import { sql } from 'kysely';
import type { Executor } from '../../../platform/db';

export async function insertSession(
  db: Executor,
  s: {
    idHash: string;
    accountId: string;
    csrfToken: string;
    expiresAt: Date;
    mfaVerifiedAt: Date | null;
    ip: string;
    userAgent: string | null;
  },
) {
  await db
    .insertInto('sessions')
    .values({
      id_hash: s.idHash,
      account_id: s.accountId,
      csrf_token: s.csrfToken,
      expires_at: s.expiresAt,
      mfa_verified_at: s.mfaVerifiedAt,
      ip: s.ip,
      user_agent: s.userAgent,
    })
    .execute();
}

export async function findSession(db: Executor, idHash: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .select([
      's.id_hash',
      's.account_id',
      's.csrf_token',
      's.created_at',
      's.last_seen_at',
      's.expires_at',
      's.mfa_verified_at',
      's.acting_organisation_id',
      'a.kind',
      'a.status',
      'a.totp_enabled_at',
    ])
    .where('s.id_hash', '=', idHash)
    .executeTakeFirst();
}

export async function touchSession(db: Executor, idHash: string, at: Date) {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
}

export async function updateSession(
  db: Executor,
  idHash: string,
  values: { mfa_verified_at?: Date; acting_organisation_id?: string | null },
) {
  await db.updateTable('sessions').set(values).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Executor, idHash: string) {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOfAccount(db: Executor, accountId: string) {
  const r = await db.deleteFrom('sessions').where('account_id', '=', accountId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function findThrottle(db: Executor, key: string) {
  return db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
}

/** Counts one failure in the key's window (restarting an expired window) and returns the new state. */
export async function recordFailure(db: Executor, key: string, now: Date, windowMs: number) {
  const windowStart = new Date(now.getTime() - windowMs);
  return db
    .insertInto('login_throttle')
    .values({ key, failures: 1, window_started_at: now, locked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql`case when login_throttle.window_started_at < ${windowStart} then 1 else login_throttle.failures + 1 end`,
        window_started_at: sql`case when login_throttle.window_started_at < ${windowStart} then ${now} else login_throttle.window_started_at end`,
      }),
    )
    .returning(['failures', 'locked_until'])
    .executeTakeFirstOrThrow();
}

export async function lockKey(db: Executor, key: string, until: Date) {
  await db.updateTable('login_throttle').set({ locked_until: until }).where('key', '=', key).execute();
}

export async function clearThrottle(db: Executor, key: string) {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

export async function insertOneTimeCode(
  db: Executor,
  v: { accountId: string; purpose: 'activate' | 'password_reset'; codeHash: string; expiresAt: Date },
) {
  // A new code replaces any earlier one of the same purpose.
  await db
    .updateTable('one_time_codes')
    .set({ consumed_at: new Date() })
    .where('account_id', '=', v.accountId)
    .where('purpose', '=', v.purpose)
    .where('consumed_at', 'is', null)
    .execute();
  await db
    .insertInto('one_time_codes')
    .values({ account_id: v.accountId, purpose: v.purpose, code_hash: v.codeHash, expires_at: v.expiresAt })
    .execute();
}

export async function findOpenCode(db: Executor, accountId: string, purpose: 'activate' | 'password_reset') {
  return db
    .selectFrom('one_time_codes')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('purpose', '=', purpose)
    .orderBy('created_at', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

export async function findCodeByHash(db: Executor, codeHash: string, purpose: 'activate' | 'password_reset') {
  return db
    .selectFrom('one_time_codes')
    .selectAll()
    .where('code_hash', '=', codeHash)
    .where('purpose', '=', purpose)
    .forUpdate()
    .executeTakeFirst();
}

export async function countCodeAttempt(db: Executor, id: string) {
  await db
    .updateTable('one_time_codes')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function consumeCode(db: Executor, id: string, at: Date) {
  await db.updateTable('one_time_codes').set({ consumed_at: at }).where('id', '=', id).execute();
}
