import { createHash, randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { type AuditActor, appendAudit } from '../../../platform/audit';
import { type Actor, auditActor, authorize } from '../../../platform/auth';
import type { Executor } from '../../../platform/db';
import { AppError } from '../../../platform/errors';
import { findAgencyById } from '../../identity';
import type { SigningDeps } from '../deps';
import { verificationUrl, writeBytes } from '../lib/files';
import type { QrPlacement } from '../pades/qr-stamp';
import { signingPolicy } from '../policy';
import { insertDocument } from '../repo/documents.repo';
import type { DocumentKind, SignatureBox, SignedDocumentTable, SigningStep } from '../tables';

export type RegisterDocumentInput = {
  pdf: Uint8Array;
  agencyId: string;
  kind: DocumentKind;
  title: string;
  documentNumber?: string | undefined;
  /** The caller's reference, e.g. the dossier code (mã hồ sơ). */
  reference?: string | undefined;
  /** The citizen the document is for (results, certified copies). */
  holderAccountId?: string | undefined;
  /** Signatures required, in order; default: official then seal (copies: copy). */
  steps?: SigningStep[] | undefined;
  /** The official who must sign; default any leader of the agency. */
  signerAccountId?: string | undefined;
  /** Where the document's layout left room for the signature; default bottom right of the last page. */
  signatureBox?: SignatureBox | undefined;
  /** Where the verification QR code goes; `false` when the caller prints its own. */
  qr?: QrPlacement | false | undefined;
  /** A person registering it (checked against the policy), or the system (another module). */
  actor?: Actor | undefined;
  requestId?: string | null | undefined;
};

const defaultSteps = (kind: DocumentKind): SigningStep[] =>
  kind === 'certified_copy' || kind === 'attachment' ? ['copy'] : ['official', 'seal'];

/**
 * Registers a document for signature: the record a QR link will show, with the file as registered (its
 * SHA-256 printed in the QR code, stamped by an incremental update so it stays the file's first
 * revision). The document then waits in the signing queue of its agency.
 */
export async function registerDocument(
  input: RegisterDocumentInput,
  deps: Pick<SigningDeps, 'db' | 'config' | 'blobs'>,
) {
  const prepared = await prepareDocument(input, deps);
  await deps.db.transaction().execute(async (trx) => {
    await insertDocument(trx, prepared.row);
    await auditRegistration(trx, prepared, input.requestId);
  });
  return prepared.result;
}

/**
 * Everything before the record is written: checks, the QR stamp, the file in the blob store. Certified
 * copies use it to number the copy in the same transaction as the record.
 */
export async function prepareDocument(
  input: RegisterDocumentInput,
  deps: Pick<SigningDeps, 'db' | 'config' | 'blobs'>,
) {
  const agency = await findAgencyById(deps.db, input.agencyId);
  if (!agency) throw new AppError('NOT_FOUND');
  if (input.actor) authorize(signingPolicy, input.actor, 'document.register', { agencyPath: agency.path });
  // pdf-lib and the PAdES code are loaded on first use, not at start-up (idle memory, bench/README.md).
  const [{ loadPdf }, { stampVerificationQr }] = await Promise.all([
    import('../pades/pdf-load'),
    import('../pades/qr-stamp'),
  ]);
  await loadPdf(input.pdf, { forUpdate: false });
  const steps = input.steps?.length ? input.steps : defaultSteps(input.kind);
  const id = randomUUID();
  const originalSha256 = createHash('sha256').update(input.pdf).digest('hex');
  const url = verificationUrl(deps.config.publicUrl, id, originalSha256);
  const stamped = input.qr === false ? input.pdf : await stampVerificationQr(input.pdf, url, input.qr ?? {});
  const stored = await writeBytes(deps.blobs, stamped);
  const actor: AuditActor = input.actor ? auditActor(input.actor) : { type: 'system' };
  const row: Insertable<SignedDocumentTable> & { id: string; agency_id: string } = {
    id,
    agency_id: agency.id,
    agency_path: agency.path,
    kind: input.kind,
    title: input.title.normalize('NFC'),
    document_number: input.documentNumber ?? null,
    reference: input.reference ?? null,
    holder_account_id: input.holderAccountId ?? null,
    original_sha256: originalSha256,
    original_size: input.pdf.length,
    current_sha256: stored.sha256,
    current_size: stored.size,
    steps,
    signer_account_id: input.signerAccountId ?? null,
    signature_box: input.signatureBox ? JSON.stringify(input.signatureBox) : null,
    status: 'awaiting_signature',
    created_by: actor.id ?? null,
  };
  const result = {
    id,
    verificationUrl: url,
    originalSha256,
    currentSha256: stored.sha256,
    steps,
    status: 'awaiting_signature' as const,
  };
  return { agency, actor, row, result };
}

export async function auditRegistration(
  trx: Executor,
  prepared: Awaited<ReturnType<typeof prepareDocument>>,
  requestId: string | null | undefined,
) {
  const { row } = prepared;
  await appendAudit(trx, {
    actor: prepared.actor,
    action: 'signing.document_registered',
    subject: { type: 'signed_document', id: row.id },
    agencyId: row.agency_id,
    data: {
      kind: row.kind,
      title: row.title,
      number: row.document_number ?? null,
      steps: row.steps,
      original: row.original_sha256,
      reference: row.reference ?? null,
    },
    requestId: requestId ?? null,
  });
}
