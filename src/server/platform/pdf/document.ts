import fontkit from '@cantoo/fontkit';
import { PDFDocument, type PDFFont } from '@cantoo/pdf-lib';
import { type Align, BLACK, createFlow, type Margins, mm, ND30_MARGINS, type TextStyle } from './flow';
import { FONT_STYLES, type FontFamily, type FontStyle, getFontBytes, subsetFontName } from './fonts';
import { drawQrCode, type QrCodeOptions } from './qr-code';
import { drawTable, type TableOptions } from './table';
import type { TextWidthCache } from './text-widths';

export interface CreatePdfDocumentOptions {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  lang: 'vi';
  /** `serif` (Tinos, Times-metric) for official documents, `sans` (Be Vietnam Pro) for UI-style papers. */
  fontFamily: FontFamily;
  /** Millimetres; defaults to Nghị định 30/2020 (top 20, bottom 20, left 30, right 15). */
  margins?: Partial<Margins>;
  /** Body text size in points; Nghị định 30/2020 sets 13–14 pt for the body of a document. */
  fontSize?: number;
  /** Line box height as a multiple of the font size (Nghị định 30/2020: single to 1.5 lines). */
  lineHeight?: number;
  /**
   * `top`: Nghị định 30/2020 Phụ lục I — centred in the top margin, not shown on the first page.
   * `bottom`: "Trang n/N" centred in the bottom margin, for receipts and extracts.
   */
  pageNumbers?: 'top' | 'bottom' | 'none';
  /** Written as /CreationDate and /ModDate only when given, so the same input renders the same bytes. */
  creationDate?: Date;
  /** Where text widths are remembered; the process-wide cache unless given (tests compare against none). */
  textWidths?: TextWidthCache;
}

export interface TextOptions {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  align?: Align;
  /** Millimetres from the left margin. */
  x?: number;
  /** Millimetres; defaults to the rest of the content width. */
  width?: number;
  /** First-line indent of each paragraph in millimetres (Nghị định 30/2020: 10–12.7 mm). */
  indent?: number;
  /** Millimetres of space after the block. */
  spaceAfter?: number;
}

export interface ColumnItem {
  text: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** Default `center`, the usual layout of header blocks. */
  align?: Align;
  /** A rule under the item: `true` spans the widest line, a number is that fraction of it. */
  underline?: boolean | number;
  /** Millimetres of space before the item. */
  spaceBefore?: number;
  /** When the text wraps, even out the line lengths instead of filling the first line (for names in headers). */
  balance?: boolean;
}

export type Column = string | ColumnItem | readonly (string | ColumnItem)[];

export interface TwoColumnsOptions {
  /** Width of the left column in millimetres; the right column takes the rest minus the gap. */
  leftWidth?: number;
  gap?: number;
}

export interface PdfBuilder {
  /** The underlying document, for callers that add signature fields or attachments. */
  readonly pdf: PDFDocument;
  readonly pageCount: number;
  text(text: string, options?: TextOptions): PdfBuilder;
  spacer(millimetres: number): PdfBuilder;
  line(options?: { width?: number; align?: 'left' | 'center' | 'right'; thickness?: number }): PdfBuilder;
  twoColumns(left: Column, right: Column, options?: TwoColumnsOptions): PdfBuilder;
  table(
    rows: readonly (readonly string[])[],
    columnWidths: readonly number[],
    options?: TableOptions,
  ): PdfBuilder;
  qrCode(url: string, options?: QrCodeOptions): PdfBuilder;
  pageBreak(): PdfBuilder;
  /** Starts a new page unless the next `millimetres` fit on this one (a block that must not split). */
  keepTogether(millimetres: number): PdfBuilder;
  /**
   * Leaves `millimetres` of the page blank and says where (0-based page, PDF points from the bottom, the
   * left edge and width of the content box, or of the right column `twoColumns` would draw with the
   * same options): the space a signature appearance is later drawn into.
   */
  reserve(millimetres: number, options?: TwoColumnsOptions & { column?: 'right' }): ReservedSpace;
  save(): Promise<Uint8Array>;
}

export type ReservedSpace = { page: number; bottom: number; top: number; left: number; width: number };

// pdf-lib does no shaping itself; @cantoo/fontkit happens to compose NFD marks for Tinos and Be Vietnam Pro,
// but line measurement and text extraction should not depend on a font's tables, so text is kept NFC.
const nfc = (text: string) => text.normalize('NFC');

export async function createPdfDocument(options: CreatePdfDocumentOptions): Promise<PdfBuilder> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const fonts = {} as Record<FontStyle, PDFFont>;
  for (const style of FONT_STYLES) {
    fonts[style] = await doc.embedFont(getFontBytes(options.fontFamily, style), {
      subset: true,
      customName: subsetFontName(options.fontFamily, style),
    });
  }
  doc.setTitle(options.title, { showInWindowTitleBar: true });
  doc.setLanguage(options.lang);
  if (options.author) doc.setAuthor(options.author);
  if (options.subject) doc.setSubject(options.subject);
  if (options.keywords) doc.setKeywords(options.keywords);
  doc.setCreator('Cửa Số');
  doc.setProducer('Cửa Số (@cantoo/pdf-lib)');
  if (options.creationDate) {
    doc.setCreationDate(options.creationDate);
    doc.setModificationDate(options.creationDate);
  }

  const bodySize = options.fontSize ?? 13;
  const flow = createFlow(
    doc,
    fonts,
    { ...ND30_MARGINS, ...options.margins },
    options.lineHeight ?? 1.2,
    options.textWidths,
  );
  const lineBox = (size: number) => size * flow.lineHeight;
  /** The two columns' geometry in points: the left one 40 % of the content width unless given, a 4 mm gap. */
  const columns = (opts: TwoColumnsOptions) => {
    const gap = mm(opts.gap ?? 4);
    const leftWidth = opts.leftWidth === undefined ? flow.contentWidth * 0.4 : mm(opts.leftWidth);
    return {
      leftWidth,
      rightX: flow.left + leftWidth + gap,
      rightWidth: flow.contentWidth - leftWidth - gap,
    };
  };
  let numbered = false;

  const wrapItem = (item: ColumnItem, style: TextStyle, width: number) => {
    const lines = flow.wrap(item.text, style, width);
    if (!item.balance || lines.length < 2) return lines;
    // Narrowest width that keeps the same number of lines.
    let [low, high] = [0, width];
    for (let i = 0; i < 24; i++) {
      const mid = (low + high) / 2;
      if (flow.wrap(item.text, style, mid).length > lines.length) low = mid;
      else high = mid;
    }
    return flow.wrap(item.text, style, high);
  };

  const columnHeight = (items: ColumnItem[], width: number) =>
    items.reduce((height, item) => {
      const style = { size: item.size ?? bodySize, bold: item.bold, italic: item.italic };
      const lines = wrapItem(item, style, width).length;
      return height + mm(item.spaceBefore ?? 0) + lines * lineBox(style.size) + (item.underline ? 4 : 0);
    }, 0);

  const drawColumn = (items: ColumnItem[], x: number, width: number, top: number) => {
    let y = top;
    for (const item of items) {
      const style: TextStyle = { size: item.size ?? bodySize, bold: item.bold, italic: item.italic };
      const align = item.align ?? 'center';
      y -= mm(item.spaceBefore ?? 0);
      const lines = wrapItem(item, style, width);
      for (const line of lines) {
        flow.drawLine(line, style, align, x, width, y);
        y -= lineBox(style.size);
      }
      if (item.underline) {
        const widest = Math.max(...lines.map((line) => flow.measure(line.text, style)));
        const ruleWidth = widest * (item.underline === true ? 1 : item.underline);
        const start =
          align === 'right' ? x + width - ruleWidth : align === 'left' ? x : x + (width - ruleWidth) / 2;
        const ruleY = y - 1.5;
        flow.page.drawLine({
          start: { x: start, y: ruleY },
          end: { x: start + ruleWidth, y: ruleY },
          thickness: 0.6,
        });
        y -= 4;
      }
    }
    return y;
  };

  const toItems = (column: Column): ColumnItem[] =>
    (Array.isArray(column) ? column : [column]).map((item: string | ColumnItem) =>
      typeof item === 'string' ? { text: nfc(item) } : { ...item, text: nfc(item.text) },
    );

  const builder: PdfBuilder = {
    pdf: doc,
    get pageCount() {
      return doc.getPageCount();
    },
    text(text, opts = {}) {
      const style: TextStyle = { size: opts.size ?? bodySize, bold: opts.bold, italic: opts.italic };
      const x = flow.left + mm(opts.x ?? 0);
      const width = opts.width === undefined ? flow.left + flow.contentWidth - x : mm(opts.width);
      const indent = mm(opts.indent ?? 0);
      const height = lineBox(style.size);
      flow.wrap(nfc(text), style, width, indent).forEach((line, i, lines) => {
        flow.ensure(height);
        const isFirst = i === 0 || lines[i - 1]?.endsParagraph;
        const shift = isFirst && opts.align !== 'center' && opts.align !== 'right' ? indent : 0;
        flow.drawLine(line, style, opts.align ?? 'left', x + shift, width - shift, flow.y);
        flow.y -= height;
      });
      return builder.spacer(opts.spaceAfter ?? 0);
    },
    spacer(millimetres) {
      flow.y -= mm(millimetres);
      if (flow.y < flow.bottom) flow.newPage();
      return builder;
    },
    keepTogether(millimetres) {
      flow.ensure(mm(millimetres));
      return builder;
    },
    reserve(millimetres, opts = {}) {
      const height = mm(millimetres);
      flow.ensure(height);
      const top = flow.y;
      flow.y -= height;
      const box =
        opts.column === 'right'
          ? { left: columns(opts).rightX, width: columns(opts).rightWidth }
          : { left: flow.left, width: flow.contentWidth };
      return { page: doc.getPages().indexOf(flow.page), bottom: flow.y, top, ...box };
    },
    line(opts = {}) {
      const width = opts.width === undefined ? flow.contentWidth : mm(opts.width);
      const free = flow.contentWidth - width;
      const x = flow.left + (opts.align === 'center' ? free / 2 : opts.align === 'right' ? free : 0);
      flow.ensure(4);
      flow.y -= 2;
      flow.page.drawLine({
        start: { x, y: flow.y },
        end: { x: x + width, y: flow.y },
        thickness: opts.thickness ?? 0.6,
        color: BLACK,
      });
      flow.y -= 2;
      return builder;
    },
    twoColumns(left, right, opts = {}) {
      const { leftWidth, rightX, rightWidth } = columns(opts);
      const leftItems = toItems(left);
      const rightItems = toItems(right);
      flow.ensure(Math.max(columnHeight(leftItems, leftWidth), columnHeight(rightItems, rightWidth)));
      const leftEnd = drawColumn(leftItems, flow.left, leftWidth, flow.y);
      const rightEnd = drawColumn(rightItems, rightX, rightWidth, flow.y);
      flow.y = Math.min(leftEnd, rightEnd);
      return builder;
    },
    table(rows, columnWidths, opts) {
      drawTable(flow, rows, columnWidths, bodySize, opts);
      return builder;
    },
    qrCode(url, opts) {
      drawQrCode(flow, url, opts);
      return builder;
    },
    pageBreak() {
      flow.newPage();
      return builder;
    },
    async save() {
      if (!numbered) {
        numbered = true;
        drawPageNumbers();
      }
      // Classic cross-reference table: some incremental signers cannot read xref streams (pki-pdf.md §2.1 #9).
      return doc.save({ useObjectStreams: false });
    },
  };

  const drawPageNumbers = () => {
    const mode = options.pageNumbers ?? 'top';
    if (mode === 'none') return;
    const pages = doc.getPages();
    const current = flow.page;
    const style: TextStyle = { size: mode === 'top' ? bodySize : Math.min(bodySize, 10) };
    pages.forEach((page, i) => {
      if (mode === 'top' && i === 0) return;
      const label = mode === 'top' ? String(i + 1) : `Trang ${i + 1}/${pages.length}`;
      const margin = mode === 'top' ? flow.margins.top : flow.margins.bottom;
      const centre = mode === 'top' ? page.getHeight() - mm(margin) / 2 : mm(margin) / 2;
      flow.page = page;
      const line = { text: label, endsParagraph: true };
      flow.drawLine(line, style, 'center', flow.left, flow.contentWidth, centre + lineBox(style.size) / 2);
    });
    flow.page = current;
  };

  return builder;
}
