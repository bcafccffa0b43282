import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor, authorize } from '../../../platform/auth';
import { randomToken, sha256Hex } from '../../../platform/crypto';
import { AppError } from '../../../platform/errors';
import type { IdentityDeps, RequestContext } from '../deps';
import { checkTotp, newTotpSecret, openTotpSecret, sealTotpSecret, totpFor } from '../lib/totp';
import { identityPolicy } from '../policy';
import { findAccount, updateAccount } from '../repo/accounts.repo';
import { replaceRecoveryCodes } from '../repo/mfa.repo';
import { updateSession } from '../repo/sessions.repo';

// qrcode is loaded on the first enrolment, not at start-up (idle memory, bench/README.md).
const loadQrCode = async () => (await import('qrcode')).default;

type Person = Extract<Actor, { kind: 'citizen' | 'staff' }>;

function person(actor: Actor): Person {
  authorize(identityPolicy, actor, 'mfa.manage_own');
  return actor as Person;
}

/** Step 1: a new secret (kept sealed as pending) to scan into an authenticator app. */
export async function startTotpEnrolment(input: { actor: Actor }, deps: Pick<IdentityDeps, 'db' | 'config'>) {
  const actor = person(input.actor);
  const account = await findAccount(deps.db, actor.accountId);
  if (!account) throw new AppError('UNAUTHENTICATED');
  if (account.totp_enabled_at)
    throw new AppError('CONFLICT', {
      vi: 'Xác thực hai lớp đã được bật.',
      en: 'Two-factor authentication is already on.',
    });
  const secret = newTotpSecret();
  await updateAccount(deps.db, account.id, {
    totp_pending_enc: sealTotpSecret(deps.config.keyEncryptionKey, account.id, secret),
  });
  const otpauthUrl = totpFor(
    secret,
    account.username ?? account.phone ?? account.email ?? account.id,
  ).toString();
  return {
    secret,
    otpauthUrl,
    qrSvg: await (await loadQrCode()).toString(otpauthUrl, { type: 'svg', margin: 1 }),
  };
}

/** Step 2: the first code proves the app works; two-factor turns on and recovery codes are issued once. */
export async function confirmTotpEnrolment(
  input: { actor: Actor; code: string; context: RequestContext },
  deps: Pick<IdentityDeps, 'db' | 'config' | 'sessionCache'>,
) {
  const actor = person(input.actor);
  const account = await findAccount(deps.db, actor.accountId);
  if (!account?.totp_pending_enc)
    throw new AppError('CONFLICT', {
      vi: 'Chưa bắt đầu bật xác thực hai lớp.',
      en: 'Two-factor enrolment was not started.',
    });
  const secret = openTotpSecret(deps.config.keyEncryptionKey, account.id, account.totp_pending_enc);
  const step = checkTotp(secret, input.code);
  if (step === null)
    throw new AppError('VALIDATION_FAILED', {
      vi: 'Mã xác thực không đúng. Kiểm tra giờ trên điện thoại và thử lại.',
      en: 'The code is wrong. Check the phone’s clock and try again.',
      fields: [{ path: 'body.code', vi: 'Mã không đúng.', en: 'Wrong code.' }],
    });
  const recoveryCodes = Array.from({ length: 10 }, () =>
    randomToken(6).replace(/[-_]/g, 'x').slice(0, 8).toLowerCase(),
  );
  const now = new Date();
  await deps.db.transaction().execute(async (trx) => {
    await updateAccount(trx, account.id, {
      totp_secret_enc: sealTotpSecret(deps.config.keyEncryptionKey, account.id, secret),
      totp_pending_enc: null,
      totp_enabled_at: now,
      totp_last_step: step,
    });
    await replaceRecoveryCodes(
      trx,
      account.id,
      recoveryCodes.map((c) => sha256Hex(`${account.id}:${c}`)),
    );
    await updateSession(trx, actor.sessionId, { mfa_verified_at: now });
    await appendAudit(trx, {
      actor: auditActor(actor),
      action: 'auth.mfa_enrolled',
      subject: { type: 'account', id: account.id },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
  });
  deps.sessionCache.forget(actor.sessionId);
  return { recoveryCodes: recoveryCodes.map((c) => `${c.slice(0, 4)}-${c.slice(4)}`) };
}
