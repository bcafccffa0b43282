import { type Actor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { type DossierSummary, findDossierSummary } from '../../dossiers';
import type { PickupDeps } from '../deps';
import { pickupPolicy } from '../policy';
import { rejected } from './reject';

/**
 * The caller's own dossier, or the answer they should get: 401 anonymous, 403 staff (citizens book),
 * 404 for a dossier that does not exist or is someone else's — audited, since booking on another
 * person's dossier is what the audit log must show.
 */
export async function ownDossier(
  deps: Pick<PickupDeps, 'db'>,
  ctx: { actor: Actor; requestId: string },
  dossierId: string,
  action: string,
): Promise<DossierSummary> {
  if (ctx.actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (ctx.actor.kind !== 'citizen') throw new AppError('FORBIDDEN');
  const dossier = await findDossierSummary(deps.db, dossierId);
  if (!dossier || dossier.applicantAccountId !== ctx.actor.accountId)
    throw await rejected(
      deps,
      { ...ctx, agencyId: dossier?.agencyId ?? null, subject: { type: 'dossier', id: dossierId } },
      action,
      dossier ? 'not_owner' : 'no_such_dossier',
      new AppError('NOT_FOUND'),
    );
  authorize(pickupPolicy, ctx.actor, 'booking.own', { ownerId: dossier.applicantAccountId });
  return dossier;
}
