import { createHash } from 'node:crypto';
import type { PDFDocument } from '@cantoo/pdf-lib';
import { canSign, isValidAt, type ParsedCert } from '../pki/certificate';
import type { TrustStore } from '../pki/trust-store';
import { buildChain, type ChainResult } from './chain';
import { type CmsFacts, readCms, trimDer } from './cms';
import { changeMessage, msg } from './messages';
import { analyseChanges } from './modifications';
import { Findings, type SignatureReport } from './report';
import { checkRevocation, type RevocationOptions, type RevocationResult } from './revocation';
import type { SignatureEntry } from './structure';
import { type TimestampFacts, verifyTimestamp } from './timestamp';
import { verifyDocTimestamp } from './verify-doc-timestamp';

export type VerifyContext = {
  bytes: Uint8Array;
  /** The same bytes with the signature gaps blanked, as the parser saw them (see mask-gaps.ts). */
  masked: Uint8Array;
  /** Byte ranges whose gap was blanked, as "0 b c d". */
  gaps: Set<string>;
  doc: PDFDocument;
  revisionEnds: number[];
  trust: TrustStore;
  revocation: RevocationOptions;
  now: Date;
};

const iso = (d: Date | undefined) => (d ? d.toISOString() : null);
const HEX = /^[0-9a-fA-F]*$/;

export const summarise = (c: ParsedCert) => ({
  subject: c.subject,
  commonName: c.commonName ?? null,
  organization: c.organization ?? null,
  serialNumber: c.serialHex,
  issuer: c.issuer,
  notBefore: c.notBefore.toISOString(),
  notAfter: c.notAfter.toISOString(),
  sha256: c.sha256,
});

/** The signature value held in the byte-range gap, or undefined when the gap is not `<hex>`. */
function gapContents(bytes: Uint8Array, br: number[]): Uint8Array | undefined {
  const [a, b, c, d] = br as [number, number, number, number];
  if (a !== 0 || b <= 0 || c <= b + 1 || d < 0 || c + d > bytes.length) return undefined;
  const gap = Buffer.from(bytes.buffer, bytes.byteOffset + b, c - b).toString('latin1');
  if (gap[0] !== '<' || gap[gap.length - 1] !== '>' || !HEX.test(gap.slice(1, -1)) || gap.length % 2)
    return undefined;
  return new Uint8Array(Buffer.from(gap.slice(1, -1), 'hex'));
}

export async function verifySignature(entry: SignatureEntry, ctx: VerifyContext): Promise<SignatureReport> {
  const f = new Findings();
  const report: SignatureReport = {
    fieldName: entry.fieldName,
    indication: 'INDETERMINATE',
    subIndication: null,
    signatureFormat: 'NOT-BASELINE',
    subFilter: entry.subFilter ?? null,
    claimedSigningTime: iso(entry.claimedTime),
    bestSignatureTime: ctx.now.toISOString(),
    timestamp: null,
    signedBy: null,
    chain: [],
    trustAnchor: null,
    revocation: null,
    coverage: 'UNKNOWN',
    revision: null,
    modifications: { status: 'NONE', changes: [] },
    reason: entry.reason ?? null,
    location: entry.location ?? null,
    page: entry.page ?? null,
    visible: entry.visible,
    checks: f.checks,
    errors: f.errors,
    warnings: f.warnings,
  };
  const done = () => Object.assign(report, f.result());

  // FORMAT: the gap of the byte range is the signature value, and the format is one we read.
  const pades = entry.subFilter === 'ETSI.CAdES.detached';
  const docTimestamp = entry.subFilter === 'ETSI.RFC3161';
  if (!pades && !docTimestamp && entry.subFilter !== 'adbe.pkcs7.detached') {
    f.indeterminate('FORMAT', 'FORMAT_FAILURE', msg.subFilterUnsupported(entry.subFilter ?? '?'));
    return done();
  }
  const br = entry.byteRange;
  const gap = br ? gapContents(ctx.bytes, br) : undefined;
  // The dictionary's own /Contents is this gap: blanked with it (empty), or equal to it when not blanked.
  const same =
    gap &&
    entry.contents &&
    (entry.contents.length === 0
      ? ctx.gaps.has(br!.join(' '))
      : Buffer.compare(Buffer.from(gap), Buffer.from(entry.contents)) === 0);
  if (!br || !gap || !same) {
    f.fail('FORMAT', 'FORMAT_FAILURE', msg.byteRangeBad());
    return done();
  }
  if (docTimestamp) {
    await verifyDocTimestamp(trimDer(gap), br, ctx, report, f);
    await coverage(br, ctx, report, f);
    return done();
  }
  let cms: CmsFacts;
  try {
    cms = readCms(trimDer(gap));
  } catch {
    f.fail('FORMAT', 'FORMAT_FAILURE', msg.cmsBad());
    return done();
  }
  f.pass('FORMAT', pades ? msg.byteRangeOk() : msg.notPades());
  const signer = cms.signer;
  if (signer) report.signedBy = summarise(signer);

  // INTEGRITY and SIGNATURE.
  const [, b, c, d] = br as [number, number, number, number];
  if (!cms.hash)
    f.indeterminate('INTEGRITY', 'CRYPTO_CONSTRAINTS_FAILURE_NO_POE', msg.weakHash(cms.digestAlgorithm));
  else {
    const digest = createHash(cms.hash)
      .update(ctx.bytes.subarray(0, b))
      .update(ctx.bytes.subarray(c, c + d))
      .digest();
    if (!cms.messageDigest || Buffer.compare(digest, Buffer.from(cms.messageDigest)) !== 0)
      f.fail('INTEGRITY', 'HASH_FAILURE', msg.digestBad());
    else if (cms.hash === 'sha1')
      f.indeterminate('INTEGRITY', 'CRYPTO_CONSTRAINTS_FAILURE_NO_POE', msg.weakHash('SHA-1'));
    else f.pass('INTEGRITY', msg.digestOk());
  }
  if (!signer) {
    f.indeterminate('SIGNING_CERTIFICATE', 'NO_SIGNING_CERTIFICATE_FOUND', msg.signerMissing());
    return done();
  }
  if (cms.signatureValid) f.pass('SIGNATURE', msg.signatureOk());
  else f.fail('SIGNATURE', 'SIG_CRYPTO_FAILURE', msg.signatureBad());
  if (cms.signingCertificateAttribute === 'match') f.pass('SIGNING_CERTIFICATE', msg.essOk());
  else if (cms.signingCertificateAttribute === 'absent') f.warn('SIGNING_CERTIFICATE', msg.essAbsent());
  else f.indeterminate('SIGNING_CERTIFICATE', 'NO_SIGNING_CERTIFICATE_FOUND', msg.essMismatch());
  if (pades && cms.hasSigningTime) f.note(msg.signingTimeAttr());

  // TIMESTAMP: a valid one is the proof of existence (best signature time).
  let ts: TimestampFacts | undefined;
  if (cms.timestampTokens[0]) {
    ts = await verifyTimestamp(
      cms.timestampTokens[0],
      cms.signatureValue,
      cms.certificates,
      ctx.trust,
      ctx.revocation,
    );
    report.timestamp = {
      time: iso(ts.genTime) ?? '',
      tsa: ts.tsa?.commonName ?? ts.tsa?.subject ?? null,
      valid: ts.valid,
    };
    if (ts.valid && ts.genTime) f.pass('TIMESTAMP', msg.timestampOk(ts.genTime, ts.tsa?.commonName ?? ''));
    else f.warn('TIMESTAMP', msg.timestampBad());
  }
  const poe = ts?.valid ? ts.genTime : undefined;
  const best = poe ?? ctx.now;
  report.bestSignatureTime = best.toISOString();
  const baseline = pades && cms.signingCertificateAttribute === 'match' && !cms.hasSigningTime;
  report.signatureFormat = `${baseline ? 'PAdES-BASELINE' : pades ? 'NOT-BASELINE' : 'PKCS7'}${baseline || !pades ? (poe ? '-T' : '-B') : ''}`;

  // CHAIN, VALIDITY, REVOCATION, KEY_USAGE.
  const chain = buildChain(signer, cms.certificates, ctx.trust, best);
  report.chain = chain.path.map((p) => ({ subject: p.subject, serialNumber: p.serialHex }));
  if (chain.trusted) {
    report.trustAnchor = {
      subject: chain.anchor.subject,
      source: ctx.trust.sources.get(chain.anchor.sha256) ?? null,
    };
    chainProblems(chain, signer, f);
  } else f.indeterminate('CHAIN', 'NO_CERTIFICATE_CHAIN_FOUND', msg.chainUntrusted());
  validity(signer, best, poe, ctx.now, f);
  if (chain.trusted) report.revocation = await revocation(chain, poe, ctx.revocation, f);
  if (canSign(signer)) f.pass('KEY_USAGE', msg.keyUsageOk());
  else f.indeterminate('KEY_USAGE', 'SIG_CONSTRAINTS_FAILURE', msg.keyUsageBad());

  await coverage(br, ctx, report, f);
  return done();
}

/** MODIFICATIONS: how much of the file the signature covers, and what changed after its revision. */
async function coverage(br: number[], ctx: VerifyContext, report: SignatureReport, f: Findings) {
  const end = br[2]! + br[3]!;
  report.revision = ctx.revisionEnds.includes(end) ? revisionNumber(ctx.revisionEnds, end) : null;
  if (end === ctx.bytes.length) {
    report.coverage = 'ENTIRE_FILE';
    f.pass('MODIFICATIONS', msg.coverageFull());
  } else if (ctx.revisionEnds.includes(end)) {
    report.coverage = 'ENTIRE_REVISION';
    const changes = await analyseChanges(ctx.masked.subarray(0, end), ctx.doc);
    const disallowed = changes.some((x) => !x.allowed);
    report.modifications = {
      status: disallowed ? 'DISALLOWED' : changes.length ? 'ALLOWED' : 'NONE',
      changes: changes.map((x) => ({ allowed: x.allowed, page: x.page ?? null, ...changeMessage(x) })),
    };
    if (disallowed) f.fail('MODIFICATIONS', 'FORMAT_FAILURE', msg.changesDisallowed());
    else f.pass('MODIFICATIONS', msg.changesAllowed());
  } else {
    report.coverage = 'PARTIAL';
    f.indeterminate('MODIFICATIONS', 'FORMAT_FAILURE', msg.partialCoverage());
  }
}

/** 1-based number of the revision ending at `end` (several positions may close one revision). */
function revisionNumber(ends: number[], end: number): number {
  let n = 0;
  let last = -10;
  for (const e of ends) {
    if (e > last + 2) n++;
    last = e;
    if (e === end) return n;
  }
  return n;
}

function chainProblems(chain: ChainResult, leaf: ParsedCert, f: Findings) {
  const others = chain.problems.filter((p) => p.cert !== leaf);
  const bounds = others.find((p) => p.kind === 'expired' || p.kind === 'not_yet_valid');
  const constraints = others.find((p) => p.kind === 'not_a_ca' || p.kind === 'path_length');
  if (constraints)
    f.indeterminate('CHAIN', 'CHAIN_CONSTRAINTS_FAILURE', msg.chainConstraints(constraints.cert.subject));
  else if (bounds)
    f.indeterminate('CHAIN', 'OUT_OF_BOUNDS_NO_POE', msg.chainOutOfBounds(bounds.cert.subject));
  else f.pass('CHAIN', msg.chainOk(chain.anchor?.commonName ?? chain.anchor?.subject ?? ''));
}

function validity(cert: ParsedCert, best: Date, poe: Date | undefined, now: Date, f: Findings) {
  if (best < cert.notBefore) f.fail('VALIDITY', 'NOT_YET_VALID', msg.notYetValid(cert.notBefore));
  else if (best > cert.notAfter) {
    if (poe) f.fail('VALIDITY', 'EXPIRED', msg.expiredAtSigning(cert.notAfter));
    else f.indeterminate('VALIDITY', 'OUT_OF_BOUNDS_NO_POE', msg.expiredNoPoe(cert.notAfter));
  } else if (!isValidAt(cert, now) && now > cert.notAfter)
    f.warn('VALIDITY', msg.expiredSince(cert.notAfter));
  else f.pass('VALIDITY', msg.validAtSigning());
}

async function revocation(
  chain: ChainResult,
  poe: Date | undefined,
  options: RevocationOptions,
  f: Findings,
) {
  const path = chain.path;
  let leafResult: RevocationResult | undefined;
  const sources = new Set<string>();
  for (let i = 0; i < path.length - 1; i++) {
    const result = await checkRevocation(path[i]!, path[i + 1]!, options);
    if (i === 0) leafResult = result;
    if (result.source) sources.add(result.source);
    if (result.status === 'revoked' && result.revokedAt) {
      if (poe && poe < result.revokedAt) f.note(msg.revokedAfter(result.revokedAt));
      else if (poe) f.fail('REVOCATION', 'REVOKED', msg.revoked(result.revokedAt));
      else f.indeterminate('REVOCATION', 'REVOKED_NO_POE', msg.revokedNoPoe(result.revokedAt));
      return present(leafResult ?? result);
    }
    if (result.status === 'unknown') {
      if (result.reason === 'offline') f.warn('REVOCATION', msg.revocationOffline());
      else f.indeterminate('REVOCATION', 'TRY_LATER', msg.revocationUnavailable());
      return present(leafResult ?? result);
    }
  }
  f.pass('REVOCATION', msg.notRevoked([...sources].join(', ') || 'CRL'));
  return leafResult ? present(leafResult) : null;
}

const present = (r: RevocationResult) => ({
  status: r.status,
  source: r.source,
  revokedAt: iso(r.revokedAt),
  issuedAt: iso(r.issuedAt),
});
