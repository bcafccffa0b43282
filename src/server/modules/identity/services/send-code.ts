import { open, randomDigits, seal, sha256Hex } from '../../../platform/crypto';
import type { Executor } from '../../../platform/db';
import { publish } from '../../../platform/outbox';
import type { IdentityDeps } from '../deps';
import { insertOneTimeCode } from '../repo/sessions.repo';

export const CODE_MINUTES = 10;
export const CODE_TOPIC = 'identity.code_issued';

const context = (accountId: string) => `otp:${accountId}`;

/**
 * Issues a 6-digit code and queues its delivery after commit. The code travels through the
 * outbox sealed with the key-encryption key, never in clear text.
 */
export async function issueActivationCode(
  trx: Executor,
  input: { accountId: string; to: { email?: string | null; phone?: string | null } },
  deps: Pick<IdentityDeps, 'config'>,
): Promise<'email' | 'sms'> {
  const code = randomDigits(6);
  await insertOneTimeCode(trx, {
    accountId: input.accountId,
    purpose: 'activate',
    codeHash: sha256Hex(`${input.accountId}:${code}`),
    expiresAt: new Date(Date.now() + CODE_MINUTES * 60_000),
  });
  const channel = input.to.email ? 'email' : 'sms';
  await publish(trx, {
    topic: CODE_TOPIC,
    payload: {
      accountId: input.accountId,
      channel,
      to: channel === 'email' ? input.to.email : input.to.phone,
      sealed: seal(deps.config.keyEncryptionKey, Buffer.from(code), context(input.accountId)),
    },
  });
  return channel;
}

/** Outbox handler: delivers a code by e-mail or SMS. */
export async function deliverCode(
  payload: Record<string, unknown>,
  deps: Pick<IdentityDeps, 'config' | 'mailer' | 'sms'>,
): Promise<void> {
  const accountId = String(payload.accountId);
  const code = open(deps.config.keyEncryptionKey, String(payload.sealed), context(accountId)).toString();
  if (payload.channel === 'email')
    await deps.mailer.send({
      to: String(payload.to),
      template: 'otp',
      data: { code, minutesValid: CODE_MINUTES },
    });
  else
    await deps.sms.send(
      String(payload.to),
      `Cua So: ma xac nhan cua ban la ${code}, hieu luc ${CODE_MINUTES} phut. Khong chia se ma nay.`,
    );
}
