import { createHash } from 'node:crypto';
import { AppError } from '../../../platform/errors';
import { loadPdf } from '../pades/pdf-load';
import type { TrustStore } from '../pki/trust-store';
import { maskSignatureGaps } from './mask-gaps';
import type { DocumentReport } from './report';
import type { RevocationOptions } from './revocation';
import { findSignatures, revisionEnds } from './structure';
import { verifySignature } from './verify-signature';

/** Each signature costs a parse of its revision: a bound keeps a hostile upload from costing minutes. */
const MAX_SIGNATURES = 50;

export type VerifyOptions = {
  trust: TrustStore;
  revocation: RevocationOptions;
  /** Validation time; defaults to now. */
  now?: Date;
};

/**
 * Verifies every signature of a PDF: integrity of its byte range, the CMS signature, the chain to a
 * trusted root, revocation, the time-stamp, the certificate's validity at signing time, key usage, and
 * what changed after it was applied. Throws (AppError, 4xx) only for files that are not readable PDFs.
 */
export async function verifyPdf(bytes: Uint8Array, options: VerifyOptions): Promise<DocumentReport> {
  const { masked, gaps } = maskSignatureGaps(bytes);
  const doc = await loadPdf(masked, { forUpdate: false });
  const now = options.now ?? new Date();
  const ends = revisionEnds(bytes);
  const entries = findSignatures(doc).sort(
    (a, b) =>
      (a.byteRange?.[2] ?? 0) + (a.byteRange?.[3] ?? 0) - ((b.byteRange?.[2] ?? 0) + (b.byteRange?.[3] ?? 0)),
  );
  if (entries.length > MAX_SIGNATURES)
    throw new AppError('VALIDATION_FAILED', {
      vi: `Tệp có quá nhiều chữ ký (${entries.length}); chỉ xác minh tối đa ${MAX_SIGNATURES} chữ ký.`,
      en: `The file has too many signatures (${entries.length}); at most ${MAX_SIGNATURES} are verified.`,
      extra: { reason: 'too_many_signatures' },
    });
  const ctx = {
    bytes,
    masked,
    gaps,
    doc,
    revisionEnds: ends,
    trust: options.trust,
    revocation: options.revocation,
    now,
  };
  const signatures = [];
  for (const entry of entries) signatures.push(await verifySignature(entry, ctx));
  const lastEnd = Math.max(0, ...entries.map((e) => (e.byteRange ? e.byteRange[2]! + e.byteRange[3]! : 0)));
  let revisions = 0;
  let last = -10;
  for (const e of ends) {
    if (e > last + 2) revisions++;
    last = e;
  }
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    revisions,
    signatureCount: signatures.length,
    valid: signatures.length > 0 && signatures.every((s) => s.indication === 'TOTAL_PASSED'),
    unsignedTail: signatures.length > 0 && lastEnd < bytes.length,
    validatedAt: now.toISOString(),
    signatures,
  };
}
