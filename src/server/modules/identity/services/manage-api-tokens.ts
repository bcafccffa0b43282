import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor, authorize } from '../../../platform/auth';
import { randomToken, sha256Hex } from '../../../platform/crypto';
import { AppError } from '../../../platform/errors';
import type { IdentityDeps, RequestContext } from '../deps';
import { identityPolicy } from '../policy';
import { findAgency } from '../repo/agencies.repo';
import { findApiToken, insertApiToken, listApiTokens, revokeApiToken } from '../repo/tokens.repo';
import { presentApiToken } from './present';
import { API_TOKEN_PREFIX } from './resolve-actor';

async function managedAgency(actor: Actor, agencyId: string, deps: Pick<IdentityDeps, 'db'>) {
  const agency = await findAgency(deps.db, agencyId);
  if (!agency) throw new AppError('NOT_FOUND');
  authorize(identityPolicy, actor, 'api_token.manage', { agencyPath: agency.path });
  return agency;
}

export async function listTokens(input: { actor: Actor; agencyId: string }, deps: Pick<IdentityDeps, 'db'>) {
  const agency = await managedAgency(input.actor, input.agencyId, deps);
  return (await listApiTokens(deps.db, agency.id)).map(presentApiToken);
}

/** Issues a token for an agency integration. The secret is shown once; only its hash is kept. */
export async function createToken(
  input: {
    actor: Actor;
    agencyId: string;
    name: string;
    scopes: string[];
    expiresInDays?: number | undefined;
    context: RequestContext;
  },
  deps: Pick<IdentityDeps, 'db'>,
) {
  const agency = await managedAgency(input.actor, input.agencyId, deps);
  if (input.actor.kind !== 'staff') throw new AppError('FORBIDDEN');
  const token = `${API_TOKEN_PREFIX}${randomToken()}`;
  const createdBy = input.actor.accountId;
  const row = await deps.db.transaction().execute(async (trx) => {
    const row = await insertApiToken(trx, {
      agencyId: agency.id,
      name: input.name,
      tokenHash: sha256Hex(token),
      prefix: token.slice(0, 10),
      scopes: input.scopes,
      createdBy,
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    });
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: 'api_token.created',
      subject: { type: 'api_token', id: row.id },
      agencyId: agency.id,
      data: { name: input.name, scopes: input.scopes },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
    return row;
  });
  const listed = (await listApiTokens(deps.db, agency.id)).find((t) => t.id === row.id)!;
  return { ...presentApiToken(listed), token };
}

export async function revokeToken(
  input: { actor: Actor; tokenId: string; context: RequestContext },
  deps: Pick<IdentityDeps, 'db'>,
) {
  const token = await findApiToken(deps.db, input.tokenId);
  if (!token) throw new AppError('NOT_FOUND');
  await managedAgency(input.actor, token.agency_id, deps);
  await deps.db.transaction().execute(async (trx) => {
    await revokeApiToken(trx, token.id, new Date());
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: 'api_token.revoked',
      subject: { type: 'api_token', id: token.id },
      agencyId: token.agency_id,
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
  });
}
