import { type AuditActor, appendAudit } from '../../../platform/audit';
import { AppError } from '../../../platform/errors';
import { findAgencyById, findPersonById } from '../../identity';
import type { SigningDeps } from '../deps';
import { type Holder, holderErrors, loadHolder } from '../lib/holders';
import type { Rect } from '../pades/appearance';
import type { AppearanceRequest, PadesLevel } from '../pades/sign-pdf';
import type { SigningStep } from '../tables';
import { issueForHolder } from './issue-demo-certificate';

/** Where and how the signature shows; the kind follows the step unless `invisible`. */
export type AppearanceOption = {
  invisible?: boolean;
  /** 0-based page; negative from the end. Default: last page (signatures), first page (copies). */
  page?: number;
  /** The official's signature box; the seal is placed over its left third. */
  rect?: Rect;
  /** Copy stamp lines (default "SAO Y" and the agency name). */
  lines?: string[];
};

export type SignDocumentInput = {
  pdf: Uint8Array;
  /** The agency on whose behalf the document is signed (its seal for `seal`/`copy`). */
  agencyId: string;
  /** The official who signs (`official` step); omit for the agency seal. */
  signerAccountId?: string | undefined;
  step?: SigningStep;
  level?: PadesLevel | undefined;
  appearance?: AppearanceOption | undefined;
  reason?: string | undefined;
  location?: string | undefined;
  /** Who asked for it, for the audit record. */
  auditActor?: AuditActor;
  requestId?: string | null;
  /** Set when the caller records the signature itself (registered documents). */
  skipAudit?: boolean;
};

export type SignDocumentResult = {
  pdf: Uint8Array;
  fieldName: string;
  certificateId: string;
  signingTime: Date;
  level: PadesLevel;
  step: SigningStep;
};

/**
 * The holder's certificate; in demo mode with PKI_DEMO_AUTO_ISSUE, one from the built-in CA (with a
 * generated signature or seal image) when there is none yet, so a demo leader can sign at once.
 */
async function loadOrIssueDemo(
  holder: Holder,
  agencyId: string,
  deps: Pick<SigningDeps, 'db' | 'config' | 'pki' | 'settings'>,
) {
  try {
    return await loadHolder(deps.db, deps.config.keyEncryptionKey, holder);
  } catch (e) {
    if (!deps.settings.autoIssueDemo || !(e instanceof AppError) || e.extra?.reason !== 'no_certificate')
      throw e;
    const agency = await findAgencyById(deps.db, agencyId);
    const person = holder.kind === 'official' ? await findPersonById(deps.db, holder.accountId) : undefined;
    if (!agency || (holder.kind === 'official' && person?.kind !== 'staff')) throw e;
    await issueForHolder(
      { kind: holder.kind, agency, person, keySpec: 'RSA-2048', actor: { type: 'system' } },
      deps,
    );
    return loadHolder(deps.db, deps.config.keyEncryptionKey, holder);
  }
}

/**
 * Signs a PDF as an official (their certificate and blue signature) or as the agency (its seal
 * certificate; red seal image, or the copy stamp). Everything heavy — key decryption, appearance,
 * hashing, signing, time-stamping — happens outside any transaction; only the audit record is written
 * afterwards, in a short one. Usable by other modules through the signing module's index.
 */
export async function signDocument(
  input: SignDocumentInput,
  deps: Pick<SigningDeps, 'db' | 'config' | 'pki' | 'settings'>,
): Promise<SignDocumentResult> {
  const step: SigningStep = input.step ?? (input.signerAccountId ? 'official' : 'seal');
  const holder =
    step === 'official'
      ? { kind: 'official' as const, accountId: input.signerAccountId ?? '' }
      : { kind: 'seal' as const, agencyId: input.agencyId };
  const { certificateId, signer, image } = await loadOrIssueDemo(holder, input.agencyId, deps);
  const agency = await findAgencyById(deps.db, input.agencyId);
  const a = input.appearance ?? {};
  let appearance: AppearanceRequest;
  if (a.invisible) appearance = { kind: 'invisible' };
  else if (step === 'copy')
    appearance = {
      kind: 'copy',
      lines: a.lines ?? ['SAO Y', agency?.name ?? ''],
      ...(a.page !== undefined ? { page: a.page } : {}),
    };
  else if (!image) throw holderErrors.noImage(step === 'official' ? 'signature' : 'seal');
  else if (step === 'official')
    appearance = {
      kind: 'signer',
      image,
      ...(a.page !== undefined ? { page: a.page } : {}),
      ...(a.rect ? { rect: a.rect } : {}),
    };
  else
    appearance = {
      kind: 'seal',
      image,
      agencyName: agency?.name ?? '',
      ...(a.page !== undefined ? { page: a.page } : {}),
      ...(a.rect ? { signerRect: a.rect } : {}),
    };
  const level = input.level ?? deps.settings.level;
  const timestamper = level === 'B-T' ? await deps.pki.timestamper() : undefined;
  // pdf-lib and the PAdES code are loaded on first use, not at start-up (idle memory, bench/README.md).
  const { signPdf } = await import('../pades/sign-pdf');
  const signed = await signPdf(input.pdf, {
    signer,
    level: timestamper ? level : 'B-B',
    timestamper,
    appearance,
    reason: input.reason,
    location: input.location ?? agency?.adminUnitName,
  });
  const result: SignDocumentResult = {
    pdf: signed.pdf,
    fieldName: signed.fieldName,
    certificateId,
    signingTime: signed.signingTime,
    level: timestamper ? level : 'B-B',
    step,
  };
  if (!input.skipAudit)
    await deps.db.transaction().execute((trx) =>
      appendAudit(trx, {
        actor: input.auditActor ?? { type: 'system' },
        action: 'signing.pdf_signed',
        subject: { type: 'signing_certificate', id: certificateId },
        agencyId: input.agencyId,
        data: { step, field: result.fieldName, level: result.level, bytes: result.pdf.length },
        requestId: input.requestId ?? null,
      }),
    );
  return result;
}
