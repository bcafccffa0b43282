/**
 * The verifier's parser never needs the signature values themselves (they are read from the byte-range
 * gaps), but pdf-lib builds every hex string character by character: two 15 KB signatures cost more
 * in garbage collection than everything else. A copy of the file with each gap `<hex…>` rewritten as
 * `<>` followed by a comment of the same length keeps every offset and parses in a fraction of the time.
 * A signature dictionary whose /Contents then reads empty is known to own its gap.
 */
const BYTE_RANGE = /\/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

export function maskSignatureGaps(bytes: Uint8Array): { masked: Uint8Array; gaps: Set<string> } {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  const gaps = new Set<string>();
  let masked: Uint8Array | undefined;
  for (const m of text.matchAll(BYTE_RANGE)) {
    const b = Number(m[1]);
    const c = Number(m[2]);
    const d = Number(m[3]);
    if (!(b > 0 && c > b + 4 && c + d <= bytes.length)) continue;
    if (bytes[b] !== 0x3c || bytes[c - 1] !== 0x3e || !/^[0-9a-fA-F]*$/.test(text.slice(b + 1, c - 1)))
      continue;
    masked ??= new Uint8Array(bytes);
    // `<>%` spaces `\n`: an empty string, then a comment up to the end of the gap.
    masked.fill(0x20, b, c);
    masked[b] = 0x3c;
    masked[b + 1] = 0x3e;
    masked[b + 2] = 0x25;
    masked[c - 1] = 0x0a;
    gaps.add(`0 ${b} ${c} ${d}`);
  }
  return { masked: masked ?? bytes, gaps };
}
