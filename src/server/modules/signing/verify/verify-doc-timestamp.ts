import { msg } from './messages';
import type { Findings, SignatureReport } from './report';
import { verifyTimestamp } from './timestamp';
import { summarise, type VerifyContext } from './verify-signature';

/**
 * A document time-stamp (/Type /DocTimeStamp, SubFilter ETSI.RFC3161, PAdES B-LTA): an RFC 3161 token
 * whose message imprint is the hash of the byte ranges, signed by a trusted TSA.
 */
export async function verifyDocTimestamp(
  token: Uint8Array,
  br: number[],
  ctx: VerifyContext,
  report: SignatureReport,
  f: Findings,
): Promise<void> {
  const [, b, c, d] = br as [number, number, number, number];
  const covered = Buffer.concat([ctx.bytes.subarray(0, b), ctx.bytes.subarray(c, c + d)]);
  const ts = await verifyTimestamp(token, covered, [], ctx.trust, ctx.revocation);
  report.signatureFormat = 'PAdES-DOC-TIMESTAMP';
  if (ts.tsa) report.signedBy = summarise(ts.tsa);
  if (ts.genTime) {
    report.timestamp = { time: ts.genTime.toISOString(), tsa: ts.tsa?.commonName ?? null, valid: ts.valid };
    report.bestSignatureTime = ts.genTime.toISOString();
  }
  report.chain = ts.chain?.path.map((p) => ({ subject: p.subject, serialNumber: p.serialHex })) ?? [];
  if (ts.chain?.trusted)
    report.trustAnchor = {
      subject: ts.chain.anchor.subject,
      source: ctx.trust.sources.get(ts.chain.anchor.sha256) ?? null,
    };
  f.pass('FORMAT', msg.byteRangeOk());
  if (!ts.imprintOk) f.fail('INTEGRITY', 'HASH_FAILURE', msg.digestBad());
  else f.pass('INTEGRITY', msg.digestOk());
  if (!ts.signatureOk) f.fail('SIGNATURE', 'SIG_CRYPTO_FAILURE', msg.signatureBad());
  else if (!ts.chain?.trusted) f.indeterminate('CHAIN', 'NO_CERTIFICATE_CHAIN_FOUND', msg.chainUntrusted());
  else if (!ts.purposeOk) f.indeterminate('KEY_USAGE', 'SIG_CONSTRAINTS_FAILURE', msg.keyUsageBad());
  else if (ts.genTime) f.pass('TIMESTAMP', msg.timestampOk(ts.genTime, ts.tsa?.commonName ?? ''));
}
