import { createHash, createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { ab, children, OID, readHeader } from './der';
import { x509 } from './x509';

/** What the signer and the verifier need to know about a certificate, parsed once and cached. */
export type ParsedCert = {
  der: Uint8Array;
  sha256: string;
  subject: string;
  issuer: string;
  /** Raw DER of the subject and issuer Names: chaining compares these, and CMS copies them. */
  subjectDer: Uint8Array;
  issuerDer: Uint8Array;
  /** Raw DER INTEGER of the serial number. */
  serialDer: Uint8Array;
  serialHex: string;
  notBefore: Date;
  notAfter: Date;
  publicKey: KeyObject;
  spkiDer: Uint8Array;
  isCa: boolean;
  pathLength: number | undefined;
  /** Key usage names (`digitalSignature`, `nonRepudiation`, …); undefined when the extension is absent. */
  keyUsage: Set<KeyUsageName> | undefined;
  extKeyUsage: string[] | undefined;
  subjectKeyId: string | undefined;
  authorityKeyId: string | undefined;
  crlUrls: string[];
  ocspUrls: string[];
  commonName: string | undefined;
  organization: string | undefined;
  selfIssued: boolean;
};

export type KeyUsageName =
  | 'digitalSignature'
  | 'nonRepudiation'
  | 'keyEncipherment'
  | 'dataEncipherment'
  | 'keyAgreement'
  | 'keyCertSign'
  | 'cRLSign'
  | 'encipherOnly'
  | 'decipherOnly';

const KEY_USAGE_BITS: [number, KeyUsageName][] = [
  [x509.KeyUsageFlags.digitalSignature, 'digitalSignature'],
  [x509.KeyUsageFlags.nonRepudiation, 'nonRepudiation'],
  [x509.KeyUsageFlags.keyEncipherment, 'keyEncipherment'],
  [x509.KeyUsageFlags.dataEncipherment, 'dataEncipherment'],
  [x509.KeyUsageFlags.keyAgreement, 'keyAgreement'],
  [x509.KeyUsageFlags.keyCertSign, 'keyCertSign'],
  [x509.KeyUsageFlags.cRLSign, 'cRLSign'],
  [x509.KeyUsageFlags.encipherOnly, 'encipherOnly'],
  [x509.KeyUsageFlags.decipherOnly, 'decipherOnly'],
];

const cache = new Map<string, ParsedCert>();
const CACHE_LIMIT = 2000;

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const urlsOf = (names: { type: string; value: string }[]) =>
  names.filter((n) => n.type === 'url').map((n) => n.value);

/** Parses a DER certificate; throws on malformed input. Results are cached by fingerprint. */
export function parseCertificate(der: Uint8Array): ParsedCert {
  const sha256 = sha256Hex(der);
  const hit = cache.get(sha256);
  if (hit) return hit;
  const cert = new x509.X509Certificate(ab(der));
  const [tbs] = children(der);
  const tbsFields = children(tbs!);
  // TBSCertificate: [0] version?, serialNumber, signature, issuer, validity, subject, spki, …
  const offset = tbsFields[0]![0] === 0xa0 ? 1 : 0;
  const serialDer = tbsFields[offset]!;
  const issuerDer = tbsFields[offset + 2]!;
  const subjectDer = tbsFields[offset + 4]!;
  const spkiDer = tbsFields[offset + 5]!;
  const basic = cert.getExtension(x509.BasicConstraintsExtension);
  const ku = cert.getExtension(x509.KeyUsagesExtension);
  const eku = cert.getExtension(x509.ExtendedKeyUsageExtension);
  const ski = cert.getExtension(x509.SubjectKeyIdentifierExtension);
  const aki = cert.getExtension(x509.AuthorityKeyIdentifierExtension);
  const cdp = cert.getExtension(x509.CRLDistributionPointsExtension);
  const aia = cert.getExtension(x509.AuthorityInfoAccessExtension);
  const crlUrls =
    cdp?.distributionPoints.flatMap((dp) =>
      (dp.distributionPoint?.fullName ?? [])
        .map((g) => g.uniformResourceIdentifier)
        .filter((u): u is string => !!u),
    ) ?? [];
  const field = (name: string) => cert.subjectName.getField(name)[0];
  const parsed: ParsedCert = {
    der,
    sha256,
    subject: cert.subject,
    issuer: cert.issuer,
    subjectDer,
    issuerDer,
    serialDer,
    serialHex: cert.serialNumber.toLowerCase().replace(/^(00)+(?=.)/, ''),
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    publicKey: createPublicKey({ key: Buffer.from(spkiDer), format: 'der', type: 'spki' }),
    spkiDer,
    isCa: basic?.ca ?? false,
    pathLength: basic?.pathLength,
    keyUsage: ku ? new Set(KEY_USAGE_BITS.filter(([bit]) => ku.usages & bit).map(([, n]) => n)) : undefined,
    extKeyUsage: eku ? eku.usages.map(String) : undefined,
    subjectKeyId: ski?.keyId.toLowerCase(),
    authorityKeyId: aki?.keyId?.toLowerCase(),
    crlUrls,
    ocspUrls: aia ? urlsOf(aia.ocsp.map((g) => ({ type: g.type, value: g.value }))) : [],
    commonName: field('CN'),
    organization: field('O'),
    selfIssued: Buffer.compare(Buffer.from(subjectDer), Buffer.from(issuerDer)) === 0,
  };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(sha256, parsed);
  return parsed;
}

const HASH_OF_SIGNATURE: Record<string, string> = {
  [OID.sha256WithRSA]: 'sha256',
  [OID.sha384WithRSA]: 'sha384',
  [OID.sha512WithRSA]: 'sha512',
  '1.2.840.113549.1.1.5': 'sha1',
  [OID.ecdsaWithSHA256]: 'sha256',
  [OID.ecdsaWithSHA384]: 'sha384',
  [OID.ecdsaWithSHA512]: 'sha512',
};

/** The dotted OID inside an AlgorithmIdentifier's encoding. */
export function algorithmOid(algorithmIdentifier: Uint8Array): string {
  const oidTlv = children(algorithmIdentifier)[0]!;
  const h = readHeader(oidTlv);
  const bytes = oidTlv.subarray(h.start, h.start + h.length);
  const arcs: number[] = [];
  let value = 0;
  for (const b of bytes) {
    value = value * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      arcs.push(value);
      value = 0;
    }
  }
  const first = arcs.shift() ?? 0;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...arcs].join('.');
}

/**
 * Verifies a signed X.509 structure (certificate, CRL, OCSP basic response: SEQUENCE { tbs, algorithm,
 * BIT STRING }) with `key`. False for an unknown algorithm or a bad signature.
 */
export function verifySignedStructure(
  tbs: Uint8Array,
  algorithmIdentifier: Uint8Array,
  signature: Uint8Array,
  key: KeyObject,
): boolean {
  const hash = HASH_OF_SIGNATURE[algorithmOid(algorithmIdentifier)];
  if (!hash) return false;
  try {
    return cryptoVerify(hash, tbs, key, signature);
  } catch {
    return false;
  }
}

/** The bytes of a BIT STRING element without its unused-bits byte. */
export function bitStringBytes(element: Uint8Array): Uint8Array {
  const h = readHeader(element);
  return element.subarray(h.start + 1, h.start + h.length);
}

const verifiedPairs = new Map<string, boolean>();

/** True when `issuer`'s key verifies `cert`'s signature (cached per pair: the answer never changes). */
export function isSignedBy(cert: ParsedCert, issuer: ParsedCert): boolean {
  const key = `${cert.sha256}:${issuer.sha256}`;
  const known = verifiedPairs.get(key);
  if (known !== undefined) return known;
  const [tbs, sigAlg, sigValue] = children(cert.der);
  const ok =
    !!(tbs && sigAlg && sigValue) &&
    verifySignedStructure(tbs, sigAlg, bitStringBytes(sigValue), issuer.publicKey);
  if (verifiedPairs.size >= CACHE_LIMIT) verifiedPairs.delete(verifiedPairs.keys().next().value!);
  verifiedPairs.set(key, ok);
  return ok;
}

export function toPem(der: Uint8Array, label = 'CERTIFICATE'): string {
  const b64 = Buffer.from(der).toString('base64');
  return `-----BEGIN ${label}-----\n${b64.match(/.{1,64}/g)!.join('\n')}\n-----END ${label}-----\n`;
}

/** Every DER body in a PEM bundle, or the input itself when it is DER already. */
export function fromPemOrDer(input: Uint8Array, label = 'CERTIFICATE'): Uint8Array[] {
  const text = Buffer.from(input).toString('latin1');
  if (!text.includes('-----BEGIN')) return [input];
  const re = new RegExp(`-----BEGIN ${label}-----([^-]+)-----END ${label}-----`, 'g');
  return [...text.matchAll(re)].map((m) => new Uint8Array(Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64')));
}

/** The time a certificate is valid at, as the verifier asks it. */
export const isValidAt = (cert: ParsedCert, at: Date) =>
  cert.notBefore.getTime() <= at.getTime() && at.getTime() <= cert.notAfter.getTime();

export const canSign = (cert: ParsedCert) =>
  !cert.keyUsage || cert.keyUsage.has('digitalSignature') || cert.keyUsage.has('nonRepudiation');
