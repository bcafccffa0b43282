import { randomBytes } from 'node:crypto';
import * as pkijs from 'pkijs';
import { buildSignedData, sha256 } from '../pades/cms';
import { localKeySigner, type Signer } from '../pades/signer';
import type { BuiltInCa } from './ca-store';
import {
  ab,
  algorithm,
  boolean,
  generalizedTime,
  integer,
  OID,
  octetString,
  oid,
  sequence,
  tlv,
  unsignedInteger,
  utf8String,
} from './der';

/** Who time-stamps a signature (RFC 3161): the built-in TSA in process, or a TSA over HTTP. */
export interface Timestamper {
  /** A TimeStampToken (CMS ContentInfo, DER) over a SHA-256 digest. */
  timestamp(digest: Uint8Array): Promise<Uint8Array>;
  /** About how large a token is, to reserve room for it in the signature; unknown: 8 KiB. */
  readonly sizeHint?: number;
}

/** TSA policy of the demo TSA: a UUID-based OID (ITU-T X.667), no registration needed. */
export const DEMO_TSA_POLICY = '2.25.212760416372290591846917307591473425923';

const HASH_LENGTHS: Record<string, number> = { [OID.sha256]: 32, [OID.sha384]: 48, [OID.sha512]: 64 };

type Request = { hashOid: string; digest: Uint8Array; nonce?: Uint8Array; certReq: boolean };

function tstInfo(request: Request, genTime: Date): Uint8Array {
  return sequence(
    integer(1),
    oid(DEMO_TSA_POLICY),
    sequence(algorithm(request.hashOid), octetString(request.digest)),
    unsignedInteger(randomBytes(16)),
    generalizedTime(genTime, true),
    sequence(integer(1)), // accuracy: one second
    ...(request.nonce ? [tlv(0x02, request.nonce)] : []),
  );
}

const tsaSigners = new WeakMap<BuiltInCa, { withCerts: Signer; bare: Signer }>();

function tsaSigner(ca: BuiltInCa, withCerts: boolean): Signer {
  let s = tsaSigners.get(ca);
  if (!s) {
    const privateKey = ca.tsa.privateKey;
    s = {
      withCerts: localKeySigner({ certificate: ca.tsa.cert.der, chain: [ca.issuing.cert.der], privateKey }),
      bare: localKeySigner({ certificate: ca.tsa.cert.der, privateKey }),
    };
    tsaSigners.set(ca, s);
  }
  return withCerts ? s.withCerts : s.bare;
}

async function issueToken(ca: BuiltInCa, request: Request, now = new Date()): Promise<Uint8Array> {
  const content = tstInfo(request, now);
  // RFC 3161 §2.4.1: without certReq the SignedData carries no certificates; we always need them for
  // PAdES (the verifier must find the TSA certificate), so the in-process timestamper asks for them.
  const { cms } = await buildSignedData({
    signer: tsaSigner(ca, request.certReq),
    digest: sha256(content),
    encapsulated: { contentType: OID.tstInfo, content },
  });
  return cms;
}

/** The built-in TSA, called in process by the signer (no HTTP round trip). */
export function builtInTimestamper(ca: BuiltInCa): Timestamper {
  return {
    // TSTInfo, signed attributes and signature (≈ 1.4 KB) beside the TSA and issuing CA certificates.
    sizeHint: ca.tsa.cert.der.length + ca.issuing.cert.der.length + 1536,
    timestamp: (digest) =>
      issueToken(ca, { hashOid: OID.sha256, digest, nonce: randomNonce(), certReq: true }),
  };
}

const randomNonce = () => {
  const n = randomBytes(8);
  n[0] = n[0]! & 0x7f;
  return n;
};

/**
 * TimeStampResp refusing a request: status 2 (rejection) and a PKIFailureInfo bit (RFC 3161 §2.4.2:
 * 0 badAlg, 2 badRequest, 5 badDataFormat, 15 unacceptedPolicy).
 */
function rejection(text: string, failBit: number): Uint8Array {
  const bits = new Uint8Array(Math.floor(failBit / 8) + 1);
  bits[Math.floor(failBit / 8)] = 0x80 >> (failBit % 8);
  const failInfo = tlv(0x03, Uint8Array.of(7 - (failBit % 8)), bits);
  return sequence(sequence(integer(2), sequence(utf8String(text)), failInfo));
}

/** Answers a TimeStampReq (application/timestamp-query) with a TimeStampResp (RFC 3161 §2.4.2). */
export async function respondToTimestampRequest(ca: BuiltInCa, body: Uint8Array): Promise<Uint8Array> {
  let req: pkijs.TimeStampReq;
  try {
    req = pkijs.TimeStampReq.fromBER(ab(body));
  } catch {
    return rejection('malformed request', 5);
  }
  const hashOid = req.messageImprint.hashAlgorithm.algorithmId;
  const digest = new Uint8Array(req.messageImprint.hashedMessage.valueBlock.valueHexView);
  if (HASH_LENGTHS[hashOid] === undefined) return rejection('unsupported hash algorithm', 0);
  if (digest.length !== HASH_LENGTHS[hashOid]) return rejection('digest length does not match', 2);
  if (req.reqPolicy && req.reqPolicy !== DEMO_TSA_POLICY) return rejection('unaccepted policy', 15);
  const nonce = req.nonce ? new Uint8Array(req.nonce.valueBlock.valueHexView) : undefined;
  const token = await issueToken(ca, {
    hashOid,
    digest,
    certReq: req.certReq ?? false,
    ...(nonce ? { nonce } : {}),
  });
  return sequence(sequence(integer(0)), token);
}

/** A TimeStampReq for a SHA-256 digest, as a client sends it. */
export function timestampRequest(digest: Uint8Array, nonce: Uint8Array = randomNonce()): Uint8Array {
  return sequence(
    integer(1),
    sequence(algorithm(OID.sha256), octetString(digest)),
    tlv(0x02, nonce),
    boolean(true),
  );
}

/** An RFC 3161 TSA reached over HTTP (a licensed Vietnamese TSA in production). */
export function httpTimestamper(url: string, timeoutMs = 10_000): Timestamper {
  return {
    async timestamp(digest) {
      const nonce = randomNonce();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/timestamp-query' },
        body: ab(timestampRequest(digest, nonce)),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!res.ok) throw new Error(`TSA ${url} answered HTTP ${res.status}`);
      const resp = pkijs.TimeStampResp.fromBER(new Uint8Array(await res.arrayBuffer()));
      if (resp.status.status > 1 || !resp.timeStampToken)
        throw new Error(`TSA ${url} refused the request (status ${resp.status.status})`);
      const token = new Uint8Array(resp.timeStampToken.toSchema().toBER());
      const info = readTstInfo(token);
      if (Buffer.compare(Buffer.from(info.digest), Buffer.from(digest)) !== 0)
        throw new Error(`TSA ${url} time-stamped another digest`);
      if (info.nonce && Buffer.compare(Buffer.from(info.nonce), Buffer.from(nonce)) !== 0)
        throw new Error(`TSA ${url} answered another request (nonce)`);
      return token;
    },
  };
}

/** The TSTInfo inside a token: what was stamped, when, and the nonce. */
export function readTstInfo(token: Uint8Array) {
  const signed = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(ab(token)).content });
  const econtent = signed.encapContentInfo.eContent;
  if (!econtent) throw new Error('time-stamp token without TSTInfo');
  const info = pkijs.TSTInfo.fromBER(econtent.getValue());
  return {
    info,
    signed,
    hashOid: info.messageImprint.hashAlgorithm.algorithmId,
    digest: new Uint8Array(info.messageImprint.hashedMessage.valueBlock.valueHexView),
    genTime: info.genTime,
    nonce: info.nonce ? new Uint8Array(info.nonce.valueBlock.valueHexView) : undefined,
  };
}
