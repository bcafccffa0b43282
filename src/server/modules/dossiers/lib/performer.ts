import type { Performer, Transition } from '../../../../contracts/dossier-workflow';
import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';

const ROLE_PERFORMERS: Record<string, Performer> = {
  receiver: 'receiver',
  specialist: 'specialist',
  leader: 'leader',
};

export type Acting = {
  performer: Performer;
  role: string;
  agencyId: string | null;
  accountId: string | null;
};

/**
 * Which capacities the actor has on this dossier: the applicant (owner) or a staff role whose
 * agency subtree contains the dossier's agency. None at all → 404 (permission before existence).
 */
export function capacities(
  actor: Actor,
  dossier: { applicant_account_id: string | null; agency_path: string },
): Acting[] {
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (actor.kind === 'citizen')
    return dossier.applicant_account_id === actor.accountId
      ? [{ performer: 'applicant', role: 'applicant', agencyId: null, accountId: actor.accountId }]
      : [];
  if (actor.kind !== 'staff') return [];
  return actor.roles.flatMap((g) => {
    const performer = ROLE_PERFORMERS[g.role];
    return performer && dossier.agency_path.startsWith(g.agencyPath)
      ? [{ performer, role: g.role, agencyId: g.agencyId, accountId: actor.accountId }]
      : [];
  });
}

/** Staff who may only look (agency admin, operations centre) still see the dossier. */
export function canView(
  actor: Actor,
  dossier: { applicant_account_id: string | null; agency_path: string },
): boolean {
  if (capacities(actor, dossier).length) return true;
  return (
    actor.kind === 'staff' &&
    actor.roles.some((g) => g.role === 'system_admin' || dossier.agency_path.startsWith(g.agencyPath))
  );
}

export function pickCapacity(acting: Acting[], transition: Transition): Acting | undefined {
  return acting.find((a) => transition.by.includes(a.performer));
}
