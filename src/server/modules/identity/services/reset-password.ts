import { appendAudit } from '../../../platform/audit';
import { randomToken, sha256Hex } from '../../../platform/crypto';
import { AppError } from '../../../platform/errors';
import { publish } from '../../../platform/outbox';
import type { IdentityDeps, RequestContext } from '../deps';
import { normaliseLogin } from '../lib/login-name';
import { assertStrongPassword, hashPassword } from '../lib/passwords';
import { findAccount, findAccountByLogin, updateAccount } from '../repo/accounts.repo';
import {
  consumeCode,
  deleteSessionsOfAccount,
  findCodeByHash,
  insertOneTimeCode,
} from '../repo/sessions.repo';

export const RESET_MINUTES = 30;
export const RESET_TOPIC = 'identity.password_reset_requested';

/**
 * Sends a one-time reset link to the account's e-mail. The answer is the same whether or not the
 * login exists, so the endpoint does not reveal who has an account.
 */
export async function requestPasswordReset(
  input: { login: string; context: RequestContext },
  deps: IdentityDeps,
): Promise<void> {
  const account = await findAccountByLogin(deps.db, normaliseLogin(input.login));
  if (account?.status !== 'active' || !account.email) return;
  const token = randomToken();
  await deps.db.transaction().execute(async (trx) => {
    await insertOneTimeCode(trx, {
      accountId: account.id,
      purpose: 'password_reset',
      codeHash: sha256Hex(token),
      expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
    });
    await publish(trx, {
      topic: RESET_TOPIC,
      payload: { to: account.email, link: `${deps.config.publicUrl}/dat-lai-mat-khau?token=${token}` },
    });
    await appendAudit(trx, {
      actor: { type: 'anonymous' },
      action: 'auth.password_reset_requested',
      subject: { type: 'account', id: account.id },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
  });
}

/** Outbox handler. */
export async function deliverResetLink(payload: Record<string, unknown>, deps: Pick<IdentityDeps, 'mailer'>) {
  await deps.mailer.send({
    to: String(payload.to),
    template: 'password-reset',
    data: { link: String(payload.link), minutesValid: RESET_MINUTES },
  });
}

/** Sets a new password with a reset link's token, once; every session of the account ends. */
export async function resetPassword(
  input: { token: string; password: string; context: RequestContext },
  deps: IdentityDeps,
) {
  const now = new Date();
  const probe = await findCodeByHash(deps.db, sha256Hex(input.token), 'password_reset');
  const account = probe ? await findAccount(deps.db, probe.account_id) : undefined;
  if (!probe || !account || probe.consumed_at || new Date(probe.expires_at) <= now)
    throw new AppError('GONE');
  assertStrongPassword(input.password, [account.phone, account.email?.split('@')[0], account.username]);
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction().execute(async (trx) => {
    const code = await findCodeByHash(trx, sha256Hex(input.token), 'password_reset');
    if (!code || code.consumed_at) throw new AppError('GONE');
    await consumeCode(trx, code.id, now);
    await updateAccount(trx, account.id, { password_hash: passwordHash });
    const ended = await deleteSessionsOfAccount(trx, account.id);
    await appendAudit(trx, {
      actor: { type: account.kind, id: account.id },
      action: 'auth.password_reset',
      subject: { type: 'account', id: account.id },
      data: { sessions_ended: ended },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
  });
  deps.sessionCache.forgetAccount(account.id);
}
