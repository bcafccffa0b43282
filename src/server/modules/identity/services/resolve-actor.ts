import { appendAudit } from '../../../platform/audit';
import { type Actor, ANONYMOUS, type StaffRole } from '../../../platform/auth';
import { safeEqual, sha256Hex } from '../../../platform/crypto';
import { AppError } from '../../../platform/errors';
import type { CachedSession, IdentityDeps, RequestContext } from '../deps';
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
  deps: Pick<IdentityDeps, 'db' | 'config' | 'sessionCache'>,
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
  const session = deps.sessionCache.get(idHash) ?? (await loadSession(idHash, deps));
  if (!session) return { actor: ANONYMOUS };
  if (
    session.expiresAt <= now.getTime() ||
    session.lastSeenAt + deps.config.session.idleMs <= now.getTime()
  ) {
    deps.sessionCache.forget(idHash);
    await deleteSession(deps.db, idHash);
    return { actor: ANONYMOUS };
  }
  if (!SAFE_METHODS.has(input.method) && input.csrfRequired) {
    if (!input.csrfHeader || !safeEqual(input.csrfHeader, session.csrfToken))
      throw new AppError('CSRF_FAILED');
  }
  if (now.getTime() - session.lastSeenAt > TOUCH_AFTER_MS) {
    await touchSession(deps.db, idHash, now);
    session.lastSeenAt = now.getTime();
  }
  const base = { csrfToken: session.csrfToken, sessionIdHash: idHash };
  if (session.kind === 'citizen')
    return {
      ...base,
      actor: {
        kind: 'citizen',
        accountId: session.accountId,
        sessionId: idHash,
        actingOrganisationId: session.actingOrganisationId,
      },
    };
  return {
    ...base,
    actor: {
      kind: 'staff',
      accountId: session.accountId,
      sessionId: idHash,
      mfa: session.mfa,
      roles: session.grants.map((g) => ({
        agencyId: g.agencyId,
        agencyPath: g.agencyPath,
        role: g.role as StaffRole,
      })),
    },
  };
}

/** Reads a live session of an active account, with its role grants, and caches it briefly. */
async function loadSession(
  idHash: string,
  deps: Pick<IdentityDeps, 'db' | 'sessionCache'>,
): Promise<CachedSession | undefined> {
  const row = await findSession(deps.db, idHash);
  if (row?.status !== 'active') return undefined;
  const grants = row.kind === 'staff' ? await listRoleGrants(deps.db, row.account_id) : [];
  const session: CachedSession = {
    accountId: row.account_id,
    kind: row.kind,
    csrfToken: row.csrf_token,
    lastSeenAt: new Date(row.last_seen_at).getTime(),
    expiresAt: new Date(row.expires_at).getTime(),
    mfa: row.mfa_verified_at != null,
    actingOrganisationId: row.acting_organisation_id,
    grants: grants.map((g) => ({ agencyId: g.agency_id, agencyPath: g.agency_path, role: g.role })),
  };
  deps.sessionCache.set(idHash, session);
  return session;
}
