import { appendAudit } from '../../../platform/audit';
import { sha256Hex } from '../../../platform/crypto';
import { AppError } from '../../../platform/errors';
import type { IdentityDeps, RequestContext } from '../deps';
import { normaliseLogin } from '../lib/login-name';
import { findAccountByLogin, updateAccount } from '../repo/accounts.repo';
import { consumeCode, countCodeAttempt, findOpenCode } from '../repo/sessions.repo';
import { createSession } from './create-session';

const MAX_ATTEMPTS = 5;
const wrongCode = () =>
  new AppError('VALIDATION_FAILED', {
    vi: 'Mã xác nhận không đúng hoặc đã hết hạn.',
    en: 'The confirmation code is wrong or has expired.',
    fields: [
      { path: 'body.code', vi: 'Mã xác nhận không đúng hoặc đã hết hạn.', en: 'Wrong or expired code.' },
    ],
  });

/** Activates a pending account with its one-time code and signs the person in. */
export async function confirmRegistration(
  input: { login: string; code: string; previousToken?: string | undefined; context: RequestContext },
  deps: IdentityDeps,
) {
  const account = await findAccountByLogin(deps.db, normaliseLogin(input.login));
  if (account?.status !== 'pending') throw wrongCode();
  const now = new Date();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const code = await findOpenCode(trx, account.id, 'activate');
    if (!code || code.consumed_at || new Date(code.expires_at) <= now || code.attempts >= MAX_ATTEMPTS)
      return 'gone';
    if (code.code_hash !== sha256Hex(`${account.id}:${input.code}`)) {
      await countCodeAttempt(trx, code.id);
      return 'wrong';
    }
    await consumeCode(trx, code.id, now);
    await updateAccount(trx, account.id, { status: 'active', activated_at: now });
    await appendAudit(trx, {
      actor: { type: 'citizen', id: account.id },
      action: 'account.activated',
      subject: { type: 'account', id: account.id },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
    return createSession(
      trx,
      {
        accountId: account.id,
        previousToken: input.previousToken,
        mfaVerified: false,
        context: input.context,
      },
      deps,
    );
  });
  if (outcome === 'wrong') throw wrongCode();
  if (outcome === 'gone') throw new AppError('GONE');
  return { ...outcome, accountId: account.id };
}
