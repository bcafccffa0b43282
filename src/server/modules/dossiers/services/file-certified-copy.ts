import { z } from 'zod';
import { appendAudit } from '../../../platform/audit';
import type { OutboxJob } from '../../../platform/jobs';
import { findPersonById } from '../../identity';
import type { DossierDeps } from '../deps';
import { insertCertifiedCopyOnce } from '../repo/files.repo';
import { insertNotice } from '../repo/notices.repo';

/** The part of the signing module's DocumentSignedEvent this handler relies on, checked on arrival. */
const CertifiedCopySigned = z.object({
  documentId: z.uuid(),
  kind: z.literal('certified_copy'),
  title: z.string().min(1),
  holderAccountId: z.uuid(),
  agencyId: z.uuid(),
  originalSha256: z.string().regex(/^[0-9a-f]{64}$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mediaType: z.literal('application/pdf'),
  size: z.number().int().positive(),
});

/**
 * Outbox handler of `signing.document_signed`: a certified electronic copy (chứng thực bản sao điện tử,
 * NĐ 45/2020 Điều 14) lands in its requester's personal data store (kho dữ liệu điện tử) as kind
 * `certified_copy`, reusable in later dossiers like any stored paper. Other signed documents and the
 * copies certified as a dossier's result are filed by the dossier itself; copies without an account
 * are not this handler's business.
 * The signed file is already in the shared blob store under its sha256; only the record is added.
 * A redelivered event files nothing twice (unique key of migration 0502; notice keyed by the event).
 */
export async function fileCertifiedCopy(job: OutboxJob, deps: Pick<DossierDeps, 'db' | 'config' | 'logger'>) {
  if (job.payload.kind !== 'certified_copy' || !job.payload.holderAccountId) return;
  // A copy certified as a dossier's result (its reference is the dossier's code) is filed by the dossier
  // itself, in the transaction that records the result.
  if (job.payload.reference) return;
  const parsed = CertifiedCopySigned.safeParse(job.payload);
  if (!parsed.success) {
    // A malformed event cannot become valid by retrying: log it for the operators and move on.
    deps.logger.error(
      { outboxId: job.outboxId, issues: parsed.error.issues },
      'certified copy event refused',
    );
    return;
  }
  const e = parsed.data;
  const owner = await findPersonById(deps.db, e.holderAccountId);
  if (!owner) return;
  await deps.db.transaction().execute(async (trx) => {
    const filed = await insertCertifiedCopyOnce(trx, {
      owner_account_id: owner.id,
      kind: 'certified_copy',
      title: e.title,
      sha256: e.sha256,
      media_type: e.mediaType,
      size: e.size,
      source_dossier_id: null,
      issued_by_agency_id: e.agencyId,
      verification_path: `/xac-minh/${e.documentId}?hash=${e.originalSha256}`,
    });
    if (!filed) return;
    await appendAudit(trx, {
      actor: { type: 'system' },
      action: 'dossiers.personal_document_filed',
      subject: { type: 'personal_document', id: filed.id },
      agencyId: e.agencyId,
      data: { kind: 'certified_copy', signedDocumentId: e.documentId, owner: owner.id, sha256: e.sha256 },
    });
    await insertNotice(trx, {
      account_id: owner.id,
      dossier_id: null,
      title: `Bản sao chứng thực điện tử: ${e.title}`,
      body:
        'Bản sao đã được ký số và lưu vào kho dữ liệu điện tử của bạn; có thể dùng lại khi nộp hồ sơ khác. / ' +
        'The certified copy is signed and kept in your personal data store, ready to reuse in other dossiers.',
      link: `${deps.config.publicUrl}/xac-minh/${e.documentId}?hash=${e.originalSha256}`,
      source_event: job.outboxId,
    });
  });
}
