import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { publish } from '../../../platform/outbox';
import { findAgencyById } from '../../identity';
import type { RequestContext, SigningDeps } from '../deps';
import { requireStaff } from '../lib/actors';
import { readBytes, writeBytes } from '../lib/files';
import type { PadesLevel } from '../pades/sign-pdf';
import { signingPolicy } from '../policy';
import { advanceDocument, type DocumentRow, findDocument, insertSignature } from '../repo/documents.repo';
import type { SigningStep } from '../tables';
import { signDocument } from './sign-document';

/**
 * Topic of the event a fully signed registered document publishes, after commit, through the outbox. The
 * dossier module subscribes to it to deliver results and to put certified copies (kind `certified_copy`,
 * `holderAccountId` set) into the citizen's personal data store (kho dữ liệu điện tử).
 */
export const DOCUMENT_SIGNED_TOPIC = 'signing.document_signed';

export type DocumentSignedEvent = {
  documentId: string;
  kind: 'result' | 'official_document' | 'certified_copy' | 'attachment';
  title: string;
  reference: string | null;
  /** Whose personal data store the document belongs in (a certified copy's requester), if anyone's. */
  holderAccountId: string | null;
  /** The issuing agency (the one whose seal or copy signature it carries). */
  agencyId: string;
  /** The document as registered: with the id, the key of its QR verification link (`/xac-minh/…?hash=`). */
  originalSha256: string;
  /** The signed file in the blob store. */
  sha256: string;
  mediaType: 'application/pdf';
  size: number;
};

const ACTION_OF: Record<SigningStep, keyof typeof signingPolicy> = {
  official: 'document.sign_official',
  seal: 'document.sign_seal',
  copy: 'copy.certify',
};

export const notAwaiting = (doc: DocumentRow) =>
  new AppError('INVALID_TRANSITION', {
    vi: 'Văn bản không còn chờ ký.',
    en: 'The document is not awaiting a signature.',
    extra: { status: doc.status },
  });

/** Who may apply the next signature of a document; throws the answer otherwise. */
export function authorizeStep(actor: Actor, doc: DocumentRow): SigningStep {
  // Permission first (with the last step's rule once every step is done), then the state.
  const step = doc.steps[doc.steps_done];
  const rule = ACTION_OF[step ?? doc.steps[doc.steps.length - 1]!];
  authorize(signingPolicy, actor, rule, { agencyPath: doc.agency_path });
  if (doc.status !== 'awaiting_signature' || !step) throw notAwaiting(doc);
  if (
    step === 'official' &&
    doc.signer_account_id &&
    actor.kind === 'staff' &&
    doc.signer_account_id !== actor.accountId
  )
    throw new AppError('FORBIDDEN', {
      vi: 'Văn bản này được giao cho người có thẩm quyền khác ký.',
      en: 'This document is assigned to another official for signature.',
    });
  return step;
}

/**
 * The copy stamp (NĐ 30/2020 Phụ lục I; NĐ 23/2015 for certification): a certified copy names its entry
 * in the certification book; a separate attachment its document number; other copies "SAO Y".
 */
async function copyLines(db: SigningDeps['db'], doc: DocumentRow): Promise<string[]> {
  const agency = (await findAgencyById(db, doc.agency_id))?.name ?? '';
  if (doc.kind === 'certified_copy')
    return ['CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH', `Số chứng thực: ${doc.document_number ?? ''}`, agency];
  if (doc.kind === 'attachment') return [doc.document_number ?? doc.title, agency];
  return ['SAO Y', agency];
}

/**
 * Applies the next signature a registered document waits for: the leader's, then the agency seal (or
 * the copy signature). Signs outside any transaction, stores the new version, then records it in a short
 * transaction that fails with 409 if someone else signed the same version meanwhile.
 */
export async function signRegisteredDocument(
  input: { actor: Actor; documentId: string; level?: PadesLevel | undefined; context: RequestContext },
  deps: Pick<SigningDeps, 'db' | 'config' | 'blobs' | 'pki' | 'settings'>,
) {
  requireStaff(input.actor);
  const doc = await findDocument(deps.db, input.documentId);
  if (!doc) throw new AppError('NOT_FOUND');
  const step = authorizeStep(input.actor, doc);
  const actor = auditActor(input.actor);
  const signed = await signDocument(
    {
      pdf: await readBytes(deps.blobs, doc.current_sha256),
      agencyId: doc.agency_id,
      signerAccountId: step === 'official' ? (actor.id ?? undefined) : undefined,
      step,
      level: input.level,
      reason: doc.document_number ? `${doc.title} (${doc.document_number})` : doc.title,
      ...(step === 'copy'
        ? { appearance: { lines: await copyLines(deps.db, doc) } }
        : doc.signature_box
          ? { appearance: { page: doc.signature_box.page, rect: doc.signature_box.rect } }
          : {}),
      skipAudit: true,
    },
    deps,
  );
  const stored = await writeBytes(deps.blobs, signed.pdf);
  const done = doc.steps_done + 1 === doc.steps.length;
  await deps.db.transaction().execute(async (trx) => {
    const won = await advanceDocument(
      trx,
      doc.id,
      { sha256: doc.current_sha256, stepsDone: doc.steps_done },
      { sha256: stored.sha256, size: stored.size, done, at: signed.signingTime },
    );
    if (!won)
      throw new AppError('CONFLICT', {
        vi: 'Văn bản vừa được người khác ký; hãy tải lại hàng đợi.',
        en: 'Someone else signed this document meanwhile; reload the queue.',
      });
    await insertSignature(trx, {
      document_id: doc.id,
      step,
      certificate_id: signed.certificateId,
      account_id: step === 'official' ? (actor.id ?? null) : null,
      agency_id: doc.agency_id,
      field_name: signed.fieldName,
      level: signed.level,
      signing_time: signed.signingTime,
      result_sha256: stored.sha256,
    });
    await appendAudit(trx, {
      actor,
      action: 'signing.document_signed',
      subject: { type: 'signed_document', id: doc.id },
      agencyId: doc.agency_id,
      data: { step, field: signed.fieldName, level: signed.level, sha256: stored.sha256, complete: done },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
    if (done)
      await publish(trx, {
        topic: DOCUMENT_SIGNED_TOPIC,
        agencyId: doc.agency_id,
        payload: {
          documentId: doc.id,
          kind: doc.kind,
          title: doc.title,
          reference: doc.reference,
          holderAccountId: doc.holder_account_id,
          agencyId: doc.agency_id,
          originalSha256: doc.original_sha256,
          sha256: stored.sha256,
          mediaType: 'application/pdf',
          size: stored.size,
        } satisfies DocumentSignedEvent,
      });
  });
  return {
    id: doc.id,
    step,
    status: done ? ('signed' as const) : ('awaiting_signature' as const),
    sha256: stored.sha256,
    size: stored.size,
  };
}
