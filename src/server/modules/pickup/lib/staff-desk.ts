import { type Actor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { findAgencyById } from '../../identity';
import type { PickupDeps } from '../deps';
import { pickupPolicy } from '../policy';
import { type LoadedDesk, loadDesk } from './desk';

/**
 * The agency of a desk for a staff action, checked before anything is read about it: out of the
 * caller's subtree is a 404 whether or not it exists (permission before existence).
 */
export async function staffAgency(
  deps: Pick<PickupDeps, 'db'>,
  actor: Actor,
  agencyId: string,
  action: keyof typeof pickupPolicy,
) {
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  const agency = await findAgencyById(deps.db, agencyId);
  // An unknown agency is answered as one outside the caller's scope.
  authorize(pickupPolicy, actor, action, { agencyPath: agency?.path ?? '/unknown/' });
  if (!agency) throw new AppError('NOT_FOUND');
  return agency;
}

/** As `staffAgency`, for a desk that must already be set up. */
export async function staffDesk(
  deps: Pick<PickupDeps, 'db'>,
  actor: Actor,
  agencyId: string,
  action: keyof typeof pickupPolicy,
): Promise<LoadedDesk> {
  await staffAgency(deps, actor, agencyId, action);
  const desk = await loadDesk(deps.db, agencyId);
  if (!desk)
    throw new AppError('NOT_FOUND', {
      vi: 'Cơ quan này chưa thiết lập quầy và giờ làm việc.',
      en: 'This agency has not set up its desk yet.',
    });
  return desk;
}
