import { type Actor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { findAgencyById } from '../../identity';
import type { SigningDeps } from '../deps';
import { signingPolicy } from '../policy';
import { listCertificates } from '../repo/certificates.repo';
import { presentCertificate } from './present';

/** The caller's own certificates (officials). */
export async function listMyCertificates(input: { actor: Actor }, deps: Pick<SigningDeps, 'db'>) {
  if (input.actor.kind !== 'staff')
    throw new AppError(input.actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  authorize(signingPolicy, input.actor, 'certificate.manage_own');
  return (await listCertificates(deps.db, { accountId: input.actor.accountId })).map(presentCertificate);
}

/** Every certificate managed in an agency: its officials' and its seal. */
export async function listAgencyCertificates(
  input: { actor: Actor; agencyId: string },
  deps: Pick<SigningDeps, 'db'>,
) {
  const agency = await findAgencyById(deps.db, input.agencyId);
  if (!agency) throw new AppError('NOT_FOUND');
  authorize(signingPolicy, input.actor, 'certificate.manage', { agencyPath: agency.path });
  return (await listCertificates(deps.db, { agencyId: agency.id })).map(presentCertificate);
}
