import type { Executor } from '../../../platform/db';

export async function replaceRecoveryCodes(db: Executor, accountId: string, codeHashes: string[]) {
  await db.deleteFrom('mfa_recovery_codes').where('account_id', '=', accountId).execute();
  await db
    .insertInto('mfa_recovery_codes')
    .values(codeHashes.map((code_hash) => ({ account_id: accountId, code_hash })))
    .execute();
}

/** Marks an unused recovery code used; true when one matched. */
export async function consumeRecoveryCode(db: Executor, accountId: string, codeHash: string, at: Date) {
  const r = await db
    .updateTable('mfa_recovery_codes')
    .set({ used_at: at })
    .where('account_id', '=', accountId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function countUnusedRecoveryCodes(db: Executor, accountId: string) {
  const r = await db
    .selectFrom('mfa_recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
