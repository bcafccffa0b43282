import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import fontkit, { type Font } from '@cantoo/fontkit';
import { type PDFContext, PDFRawStream, type PDFRef, PDFString } from '@cantoo/pdf-lib';
import { type FontStyle, getFontBytes } from '../../../platform/pdf';

/**
 * The font of signature appearances: Tinos (Times-metric, Nghị định 30/2020 Phụ lục I asks for Times
 * New Roman in the text of an electronic signature) as a CID-keyed TrueType subset. Subsetting costs
 * milliseconds, so a subset is built once per character set and style, compressed once, and copied as
 * raw objects into every signed file: signing a thousand documents of one agency subsets once.
 */
export type AppearanceFont = {
  key: string;
  baseFont: string;
  /** Unicode code point → glyph id in the subset. */
  gids: Map<number, number>;
  /** Advance widths in 1/1000 text units, by subset glyph id. */
  widths: number[];
  ascent: number;
  descent: number;
  capHeight: number;
  bbox: [number, number, number, number];
  italicAngle: number;
  fontFile: Uint8Array;
  fontFileLength: number;
  toUnicode: Uint8Array;
};

// Digits and the punctuation of ISO 8601 times and document numbers are always there, so the subset
// of an agency only changes with its name.
const ALWAYS = '0123456789 +-:/.,;()T';
const faces = new Map<FontStyle, Font>();
const subsets = new Map<string, AppearanceFont>();
const SUBSET_CACHE_LIMIT = 500;

function face(style: FontStyle): Font {
  let f = faces.get(style);
  if (!f) {
    f = fontkit.create(getFontBytes('serif', style)) as Font;
    faces.set(style, f);
  }
  return f;
}

const nfc = (s: string) => s.normalize('NFC');

/** A subset holding every character of `texts` (NFC), built on first use and cached. */
export function appearanceFont(texts: readonly string[], style: FontStyle = 'regular'): AppearanceFont {
  const chars = [...new Set([...ALWAYS, ...texts.flatMap((t) => [...nfc(t)])])]
    .map((c) => c.codePointAt(0)!)
    .filter((cp) => cp >= 0x20)
    .sort((a, b) => a - b);
  const key = `${style}:${String.fromCodePoint(...chars)}`;
  const hit = subsets.get(key);
  if (hit) return hit;
  const font = face(style);
  const subset = font.createSubset();
  const scale = 1000 / font.unitsPerEm;
  const gids = new Map<number, number>();
  const widths: number[] = [Math.round((font.getGlyph(0)?.advanceWidth ?? 0) * scale)];
  for (const cp of chars) {
    const glyph = font.glyphForCodePoint(cp);
    if (!glyph || glyph.id === 0) continue;
    const gid = subset.includeGlyph(glyph);
    gids.set(cp, gid);
    widths[gid] = Math.round(glyph.advanceWidth * scale);
  }
  const ttf = subset.encode();
  const digest = createHash('sha256').update(key).digest();
  // PDF 32000-1 §9.6.4: a subset's name starts with a six-letter tag and "+".
  const tag = Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
  const made: AppearanceFont = {
    key,
    baseFont: `${tag}+${font.postscriptName ?? 'Tinos'}`,
    gids,
    widths,
    ascent: Math.round(font.ascent * scale),
    descent: Math.round(font.descent * scale),
    capHeight: Math.round(font.capHeight * scale),
    bbox: [font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY].map((v) =>
      Math.round(v * scale),
    ) as [number, number, number, number],
    italicAngle: font.italicAngle,
    fontFile: deflateSync(ttf),
    fontFileLength: ttf.length,
    toUnicode: deflateSync(toUnicodeCMap(gids)),
  };
  if (subsets.size >= SUBSET_CACHE_LIMIT) subsets.delete(subsets.keys().next().value!);
  subsets.set(key, made);
  return made;
}

function toUnicodeCMap(gids: Map<number, number>): Uint8Array {
  const hex4 = (n: number) => n.toString(16).padStart(4, '0');
  const utf16 = (cp: number) =>
    cp > 0xffff ? hex4(0xd800 + ((cp - 0x10000) >> 10)) + hex4(0xdc00 + ((cp - 0x10000) & 0x3ff)) : hex4(cp);
  const entries = [...gids].map(([cp, gid]) => `<${hex4(gid)}> <${utf16(cp)}>`);
  const chunks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const part = entries.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.join('\n')}\nendbfchar`);
  }
  return new TextEncoder().encode(
    [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange\n<0000> <ffff>\nendcodespacerange',
      ...chunks,
      'endcmap',
      'CMapName currentdict /CMap defineresource pop',
      'end',
      'end',
    ].join('\n'),
  );
}

/** Registers the font objects (Type0 → CIDFontType2 → descriptor → FontFile2, ToUnicode) and returns the Type0 ref. */
export function embedAppearanceFont(ctx: PDFContext, font: AppearanceFont): PDFRef {
  const fontFile = ctx.register(
    PDFRawStream.of(
      ctx.obj({ Filter: 'FlateDecode', Length: font.fontFile.length, Length1: font.fontFileLength }),
      font.fontFile,
    ),
  );
  const toUnicode = ctx.register(
    PDFRawStream.of(ctx.obj({ Filter: 'FlateDecode', Length: font.toUnicode.length }), font.toUnicode),
  );
  const descriptor = ctx.register(
    ctx.obj({
      Type: 'FontDescriptor',
      FontName: font.baseFont,
      Flags: 34 | (font.italicAngle ? 64 : 0), // serif, non-symbolic (PDF 32000-1 Table 123)
      FontBBox: font.bbox,
      ItalicAngle: font.italicAngle,
      Ascent: font.ascent,
      Descent: font.descent,
      CapHeight: font.capHeight,
      StemV: 80,
      FontFile2: fontFile,
    }),
  );
  const w: (number | number[])[] = [];
  font.widths.forEach((width, gid) => {
    if (width !== undefined) w.push(gid, [width]);
  });
  const cidFont = ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: font.baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      CIDToGIDMap: 'Identity',
      W: w,
    }),
  );
  return ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: font.baseFont,
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: toUnicode,
    }),
  );
}

/** A hex string of glyph ids for the `Tj` operator (characters outside the subset are dropped). */
export function encodeText(font: AppearanceFont, text: string): string {
  let hex = '';
  for (const ch of nfc(text)) {
    const gid = font.gids.get(ch.codePointAt(0)!);
    if (gid !== undefined) hex += gid.toString(16).padStart(4, '0');
  }
  return `<${hex}>`;
}

export function textWidth(font: AppearanceFont, text: string, size: number): number {
  let units = 0;
  for (const ch of nfc(text)) {
    const gid = font.gids.get(ch.codePointAt(0)!);
    if (gid !== undefined) units += font.widths[gid] ?? 0;
  }
  return (units * size) / 1000;
}
