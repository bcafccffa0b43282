import { appendAudit } from '../../../platform/audit';
import { AppError } from '../../../platform/errors';
import type { IdentityDeps, RequestContext } from '../deps';
import { normaliseLogin } from '../lib/login-name';
import { assertStrongPassword, hashPassword } from '../lib/passwords';
import { findAccountByLogin, insertAccount } from '../repo/accounts.repo';
import { CODE_MINUTES, issueActivationCode } from './send-code';

/**
 * Creates a pending citizen account and sends a one-time code. Registering again with the same
 * phone or e-mail while still pending re-sends a code to that address; an active account refuses.
 */
export async function registerCitizen(
  input: {
    phone?: string | undefined;
    email?: string | undefined;
    password: string;
    fullName: string;
    context: RequestContext;
  },
  deps: IdentityDeps,
) {
  const phone = input.phone ? normaliseLogin(input.phone) : null;
  const email = input.email ? input.email.trim().toLowerCase() : null;
  assertStrongPassword(input.password, [phone, email?.split('@')[0], input.fullName.replace(/\s+/g, '')]);
  const passwordHash = await hashPassword(input.password);

  return deps.db.transaction().execute(async (trx) => {
    for (const login of [phone, email]) {
      if (!login) continue;
      const existing = await findAccountByLogin(trx, login);
      if (existing)
        throw new AppError('CONFLICT', {
          vi: 'Số điện thoại hoặc e-mail này đã được đăng ký. Hãy đăng nhập hoặc lấy lại mật khẩu.',
          en: 'This phone number or e-mail is already registered. Sign in or reset the password.',
        });
    }
    const { id } = await insertAccount(trx, {
      kind: 'citizen',
      phone,
      email,
      password_hash: passwordHash,
      full_name: input.fullName.trim(),
      status: 'pending',
    });
    const channel = await issueActivationCode(trx, { accountId: id, to: { email, phone } }, deps);
    await appendAudit(trx, {
      actor: { type: 'anonymous' },
      action: 'account.registered',
      subject: { type: 'account', id },
      data: { channel },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
    return { id, channel, expiresInMinutes: CODE_MINUTES };
  });
}
