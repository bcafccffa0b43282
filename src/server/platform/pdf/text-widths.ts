import type { PDFFont } from '@cantoo/pdf-lib';

/**
 * Text widths by face, size and string, shared by every document the process renders. Measuring a
 * string makes fontkit lay it out (glyph lookup, composition, kerning) each time; papers of one kind
 * measure the same header lines, labels and words again and again (15–20 % of the app's CPU during
 * desk intake went there, measured with --cpu-prof). A width depends only on the face's file, the
 * size and the text (pdf-lib: the advances of the glyphs `layout` returns, no state of the document),
 * so a cached width is the very number a fresh measurement gives and the PDF bytes do not change.
 *
 * Faces are told apart by their embedded name: `createPdfDocument` embeds every face under
 * `subsetFontName(family, style)`, unique per font file.
 */
export class TextWidthCache {
  private readonly widths = new Map<string, number>();

  constructor(
    /** At most this many strings are kept; the least recently used one goes first. */
    readonly limit = 20_000,
    /** Longer strings are measured every time (rare, and they would crowd out the short ones). */
    readonly maxLength = 200,
  ) {}

  get size(): number {
    return this.widths.size;
  }

  width(font: PDFFont, text: string, size: number): number {
    if (text.length > this.maxLength) return font.widthOfTextAtSize(text, size);
    const key = `${font.name}\u0000${size}\u0000${text}`;
    const known = this.widths.get(key);
    if (known !== undefined) {
      // A Map iterates in insertion order: re-inserting marks the entry as the most recent.
      this.widths.delete(key);
      this.widths.set(key, known);
      return known;
    }
    const measured = font.widthOfTextAtSize(text, size);
    this.widths.set(key, measured);
    if (this.widths.size > this.limit) {
      const oldest = this.widths.keys().next().value;
      if (oldest !== undefined) this.widths.delete(oldest);
    }
    return measured;
  }
}

/** The process-wide cache (~20 000 short strings: a few megabytes at most). */
export const textWidths = new TextWidthCache();
