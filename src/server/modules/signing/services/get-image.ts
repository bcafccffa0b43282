import { type Actor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { findAgencyById } from '../../identity';
import type { SigningDeps } from '../deps';
import { requireStaff } from '../lib/actors';
import { signingPolicy } from '../policy';
import { findImage } from '../repo/images.repo';

/** The PNG as stored, for the back office's preview of what the next signature will show. */
const present = (image: Awaited<ReturnType<typeof findImage>>) => {
  if (!image) throw new AppError('NOT_FOUND');
  return { png: Buffer.from(image.png), sha256: image.sha256 };
};

/** The signed-in official's own signature image. */
export async function getSignatureImage(input: { actor: Actor }, deps: Pick<SigningDeps, 'db'>) {
  requireStaff(input.actor);
  authorize(signingPolicy, input.actor, 'certificate.manage_own');
  if (input.actor.kind !== 'staff') throw new AppError('FORBIDDEN');
  return present(await findImage(deps.db, { type: 'account', id: input.actor.accountId, kind: 'signature' }));
}

/** An agency's seal image, for the officials who sign with or manage the seal (permission first). */
export async function getSealImage(input: { actor: Actor; agencyId: string }, deps: Pick<SigningDeps, 'db'>) {
  requireStaff(input.actor);
  const agency = await findAgencyById(deps.db, input.agencyId);
  if (!agency) throw new AppError('NOT_FOUND');
  authorize(signingPolicy, input.actor, 'seal.read', { agencyPath: agency.path });
  return present(await findImage(deps.db, { type: 'agency', id: agency.id, kind: 'seal' }));
}
