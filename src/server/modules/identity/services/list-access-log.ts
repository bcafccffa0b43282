import type { z } from 'zod';
import type { AccessLogEntry } from '../../../../contracts/identity';
import { listAuditForSubject } from '../../../platform/audit';
import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { IdentityDeps } from '../deps';
import { listAgencies } from '../repo/agencies.repo';

/**
 * "Nhật ký truy cập dữ liệu của tôi": every recorded read or change of the person's data, with the
 * agency and role of the official who did it (officials are shown by role, not by name).
 */
export async function listMyAccessLog(
  input: { actor: Actor },
  deps: Pick<IdentityDeps, 'db'>,
): Promise<z.infer<typeof AccessLogEntry>[]> {
  const { actor } = input;
  if (actor.kind !== 'citizen' && actor.kind !== 'staff') throw new AppError('UNAUTHENTICATED');
  const rows = await listAuditForSubject(deps.db, { type: 'account', id: actor.accountId });
  const agencies = new Map((await listAgencies(deps.db)).map((a) => [a.id, a.name]));
  return rows.map((r) => {
    const data = (r.data ?? {}) as Record<string, unknown>;
    const agencyId = (data.agencyId as string | undefined) ?? r.agency_id;
    return {
      at: new Date(r.occurred_at).toISOString(),
      action: r.action,
      actorType: r.actor_type === 'staff' && r.actor_id === actor.accountId ? 'self' : r.actor_type,
      agencyName: agencyId ? (agencies.get(agencyId) ?? null) : null,
      role: typeof data.role === 'string' ? data.role : null,
      detail: Object.fromEntries(Object.entries(data).filter(([k]) => !['agencyId', 'role'].includes(k))),
    };
  });
}
