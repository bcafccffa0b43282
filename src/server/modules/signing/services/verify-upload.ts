import { createHash } from 'node:crypto';
import type { SigningDeps } from '../deps';
import { findDocumentsByOriginal } from '../repo/documents.repo';
import { presentRegistered } from './present-document';

/** Candidate "original" prefixes: every revision end (the registered bytes are the first revision). */
function prefixHashes(bytes: Uint8Array, revisionEnds: (bytes: Uint8Array) => number[]): string[] {
  const ends = [...new Set(revisionEnds(bytes))].slice(0, 8);
  return ends.map((end) => createHash('sha256').update(bytes.subarray(0, end)).digest('hex'));
}

/**
 * Public verification of an uploaded PDF (no sign-in): the report of every signature, and the registered
 * record(s) the file is a version of, so a citizen sees who issued it and whether it still stands.
 */
export async function verifyUpload(input: { pdf: Uint8Array }, deps: Pick<SigningDeps, 'db' | 'pki'>) {
  // Loaded on first use, not at start-up: pdf-lib and the PAdES code weigh on idle memory (bench/README.md).
  const [{ revisionEnds }, { verifyPdf }] = await Promise.all([
    import('../verify/structure'),
    import('../verify/verify-pdf'),
  ]);
  const report = await verifyPdf(input.pdf, await deps.pki.verifyOptions());
  const registered = [];
  for (const sha of prefixHashes(input.pdf, revisionEnds)) {
    for (const row of await findDocumentsByOriginal(deps.db, sha))
      registered.push(await presentRegistered(deps.db, row));
    if (registered.length) break;
  }
  return { report, registered, isLatestVersion: registered.some((r) => r.sha256 === report.sha256) };
}
