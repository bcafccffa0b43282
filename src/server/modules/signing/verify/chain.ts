import { isSignedBy, isValidAt, type ParsedCert } from '../pki/certificate';
import { isAnchor, type TrustStore } from '../pki/trust-store';

/** A certification path from the signer (first) to a trust anchor (last), or why there is none. */
export type ChainResult =
  | { trusted: true; path: ParsedCert[]; anchor: ParsedCert; problems: ChainProblem[] }
  | { trusted: false; path: ParsedCert[]; anchor: undefined; problems: ChainProblem[] };

export type ChainProblem =
  | { kind: 'no_issuer'; cert: ParsedCert }
  | { kind: 'untrusted_root'; cert: ParsedCert }
  | { kind: 'expired'; cert: ParsedCert }
  | { kind: 'not_yet_valid'; cert: ParsedCert }
  | { kind: 'not_a_ca'; cert: ParsedCert }
  | { kind: 'path_length'; cert: ParsedCert };

const sameName = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
const MAX_DEPTH = 8;

/**
 * Builds the path by issuer name and key identifier, checking each signature (cached), then validates
 * it at `at` (the best signature time): validity periods, CA flags, key usage keyCertSign, path length.
 */
export function buildChain(leaf: ParsedCert, pool: ParsedCert[], trust: TrustStore, at: Date): ChainResult {
  const candidates = [...trust.anchors, ...pool, ...trust.intermediates];
  const path: ParsedCert[] = [leaf];
  const problems: ChainProblem[] = [];
  let current = leaf;
  let anchor: ParsedCert | undefined;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (isAnchor(trust, current)) {
      anchor = current;
      break;
    }
    if (current.selfIssued && isSignedBy(current, current)) {
      problems.push({ kind: 'untrusted_root', cert: current });
      break;
    }
    const issuers = candidates.filter(
      (c) =>
        c.sha256 !== current.sha256 &&
        sameName(c.subjectDer, current.issuerDer) &&
        (!current.authorityKeyId || !c.subjectKeyId || current.authorityKeyId === c.subjectKeyId) &&
        !path.some((p) => p.sha256 === c.sha256),
    );
    const issuer =
      issuers.find((c) => isAnchor(trust, c) && isSignedBy(current, c)) ??
      issuers.find((c) => isSignedBy(current, c));
    if (!issuer) {
      problems.push({ kind: 'no_issuer', cert: current });
      break;
    }
    path.push(issuer);
    current = issuer;
  }
  path.forEach((cert, i) => {
    if (i === path.length - 1 && anchor) return; // anchors are trusted as configured
    if (!isValidAt(cert, at))
      problems.push({ kind: at < cert.notBefore ? 'not_yet_valid' : 'expired', cert });
    if (i > 0) {
      if (!cert.isCa || (cert.keyUsage && !cert.keyUsage.has('keyCertSign')))
        problems.push({ kind: 'not_a_ca', cert });
      // pathLenConstraint counts the CA certificates below this one (the leaf excluded).
      if (cert.pathLength !== undefined && i - 1 > cert.pathLength)
        problems.push({ kind: 'path_length', cert });
    }
  });
  return anchor
    ? { trusted: true, path, anchor, problems }
    : { trusted: false, path, anchor: undefined, problems };
}
