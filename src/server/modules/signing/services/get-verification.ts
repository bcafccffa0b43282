import { safeEqual } from '../../../platform/crypto';
import { AppError } from '../../../platform/errors';
import type { SigningDeps } from '../deps';
import { fileUrl, readBytes } from '../lib/files';
import { findDocument } from '../repo/documents.repo';
import { presentRegistered } from './present-document';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The target of the QR link printed on a result: the registered record and the report of its latest
 * signed file. The link carries the document id and the SHA-256 of the document as registered; a
 * different hash is answered as not found, so ids alone cannot be enumerated.
 */
export async function getDocumentRecord(input: { id: string; hash: string }, deps: Pick<SigningDeps, 'db'>) {
  const doc = UUID.test(input.id) ? await findDocument(deps.db, input.id) : undefined;
  if (!doc || !safeEqual(doc.original_sha256, input.hash.toLowerCase())) throw new AppError('NOT_FOUND');
  return doc;
}

export async function getVerification(
  input: { id: string; hash: string },
  deps: Pick<SigningDeps, 'db' | 'blobs' | 'pki'>,
) {
  const doc = await getDocumentRecord(input, deps);
  // Loaded on first use, not at start-up: pdf-lib and the PAdES code weigh on idle memory (bench/README.md).
  const { verifyPdf } = await import('../verify/verify-pdf');
  const report = await verifyPdf(
    await readBytes(deps.blobs, doc.current_sha256),
    await deps.pki.verifyOptions(),
  );
  return {
    document: await presentRegistered(deps.db, doc),
    report,
    fileUrl: fileUrl(doc.id, doc.original_sha256),
  };
}

/** The latest file of a registered document, for the same link holders. */
export async function getDocumentFile(
  input: { id: string; hash: string },
  deps: Pick<SigningDeps, 'db' | 'blobs'>,
) {
  const doc = await getDocumentRecord(input, deps);
  return { bytes: await readBytes(deps.blobs, doc.current_sha256), title: doc.title };
}
