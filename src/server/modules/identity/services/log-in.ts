import { appendAudit } from '../../../platform/audit';
import { AppError } from '../../../platform/errors';
import type { IdentityDeps, RequestContext } from '../deps';
import { normaliseLogin } from '../lib/login-name';
import { burnPasswordCheck, verifyPassword } from '../lib/passwords';
import { countFailure, ipKey, lockedUntil, loginKey, resetFailures, THROTTLE } from '../lib/throttle';
import { findAccountByLogin, updateAccount } from '../repo/accounts.repo';
import { createSession, type NewSession } from './create-session';

export type LogInResult = NewSession & { accountId: string; mfa: 'none' | 'verify' | 'enrol' };

/**
 * Password sign-in. An unknown login and a wrong password get the same answer after the same
 * amount of work; failures count per login name and per IP and lock either for a while.
 */
export async function logIn(
  input: { login: string; password: string; previousToken?: string | undefined; context: RequestContext },
  deps: IdentityDeps,
): Promise<LogInResult> {
  const login = normaliseLogin(input.login);
  const now = new Date();
  const [loginLock, ipLock] = await Promise.all([
    lockedUntil(deps.db, loginKey(login), now),
    lockedUntil(deps.db, ipKey(input.context.ip), now),
  ]);
  if (ipLock) throw new AppError('RATE_LIMITED', { extra: { retry_after: ipLock.toISOString() } });
  if (loginLock) throw new AppError('LOCKED', { extra: { locked_until: loginLock.toISOString() } });

  const account = await findAccountByLogin(deps.db, login);
  let ok = false;
  if (account?.password_hash) ok = await verifyPassword(account.password_hash, input.password);
  else await burnPasswordCheck(input.password);

  if (!account || !ok || account.status === 'disabled') {
    await deps.db.transaction().execute(async (trx) => {
      const locked = await countFailure(trx, loginKey(login), THROTTLE.perLogin, now);
      const ipLocked = await countFailure(trx, ipKey(input.context.ip), THROTTLE.perIp, now);
      const base = {
        actor: { type: 'anonymous' as const },
        requestId: input.context.requestId,
        ip: input.context.ip,
      };
      await appendAudit(trx, {
        ...base,
        action: 'auth.login_failed',
        data: { login, known: Boolean(account) },
      });
      if (locked || ipLocked)
        await appendAudit(trx, {
          ...base,
          action: 'auth.locked',
          data: { key: locked ? loginKey(login) : ipKey(input.context.ip) },
        });
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (account.status === 'pending')
    throw new AppError('FORBIDDEN', {
      vi: 'Tài khoản chưa được kích hoạt. Vui lòng nhập mã xác nhận đã gửi cho bạn.',
      en: 'The account is not activated yet. Enter the confirmation code we sent you.',
      extra: { reason: 'not_activated' },
    });

  return deps.db.transaction().execute(async (trx) => {
    await resetFailures(trx, loginKey(login));
    const mfa = account.kind !== 'staff' ? 'none' : account.totp_enabled_at ? 'verify' : 'enrol';
    const session = await createSession(
      trx,
      {
        accountId: account.id,
        previousToken: input.previousToken,
        mfaVerified: false,
        context: input.context,
      },
      deps,
    );
    await updateAccount(trx, account.id, { last_login_at: now });
    await appendAudit(trx, {
      actor: { type: account.kind, id: account.id },
      action: 'auth.login',
      subject: { type: 'account', id: account.id },
      data: { method: 'password', mfa },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
    return { ...session, accountId: account.id, mfa };
  });
}
