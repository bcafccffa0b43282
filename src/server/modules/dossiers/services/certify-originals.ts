import { pageFeePerCopy } from '../../../../contracts/fee-math';
import type { Actor } from '../../../platform/auth';
import type { Platform } from '../../../platform/platform';
import type { PinnedVersion } from '../../catalog';
import { signingApi } from '../../signing';
import { readBlob } from '../lib/read-blob';
import { listAttachments } from '../repo/files.repo';
import type { ResultDossier, SignedResult } from './sign-result';

type Original = { title?: unknown; issuer?: unknown; pages?: unknown; copies?: unknown };

const positive = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);

/**
 * The result of chứng thực bản sao từ bản chính: each scanned original of the dossier becomes a certified
 * electronic copy, numbered in the agency's certification book (sổ chứng thực) and signed at once in the
 * copy style with the agency's seal, by the leader who signs the dossier (người thực hiện chứng thực).
 *
 * The n-th scan is the n-th original the form lists (`documents[]`: title, issuer, pages, copies), in the
 * order they were attached: its title goes in the book and names the copy, and its pages and copies
 * price the entry's fee (`pageFeePerCopy`). A scan beyond the list goes by its file name.
 */
export async function certifyOriginals(
  input: {
    actor: Actor;
    dossier: ResultDossier;
    version: PinnedVersion;
    requestId: string;
  },
  platform: Platform,
): Promise<SignedResult[]> {
  const signing = signingApi(platform);
  const form = (input.dossier.form_data ?? {}) as { declarant?: { fullName?: unknown }; documents?: unknown };
  const originals: Original[] = Array.isArray(form.documents) ? form.documents : [];
  const requesterName = typeof form.declarant?.fullName === 'string' ? form.declarant.fullName : '';
  const pageFee = input.version.fees.find((f) => f.basis === 'page' && f.currency === 'VND');
  const scans = await listAttachments(platform.db, input.dossier.id);
  const results: SignedResult[] = [];
  for (const [i, scan] of scans.entries()) {
    const original = originals[i];
    const title =
      typeof original?.title === 'string' && original.title.trim()
        ? original.title.trim()
        : scan.filename.replace(/\.[a-z0-9]+$/i, '');
    const pages = positive(original?.pages);
    const copy = await signing.certifyCopy({
      actor: input.actor,
      agencyId: input.dossier.agency_id,
      scan: await readBlob(platform.blobs, scan.sha256),
      title,
      requesterName,
      requesterAccountId: input.dossier.applicant_account_id ?? undefined,
      feeVnd:
        pageFee && pages ? pageFeePerCopy(pageFee, pages) * (positive(original?.copies) ?? 1) : undefined,
      reference: input.dossier.code,
      requestId: input.requestId,
    });
    const link = new URL(copy.verificationUrl);
    results.push({
      kind: 'certified_copy',
      title: `Bản sao chứng thực — ${title}, số ${copy.bookNumber}`,
      storeTitle: title,
      sha256: copy.sha256,
      size: copy.size,
      signedRecordId: copy.documentId,
      verificationPath: `${link.pathname}${link.search}`,
    });
  }
  return results;
}
