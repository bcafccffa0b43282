import type { Executor } from '../../../platform/db';
import { insertCertifiedCopyOnce, insertDossierDocument, insertPersonalDocument } from '../repo/files.repo';
import type { SignedResult } from './sign-result';

/**
 * Records the signed electronic results on the dossier and keeps each in the applicant's personal data
 * store (NĐ 45/2020: electronic results can be reused in later dossiers), a certified copy as one.
 */
export async function recordResults(
  trx: Executor,
  dossier: { id: string; agency_id: string; applicant_account_id: string | null; code: string },
  results: SignedResult[],
) {
  for (const result of results) {
    await insertDossierDocument(trx, {
      dossier_id: dossier.id,
      kind: 'result',
      title: result.title,
      sha256: result.sha256,
      size: result.size,
      signed: true,
      signed_record_id: result.signedRecordId,
    });
    if (!dossier.applicant_account_id) continue;
    const stored = {
      owner_account_id: dossier.applicant_account_id,
      title: result.storeTitle ?? result.title,
      sha256: result.sha256,
      media_type: 'application/pdf',
      size: result.size,
      source_dossier_id: dossier.id,
      issued_by_agency_id: dossier.agency_id,
      verification_path: result.verificationPath,
    };
    if (result.kind === 'certified_copy')
      await insertCertifiedCopyOnce(trx, { ...stored, kind: 'certified_copy' });
    else await insertPersonalDocument(trx, { ...stored, kind: 'result' });
  }
}
