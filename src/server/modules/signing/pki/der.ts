/**
 * A few DER (ITU-T X.690) writers. The signer builds CMS, PKCS#12 and timestamp structures from cached,
 * already-encoded pieces (certificates, names) by concatenation: faster than an object model and the
 * bytes are exactly what we mean. The verifier parses with pkijs instead, so the two never share a bug.
 */

export type Der = Uint8Array;

function lengthBytes(length: number): Uint8Array {
  if (length < 0x80) return Uint8Array.of(length);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function tlv(tag: number, ...content: readonly Uint8Array[]): Der {
  const body = content.length === 1 ? content[0]! : concat(content);
  return concat([Uint8Array.of(tag), lengthBytes(body.length), body]);
}

export const sequence = (...items: Der[]) => tlv(0x30, ...items);
export const octetString = (bytes: Uint8Array) => tlv(0x04, bytes);
export const utf8String = (text: string) => tlv(0x0c, new TextEncoder().encode(text));
export const bmpString = (text: string) => tlv(0x1e, bmpBytes(text, false));
export const derNull = () => Uint8Array.of(0x05, 0x00);
export const boolean = (value: boolean) => Uint8Array.of(0x01, 0x01, value ? 0xff : 0x00);
/** `[n]` context tag; EXPLICIT wraps a whole encoding, IMPLICIT re-tags constructed content. */
export const explicit = (n: number, ...content: Der[]) => tlv(0xa0 | n, ...content);
export const implicitConstructed = (n: number, ...content: Der[]) => tlv(0xa0 | n, ...content);
export const implicitPrimitive = (n: number, bytes: Uint8Array) => tlv(0x80 | n, bytes);

/** DER SET OF: elements sorted by their encodings (X.690 §11.6). */
export function setOf(...items: Der[]): Der {
  return tlv(0x31, ...[...items].sort(compareBytes));
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** A non-negative INTEGER from big-endian magnitude bytes (leading zeros trimmed, sign byte added). */
export function unsignedInteger(bytes: Uint8Array): Der {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.subarray(start);
  return tlv(0x02, trimmed[0]! & 0x80 ? concat([Uint8Array.of(0), trimmed]) : trimmed);
}

export function integer(value: number): Der {
  if (value < 0 || !Number.isSafeInteger(value))
    throw new RangeError('integer: non-negative safe integers only');
  const bytes: number[] = [];
  for (let n = value; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return unsignedInteger(Uint8Array.from(bytes.length ? bytes : [0]));
}

export function oid(dotted: string): Der {
  // BigInt arcs: UUID-based OIDs (2.25.<128-bit integer>) exceed 2^53.
  const arcs = dotted.split('.').map((a) => BigInt(a));
  const [first = 0n, second = 0n, ...rest] = arcs;
  const out: number[] = [];
  for (const arc of [first * 40n + second, ...rest]) {
    const group: number[] = [Number(arc & 0x7fn)];
    for (let n = arc >> 7n; n > 0n; n >>= 7n) group.unshift(Number(n & 0x7fn) | 0x80);
    out.push(...group);
  }
  return tlv(0x06, Uint8Array.from(out));
}

/** GeneralizedTime, UTC, with milliseconds only when non-zero (RFC 3161 accuracy to the ms). */
export function generalizedTime(date: Date, withMillis = false): Der {
  const iso = date.toISOString(); // 2026-11-27T07:50:12.345Z
  const base = iso.slice(0, 19).replace(/[-:T]/g, '');
  const ms = iso.slice(20, 23).replace(/0+$/, '');
  return tlv(0x18, new TextEncoder().encode(`${base}${withMillis && ms ? `.${ms}` : ''}Z`));
}

export const algorithm = (dotted: string, params?: Der) =>
  params ? sequence(oid(dotted), params) : sequence(oid(dotted));

/** UTF-16BE, as PKCS#12 wants passwords (with a terminating zero pair) and BMPString friendly names. */
export function bmpBytes(text: string, terminate: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2 + (terminate ? 2 : 0));
  for (let i = 0; i < text.length; i++) {
    out[i * 2] = text.charCodeAt(i) >> 8;
    out[i * 2 + 1] = text.charCodeAt(i) & 0xff;
  }
  return out;
}

/** Reads one TLV header: where the content starts and how long it is. */
export function readHeader(bytes: Uint8Array, at = 0): { tag: number; start: number; length: number } {
  const tag = bytes[at]!;
  let length = bytes[at + 1]!;
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!;
    start += count;
  }
  return { tag, start, length };
}

/** The full encoding of the TLV at `at` (for slicing raw fields out of a certificate). */
export function readElement(bytes: Uint8Array, at = 0): Uint8Array {
  const h = readHeader(bytes, at);
  return bytes.subarray(at, h.start + h.length);
}

/** The encodings of the elements inside a constructed TLV. */
export function children(element: Uint8Array): Uint8Array[] {
  const h = readHeader(element, 0);
  const out: Uint8Array[] = [];
  for (let at = h.start; at < h.start + h.length; ) {
    const child = readElement(element, at);
    out.push(child);
    at += child.length;
  }
  return out;
}

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  encryptedData: '1.2.840.113549.1.7.6',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRSA: '1.2.840.113549.1.1.11',
  sha384WithRSA: '1.2.840.113549.1.1.12',
  sha512WithRSA: '1.2.840.113549.1.1.13',
  ecdsaWithSHA256: '1.2.840.10045.4.3.2',
  ecdsaWithSHA384: '1.2.840.10045.4.3.3',
  ecdsaWithSHA512: '1.2.840.10045.4.3.4',
  ecPublicKey: '1.2.840.10045.2.1',
  friendlyName: '1.2.840.113549.1.9.20',
  localKeyId: '1.2.840.113549.1.9.21',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  hmacWithSHA1: '1.2.840.113549.2.7',
  hmacWithSHA256: '1.2.840.113549.2.9',
  aes128Cbc: '2.16.840.1.101.3.4.1.2',
  aes192Cbc: '2.16.840.1.101.3.4.1.22',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
  desEde3Cbc: '1.2.840.113549.3.7',
  pbeSha1Rc4_128: '1.2.840.113549.1.12.1.1',
  pbeSha1Rc4_40: '1.2.840.113549.1.12.1.2',
  pbeSha1TripleDes: '1.2.840.113549.1.12.1.3',
  pbeSha1TwoKeyTripleDes: '1.2.840.113549.1.12.1.4',
  pbeSha1Rc2_128: '1.2.840.113549.1.12.1.5',
  pbeSha1Rc2_40: '1.2.840.113549.1.12.1.6',
  ekuTimeStamping: '1.3.6.1.5.5.7.3.8',
  ekuOcspSigning: '1.3.6.1.5.5.7.3.9',
  ekuDocumentSigning: '1.3.6.1.5.5.7.3.36',
  ekuEmailProtection: '1.3.6.1.5.5.7.3.4',
  ocspBasic: '1.3.6.1.5.5.7.48.1.1',
  ocspNonce: '1.3.6.1.5.5.7.48.1.2',
  ocspNoCheck: '1.3.6.1.5.5.7.48.1.5',
} as const;

/** The same bytes typed for APIs that want an ArrayBuffer-backed view (WebCrypto, fetch, pkijs). */
export const ab = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>;
