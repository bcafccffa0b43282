/**
 * A strict, bounds-checked DER reader for the verifier's hot path (CMS, TSTInfo). It slices the input
 * instead of building objects, so certificates keep their exact bytes. Indefinite lengths (BER) are
 * refused with `DerError`; the caller then normalises the input through asn1js and reads it again.
 */
export class DerError extends Error {}

export type Node = {
  tag: number;
  /** The whole TLV. */
  raw: Uint8Array;
  /** The value octets. */
  content: Uint8Array;
};

export function readNode(bytes: Uint8Array, at = 0, limit = bytes.length): Node {
  if (at + 2 > limit) throw new DerError('truncated header');
  const tag = bytes[at]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte tags are not used here');
  let length = bytes[at + 1]!;
  let start = at + 2;
  if (length === 0x80) throw new DerError('indefinite length');
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count > 4 || start + count > limit) throw new DerError('bad length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!;
    start += count;
  }
  if (start + length > limit) throw new DerError('value overruns its container');
  return { tag, raw: bytes.subarray(at, start + length), content: bytes.subarray(start, start + length) };
}

export function kids(node: Node): Node[] {
  if (!(node.tag & 0x20)) throw new DerError('primitive value has no children');
  const out: Node[] = [];
  const base = node.content;
  for (let at = 0; at < base.length; ) {
    const child = readNode(base, at);
    out.push(child);
    at += child.raw.length;
  }
  return out;
}

export function expect(node: Node | undefined, tag: number): Node {
  if (!node || node.tag !== tag) throw new DerError(`expected tag 0x${tag.toString(16)}`);
  return node;
}

export function oidOf(node: Node): string {
  expect(node, 0x06);
  const arcs: bigint[] = [];
  let value = 0n;
  for (const b of node.content) {
    value = (value << 7n) | BigInt(b & 0x7f);
    if (!(b & 0x80)) {
      arcs.push(value);
      value = 0n;
    }
  }
  const first = arcs.shift() ?? 0n;
  const head = first < 80n ? [first / 40n, first % 40n] : [2n, first - 80n];
  return [...head, ...arcs].join('.');
}

/** OCTET STRING content; a constructed (BER) OCTET STRING is joined. */
export function octets(node: Node): Uint8Array {
  if (node.tag === 0x04) return node.content;
  if (node.tag === 0x24) return Buffer.concat(kids(node).map(octets));
  throw new DerError('expected an OCTET STRING');
}

/** GeneralizedTime "YYYYMMDDHHMMSS[.f…]Z" (or UTCTime "YYMMDDHHMMSSZ"). */
export function timeOf(node: Node): Date {
  const s = Buffer.from(node.content).toString('latin1');
  const m =
    node.tag === 0x18
      ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:[.,](\d{1,9}))?Z$/.exec(s)
      : node.tag === 0x17
        ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})()Z$/.exec(s)
        : null;
  if (!m) throw new DerError('bad time');
  let year = Number(m[1]);
  if (node.tag === 0x17) year += year < 50 ? 2000 : 1900;
  const ms = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  return new Date(
    Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), Math.round(ms)),
  );
}

export const hexOf = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** Concatenated DER elements (e.g. a stored certificate chain) back into a list. */
export function splitDer(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; ) {
    const node = readNode(bytes, at);
    out.push(node.raw);
    at += node.raw.length;
  }
  return out;
}
