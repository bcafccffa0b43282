import type { Actor } from '../../../platform/auth';
import type { Db } from '../../../platform/db/types';
import { AppError } from '../../../platform/errors';
import { type DossierSummary, findDossierSummary } from '../../dossiers';
import { findAgencyById } from '../../identity';
import type { RequestInfo } from '../deps';
import { auditRefusal } from '../lib/refusal-audit';

export const staffCovers = (actor: Actor, agencyPath: string) =>
  actor.kind === 'staff' &&
  actor.roles.some((g) => g.role === 'system_admin' || agencyPath.startsWith(g.agencyPath));

/**
 * The dossier a citizen rates or reads the ratings of. Anyone but its applicant is refused (and, for
 * a write, audited): an official who can see the dossier gets 403, anybody else 404, so a stranger
 * learns nothing about which dossiers exist (permission before existence).
 */
export async function dossierForApplicant(
  db: Db,
  input: {
    actor: Actor;
    dossierId: string;
    /** When set, a refusal is written to the audit log under this action. */
    audit?: { action: string; request: RequestInfo };
    /** Officials of the agency may read (not write). */
    staffMayRead?: boolean;
  },
): Promise<{ dossier: DossierSummary; agencyPath: string; asStaff: boolean }> {
  const { actor } = input;
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  const dossier = await findDossierSummary(db, input.dossierId);
  if (!dossier) throw new AppError('NOT_FOUND');
  const agency = await findAgencyById(db, dossier.agencyId);
  const agencyPath = agency?.path ?? '';
  const isApplicant =
    actor.kind === 'citizen' &&
    dossier.applicantAccountId !== null &&
    dossier.applicantAccountId === actor.accountId;
  if (isApplicant) return { dossier, agencyPath, asStaff: false };
  const sees = staffCovers(actor, agencyPath);
  if (sees && input.staffMayRead) return { dossier, agencyPath, asStaff: true };
  if (input.audit)
    await auditRefusal(db, {
      actor,
      action: input.audit.action,
      subject: { type: 'dossier', id: dossier.id },
      agencyId: dossier.agencyId,
      reason: 'not_the_applicant',
      request: input.audit.request,
    });
  if (sees)
    throw new AppError('FORBIDDEN', {
      vi: 'Chỉ người nộp hồ sơ mới được đánh giá mức độ hài lòng.',
      en: 'Only the applicant may rate the service.',
    });
  throw new AppError('NOT_FOUND');
}
