import { appendAudit } from '../../../platform/audit';
import { type Actor, ANONYMOUS, type StaffRole } from '../../../platform/auth';
import { safeEqual, sha256Hex } from '../../../platform/crypto';
import { AppError } from '../../../platform/errors';
import type { IdentityDeps, RequestContext } from '../deps';
import { listRoleGrants } from '../repo/accounts.repo';
import { deleteSession, findSession, touchSession } from '../repo/sessions.repo';
import { findApiTokenByHash, markTokenUsed } from '../repo/tokens.repo';

export type ActorInput = {
  sessionToken: string | 'tampered' | undefined;
  authorization: string | undefined;
  method: string;
  csrfHeader: string | undefined;
  csrfRequired: boolean;
  path: string;
  context: RequestContext;
};

export type ResolvedActor = { actor: Actor; csrfToken?: string; sessionIdHash?: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOUCH_AFTER_MS = 60_000;
export const API_TOKEN_PREFIX = 'cst_';

/**
 * Turns the session cookie or bearer token of a request into an actor. Expired, idle, tampered or
 * unknown sessions are anonymous (routes that need a person answer 401); a bad bearer token is 401
 * at once, since a machine client must learn its token is wrong.
 */
export async function resolveActor(
  input: ActorInput,
  deps: Pick<IdentityDeps, 'db' | 'config'>,
): Promise<ResolvedActor> {
  const now = new Date();
  if (input.authorization) {
    const [scheme, token] = input.authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token?.startsWith(API_TOKEN_PREFIX))
      throw new AppError('UNAUTHENTICATED');
    const row = await findApiTokenByHash(deps.db, sha256Hex(token));
    if (!row || row.revoked_at || (row.expires_at && new Date(row.expires_at) <= now))
      throw new AppError('UNAUTHENTICATED');
    await deps.db.transaction().execute(async (trx) => {
      await markTokenUsed(trx, row.id, now);
      await appendAudit(trx, {
        actor: { type: 'api_token', id: row.id },
        action: 'auth.token_used',
        agencyId: null,
        data: { method: input.method, path: input.path.split('?')[0] },
        requestId: input.context.requestId,
        ip: input.context.ip,
      });
    });
    return {
      actor: {
        kind: 'api_token',
        tokenId: row.id,
        agencyId: row.agency_id,
        agencyPath: row.agency_path,
        scopes: row.scopes,
      },
    };
  }

  if (!input.sessionToken || input.sessionToken === 'tampered') return { actor: ANONYMOUS };
  const idHash = sha256Hex(input.sessionToken);
  const session = await findSession(deps.db, idHash);
  if (!session) return { actor: ANONYMOUS };
  const idleDeadline = new Date(new Date(session.last_seen_at).getTime() + deps.config.session.idleMs);
  if (new Date(session.expires_at) <= now || idleDeadline <= now || session.status !== 'active') {
    await deleteSession(deps.db, idHash);
    return { actor: ANONYMOUS };
  }
  if (!SAFE_METHODS.has(input.method) && input.csrfRequired) {
    if (!input.csrfHeader || !safeEqual(input.csrfHeader, session.csrf_token))
      throw new AppError('CSRF_FAILED');
  }
  if (now.getTime() - new Date(session.last_seen_at).getTime() > TOUCH_AFTER_MS)
    await touchSession(deps.db, idHash, now);

  if (session.kind === 'citizen')
    return {
      actor: {
        kind: 'citizen',
        accountId: session.account_id,
        sessionId: idHash,
        actingOrganisationId: session.acting_organisation_id,
      },
      csrfToken: session.csrf_token,
      sessionIdHash: idHash,
    };
  const grants = await listRoleGrants(deps.db, session.account_id);
  return {
    actor: {
      kind: 'staff',
      accountId: session.account_id,
      sessionId: idHash,
      mfa: session.mfa_verified_at != null,
      roles: grants.map((g) => ({
        agencyId: g.agency_id,
        agencyPath: g.agency_path,
        role: g.role as StaffRole,
      })),
    },
    csrfToken: session.csrf_token,
    sessionIdHash: idHash,
  };
}
