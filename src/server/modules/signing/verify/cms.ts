import { constants, createHash, verify as cryptoVerify } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { type ParsedCert, parseCertificate } from '../pki/certificate';
import { ab, OID } from '../pki/der';
import { DerError, expect, kids, type Node, octets, oidOf, readNode } from '../pki/der-reader';

/**
 * The verifier's own reading of a CMS SignedData (RFC 5652). The signer writes DER with pki/der.ts;
 * this reads it with verify/der-reader.ts: the two share no code. Facts only; the report judges them.
 */
export type CmsFacts = {
  certificates: ParsedCert[];
  signer: ParsedCert | undefined;
  digestAlgorithm: string;
  /** node:crypto hash name, undefined when unsupported. */
  hash: string | undefined;
  messageDigest: Uint8Array | undefined;
  contentType: string | undefined;
  hasSigningTime: boolean;
  /** ESS signing-certificate(-v2): absent, matching the signer, or naming another certificate. */
  signingCertificateAttribute: 'absent' | 'match' | 'mismatch';
  signatureValue: Uint8Array;
  /** The signature over the signed attributes verifies with the signer's key. */
  signatureValid: boolean;
  signatureAlgorithm: string;
  timestampTokens: Uint8Array[];
  encapsulated: Uint8Array | undefined;
};

export const HASH_NAMES: Record<string, string> = {
  [OID.sha1]: 'sha1',
  [OID.sha256]: 'sha256',
  [OID.sha384]: 'sha384',
  [OID.sha512]: 'sha512',
};

const SIG_HASH: Record<string, string> = {
  [OID.sha256WithRSA]: 'sha256',
  [OID.sha384WithRSA]: 'sha384',
  [OID.sha512WithRSA]: 'sha512',
  [OID.ecdsaWithSHA256]: 'sha256',
  [OID.ecdsaWithSHA384]: 'sha384',
  [OID.ecdsaWithSHA512]: 'sha512',
  '1.2.840.113549.1.1.5': 'sha1',
};

const RSA_PSS = '1.2.840.113549.1.1.10';
const SIGNING_CERTIFICATE_V1 = '1.2.840.113549.1.9.16.2.12';
const SIGNING_TIME = '1.2.840.113549.1.9.5';

/** The DER of a CMS in a /Contents gap, without the zero padding after it. */
export function trimDer(contents: Uint8Array): Uint8Array {
  try {
    return readNode(contents, 0).raw;
  } catch (e) {
    if (!(e instanceof DerError)) throw e;
    const parsed = asn1js.fromBER(ab(contents));
    if (parsed.offset === -1) throw new Error('not DER');
    return contents.subarray(0, parsed.offset);
  }
}

type Attribute = { type: string; values: Node[] };
const attributes = (set: Node): Attribute[] =>
  kids(set).map((a) => {
    const [type, values] = kids(expect(a, 0x30));
    return { type: oidOf(type!), values: kids(expect(values, 0x31)) };
  });

const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

function essCheck(
  attrs: Attribute[],
  signer: ParsedCert | undefined,
): CmsFacts['signingCertificateAttribute'] {
  const v2 = attrs.find((a) => a.type === OID.signingCertificateV2);
  const attr = v2 ?? attrs.find((a) => a.type === SIGNING_CERTIFICATE_V1);
  if (!attr) return 'absent';
  if (!signer) return 'mismatch';
  try {
    const certId = kids(kids(attr.values[0]!)[0]!)[0]!; // SigningCertificate → certs → first ESSCertID
    const parts = kids(certId);
    let hash = v2 ? 'sha256' : 'sha1';
    let value = parts[0]!;
    if (v2 && value.tag === 0x30) {
      hash = HASH_NAMES[oidOf(kids(value)[0]!)] ?? '';
      value = parts[1]!;
    }
    if (!hash) return 'mismatch';
    return same(createHash(hash).update(signer.der).digest(), octets(value)) ? 'match' : 'mismatch';
  } catch {
    return 'mismatch';
  }
}

function verifySignature(
  alg: Node,
  signer: ParsedCert,
  hash: string | undefined,
  data: Uint8Array,
  sig: Uint8Array,
) {
  const algOid = oidOf(kids(alg)[0]!);
  try {
    if (algOid === RSA_PSS) {
      const params = new pkijs.RSASSAPSSParams({ schema: asn1js.fromBER(ab(kids(alg)[1]!.raw)).result });
      const pssHash = HASH_NAMES[params.hashAlgorithm.algorithmId] ?? 'sha1';
      return cryptoVerify(
        pssHash,
        data,
        { key: signer.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: params.saltLength },
        sig,
      );
    }
    const h =
      SIG_HASH[algOid] ?? (algOid === OID.rsaEncryption || algOid === OID.ecPublicKey ? hash : undefined);
    return !!h && cryptoVerify(h, data, signer.publicKey, sig);
  } catch {
    return false;
  }
}

function read(der: Uint8Array): CmsFacts {
  const [type, wrapped] = kids(expect(readNode(der), 0x30));
  if (oidOf(type!) !== OID.signedData) throw new DerError('not a SignedData');
  const signedData = kids(expect(kids(expect(wrapped, 0xa0))[0], 0x30));
  let i = 2;
  const encap = kids(expect(signedData[i++], 0x30));
  const eContentType = oidOf(encap[0]!);
  const eContent = encap[1] ? octets(kids(expect(encap[1], 0xa0))[0]!) : undefined;
  const certificates: ParsedCert[] = [];
  if (signedData[i]?.tag === 0xa0)
    for (const c of kids(signedData[i++]!)) if (c.tag === 0x30) certificates.push(parseCertificate(c.raw));
  if (signedData[i]?.tag === 0xa1) i++; // crls
  const infos = kids(expect(signedData[i], 0x31));
  if (infos.length !== 1) throw new DerError('a PAdES signature has exactly one SignerInfo');
  const f = kids(expect(infos[0], 0x30));
  let j = 1;
  const sid = f[j++]!;
  const signer =
    sid.tag === 0x30
      ? certificates.find((c) => {
          const [issuer, serial] = kids(sid);
          return same(c.issuerDer, issuer!.raw) && same(c.serialDer, serial!.raw);
        })
      : certificates.find((c) => c.subjectKeyId === Buffer.from(sid.content).toString('hex'));
  const digestAlgorithm = oidOf(kids(expect(f[j++], 0x30))[0]!);
  const signedAttrsNode = f[j]?.tag === 0xa0 ? f[j++] : undefined;
  const signatureAlgorithm = expect(f[j++], 0x30);
  const signatureValue = octets(f[j++]!);
  const unsigned = f[j]?.tag === 0xa1 ? attributes(f[j]!) : [];
  const signed = signedAttrsNode ? attributes(signedAttrsNode) : [];
  const hash = HASH_NAMES[digestAlgorithm];
  const md = signed.find((a) => a.type === OID.messageDigest)?.values[0];
  const ct = signed.find((a) => a.type === OID.contentType)?.values[0];
  // The signature covers the attributes' DER with the SET tag (0x31), not the [0] of the SignerInfo.
  const data = signedAttrsNode
    ? Buffer.concat([Uint8Array.of(0x31), signedAttrsNode.raw.subarray(1)])
    : undefined;
  return {
    certificates,
    signer,
    digestAlgorithm,
    hash,
    messageDigest: md ? octets(md) : undefined,
    contentType: ct ? oidOf(ct) : eContentType,
    hasSigningTime: signed.some((a) => a.type === SIGNING_TIME),
    signingCertificateAttribute: essCheck(signed, signer),
    signatureValue,
    signatureValid:
      !!signer && !!data && verifySignature(signatureAlgorithm, signer, hash, data, signatureValue),
    signatureAlgorithm: oidOf(kids(signatureAlgorithm)[0]!),
    timestampTokens: unsigned
      .filter((a) => a.type === OID.signatureTimeStampToken)
      .flatMap((a) => a.values.map((v) => v.raw)),
    encapsulated: eContent,
  };
}

/** Parses a SignedData ContentInfo with one SignerInfo. Throws when it is not CMS at all. */
export function readCms(der: Uint8Array): CmsFacts {
  try {
    return read(der);
  } catch (e) {
    if (!(e instanceof DerError) || e.message !== 'indefinite length') throw e;
    // BER from some signers: re-encode with definite lengths and read again.
    return read(new Uint8Array(asn1js.fromBER(ab(der)).result.toBER()));
  }
}
