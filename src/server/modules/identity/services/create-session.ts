import { randomToken, sha256Hex } from '../../../platform/crypto';
import type { Executor } from '../../../platform/db';
import type { IdentityDeps, RequestContext } from '../deps';
import { deleteSession, insertSession } from '../repo/sessions.repo';

export type NewSession = { token: string; csrfToken: string; maxAgeSeconds: number };

/**
 * Opens a session for the account, replacing the caller's previous session (the id is rotated at
 * every sign-in, so a planted cookie never becomes an authenticated one).
 */
export async function createSession(
  trx: Executor,
  input: {
    accountId: string;
    previousToken?: string | undefined;
    mfaVerified: boolean;
    context: RequestContext;
  },
  deps: Pick<IdentityDeps, 'config' | 'sessionCache'>,
): Promise<NewSession> {
  if (input.previousToken) {
    await deleteSession(trx, sha256Hex(input.previousToken));
    deps.sessionCache.forget(sha256Hex(input.previousToken));
  }
  const token = randomToken();
  const csrfToken = randomToken(24);
  const now = new Date();
  await insertSession(trx, {
    idHash: sha256Hex(token),
    accountId: input.accountId,
    csrfToken,
    expiresAt: new Date(now.getTime() + deps.config.session.absoluteMs),
    mfaVerifiedAt: input.mfaVerified ? now : null,
    ip: input.context.ip,
    userAgent: input.context.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, maxAgeSeconds: Math.floor(deps.config.session.absoluteMs / 1000) };
}
