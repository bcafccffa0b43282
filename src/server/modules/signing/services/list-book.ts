import { type Actor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { findAgencyById } from '../../identity';
import type { SigningDeps } from '../deps';
import { requireStaff } from '../lib/actors';
import { signingPolicy } from '../policy';
import { listBook } from '../repo/book.repo';

/** One year of an agency's certification book (sổ chứng thực bản sao điện tử). */
export async function listCertificationBook(
  input: { actor: Actor; agencyId: string; year: number },
  deps: Pick<SigningDeps, 'db'>,
) {
  requireStaff(input.actor);
  const agency = await findAgencyById(deps.db, input.agencyId);
  if (!agency) throw new AppError('NOT_FOUND');
  authorize(signingPolicy, input.actor, 'book.read', { agencyPath: agency.path });
  return (await listBook(deps.db, agency.id, input.year)).map((e) => ({
    number: e.book_number,
    seq: e.seq,
    documentId: e.document_id,
    title: e.original_title,
    requesterName: e.requester_name,
    certifiedBy: e.certified_by,
    feeVnd: e.fee_vnd,
    certifiedAt: new Date(e.created_at).toISOString(),
  }));
}
