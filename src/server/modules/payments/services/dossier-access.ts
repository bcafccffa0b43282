import { type Actor, authorize } from '../../../platform/auth';
import type { Executor } from '../../../platform/db';
import { AppError } from '../../../platform/errors';
import { type DossierSummary, findDossierSummary } from '../../dossiers';
import { findAgencyById } from '../../identity';
import { paymentsPolicy } from '../policy';

/** The dossier, if the actor may do `action` on its fees; 404 for anything out of scope. */
export async function dossierFor(
  db: Executor,
  actor: Actor,
  dossierId: string,
  action: keyof typeof paymentsPolicy,
): Promise<DossierSummary> {
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  const dossier = await findDossierSummary(db, dossierId);
  if (!dossier) throw new AppError('NOT_FOUND');
  const agency = await findAgencyById(db, dossier.agencyId);
  authorize(paymentsPolicy, actor, action, {
    agencyPath: agency?.path ?? null,
    ownerId: dossier.applicantAccountId,
  });
  return dossier;
}
