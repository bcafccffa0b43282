import type { MeData } from '../../api/identity';

type Agency = { id: string; name: string };

/** The agencies where the official holds one of `roles`, each once, first role first. */
function agenciesWith(me: MeData, roles: readonly string[]): Agency[] {
  const seen = new Map<string, string>();
  for (const r of me.roles)
    if (roles.includes(r.role) && !seen.has(r.agencyId)) seen.set(r.agencyId, r.agencyName);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/**
 * What the "Chữ ký số" area offers an official, mirroring the signing module's policy (the server
 * decides; this only hides what would be refused): the queue for leaders and clerks, the agency seal for
 * administrators (and, to look at, for those who sign under it), certification at the desk, the rate.
 */
export function signingRights(me: MeData) {
  return {
    queue: me.roles.some((r) => r.role === 'leader' || r.role === 'clerk'),
    sealManage: agenciesWith(me, ['agency_admin']),
    sealView: agenciesWith(me, ['agency_admin', 'clerk', 'leader']),
    certify: agenciesWith(me, ['receiver', 'clerk', 'leader']),
    book: agenciesWith(me, ['receiver', 'clerk', 'leader', 'agency_admin']),
    rate: agenciesWith(me, ['ioc_viewer', 'leader', 'agency_admin']),
  };
}

export type SigningRights = ReturnType<typeof signingRights>;

export const SIGNING_ROOT = '/can-bo/ky-so';
