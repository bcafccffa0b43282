import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor, authorize } from '../../../platform/auth';
import { sha256Hex } from '../../../platform/crypto';
import { AppError } from '../../../platform/errors';
import type { IdentityDeps, RequestContext } from '../deps';
import { countFailure, lockedUntil, resetFailures } from '../lib/throttle';
import { checkTotp, openTotpSecret } from '../lib/totp';
import { identityPolicy } from '../policy';
import { findAccount, updateAccount } from '../repo/accounts.repo';
import { consumeRecoveryCode, countUnusedRecoveryCodes } from '../repo/mfa.repo';
import { updateSession } from '../repo/sessions.repo';

const MFA_LIMIT = 5;

/**
 * Second step of a staff sign-in: a TOTP code (each time step accepted once) or a recovery code
 * (each usable once). Five wrong codes lock the second step for a while.
 */
export async function verifyMfa(
  input: {
    actor: Actor;
    code?: string | undefined;
    recoveryCode?: string | undefined;
    context: RequestContext;
  },
  deps: Pick<IdentityDeps, 'db' | 'config' | 'sessionCache'>,
) {
  authorize(identityPolicy, input.actor, 'mfa.manage_own');
  const actor = input.actor as Extract<Actor, { kind: 'citizen' | 'staff' }>;
  const account = await findAccount(deps.db, actor.accountId);
  if (!account?.totp_secret_enc || !account.totp_enabled_at)
    throw new AppError('CONFLICT', {
      vi: 'Chưa bật xác thực hai lớp.',
      en: 'Two-factor authentication is not set up.',
    });
  const key = `mfa:${account.id}`;
  const now = new Date();
  const locked = await lockedUntil(deps.db, key, now);
  if (locked) throw new AppError('LOCKED', { extra: { locked_until: locked.toISOString() } });

  const secret = openTotpSecret(deps.config.keyEncryptionKey, account.id, account.totp_secret_enc);
  const step = input.code ? checkTotp(secret, input.code) : null;
  const fresh = step !== null && step > Number(account.totp_last_step ?? 0);
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const byRecovery =
      !fresh && input.recoveryCode
        ? await consumeRecoveryCode(
            trx,
            account.id,
            sha256Hex(`${account.id}:${input.recoveryCode.replace('-', '').toLowerCase()}`),
            now,
          )
        : false;
    const base = {
      actor: auditActor(actor),
      subject: { type: 'account', id: account.id },
      requestId: input.context.requestId,
      ip: input.context.ip,
    };
    if (!fresh && !byRecovery) {
      const nowLocked = await countFailure(trx, key, MFA_LIMIT, now);
      await appendAudit(trx, { ...base, action: 'auth.mfa_failed' });
      if (nowLocked) await appendAudit(trx, { ...base, action: 'auth.locked', data: { key } });
      return 'failed' as const;
    }
    if (fresh) await updateAccount(trx, account.id, { totp_last_step: step });
    await resetFailures(trx, key);
    await updateSession(trx, actor.sessionId, { mfa_verified_at: now });
    await appendAudit(trx, {
      ...base,
      action: 'auth.mfa_verified',
      data: { method: fresh ? 'totp' : 'recovery_code' },
    });
    return 'ok' as const;
  });
  deps.sessionCache.forget(actor.sessionId);
  if (outcome === 'failed')
    throw new AppError('VALIDATION_FAILED', {
      vi: 'Mã xác thực không đúng hoặc đã được dùng.',
      en: 'The code is wrong or was already used.',
      fields: [
        { path: input.code ? 'body.code' : 'body.recoveryCode', vi: 'Mã không đúng.', en: 'Wrong code.' },
      ],
    });
  return { recoveryCodesLeft: await countUnusedRecoveryCodes(deps.db, account.id) };
}
