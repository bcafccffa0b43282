import type { Executor } from '../../../platform/db';
import { insertDossierDocument, insertPersonalDocument } from '../repo/files.repo';
import type { SignedResult } from './sign-result';

/**
 * Records a signed electronic result on the dossier and keeps a copy in the applicant's personal
 * data store (NĐ 45/2020: electronic results can be reused in later dossiers).
 */
export async function recordResult(
  trx: Executor,
  dossier: { id: string; agency_id: string; applicant_account_id: string | null; code: string },
  result: SignedResult,
) {
  await insertDossierDocument(trx, {
    dossier_id: dossier.id,
    kind: 'result',
    sha256: result.sha256,
    size: result.size,
    signed: true,
    signed_record_id: result.signedRecordId,
  });
  if (dossier.applicant_account_id)
    await insertPersonalDocument(trx, {
      owner_account_id: dossier.applicant_account_id,
      kind: 'result',
      title: result.title,
      sha256: result.sha256,
      media_type: 'application/pdf',
      size: result.size,
      source_dossier_id: dossier.id,
      issued_by_agency_id: dossier.agency_id,
      verification_path: result.verificationPath,
    });
}
