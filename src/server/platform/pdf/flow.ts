import { PageSizes, type PDFDocument, type PDFFont, type PDFPage, rgb } from '@cantoo/pdf-lib';
import type { FontStyle } from './fonts';
import type { Margins } from './margins';
import { type TextWidthCache, textWidths } from './text-widths';
import { type WrappedLine, wrapText } from './wrap';

export const POINTS_PER_MM = 72 / 25.4;
export const mm = (value: number): number => value * POINTS_PER_MM;
export const BLACK = rgb(0, 0, 0);

export type Align = 'left' | 'center' | 'right' | 'justify';

export { type Margins, ND30_MARGINS } from './margins';

export interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
}

/** Page state shared by the builder, the table and the QR code: one A4 page at a time, a top-down cursor. */
export interface Flow {
  readonly doc: PDFDocument;
  readonly margins: Margins;
  /** Content box in points (PDF origin is bottom-left). */
  readonly left: number;
  readonly contentWidth: number;
  readonly top: number;
  readonly bottom: number;
  readonly lineHeight: number;
  page: PDFPage;
  /** Top of the next line box, in points from the bottom of the page. */
  y: number;
  newPage(): void;
  /** Start a new page unless `height` points still fit above the bottom margin. */
  ensure(height: number): void;
  font(style: Omit<TextStyle, 'size'>): PDFFont;
  measure(text: string, style: TextStyle): number;
  wrap(text: string, style: TextStyle, width: number, indent?: number): WrappedLine[];
  /** Draw one wrapped line inside the box [x, x + width]; `top` is the top of its line box. */
  drawLine(line: WrappedLine, style: TextStyle, align: Align, x: number, width: number, top: number): void;
}

export function createFlow(
  doc: PDFDocument,
  fonts: Record<FontStyle, PDFFont>,
  margins: Margins,
  lineHeight: number,
  widths: TextWidthCache = textWidths,
): Flow {
  const [pageWidth, pageHeight] = PageSizes.A4;
  const pick = (style: Omit<TextStyle, 'size'>): PDFFont =>
    style.bold ? fonts.bold : style.italic ? fonts.italic : fonts.regular;
  const measure = (text: string, style: TextStyle) => widths.width(pick(style), text, style.size);
  const top = pageHeight - mm(margins.top);
  const bottom = mm(margins.bottom);

  const flow: Flow = {
    doc,
    margins,
    left: mm(margins.left),
    contentWidth: pageWidth - mm(margins.left) - mm(margins.right),
    top,
    bottom,
    lineHeight,
    page: doc.addPage(PageSizes.A4),
    y: top,
    newPage() {
      flow.page = doc.addPage(PageSizes.A4);
      flow.y = top;
    },
    ensure(height) {
      if (flow.y - height < bottom && flow.y < top) flow.newPage();
    },
    font: pick,
    measure,
    wrap(text, style, width, indent = 0) {
      return wrapText(text, width, (s) => measure(s, style), indent);
    },
    drawLine(line, style, align, x, width, lineTop) {
      const font = pick(style);
      const size = style.size;
      // Centre the cap height in the line box; Vietnamese stacked marks (Ế, Ỗ) use the room above it.
      const baseline = lineTop - (size * lineHeight + size * 0.7) / 2;
      const words = line.text.split(' ');
      if (align === 'justify' && !line.endsParagraph && words.length > 1) {
        const wordWidths = words.map((word) => widths.width(font, word, size));
        const gap = (width - wordWidths.reduce((a, b) => a + b, 0)) / (words.length - 1);
        let cursor = x;
        words.forEach((word, i) => {
          flow.page.drawText(word, { x: cursor, y: baseline, size, font, color: BLACK });
          cursor += (wordWidths[i] ?? 0) + gap;
        });
        return;
      }
      const textWidth = widths.width(font, line.text, size);
      const offset = align === 'center' ? (width - textWidth) / 2 : align === 'right' ? width - textWidth : 0;
      flow.page.drawText(line.text, { x: x + offset, y: baseline, size, font, color: BLACK });
    },
  };
  return flow;
}
