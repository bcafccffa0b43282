import { type Align, BLACK, type Flow, mm, type TextStyle } from './flow';
import type { WrappedLine } from './wrap';

export interface TableOptions {
  /** Font size in points; defaults to the document's body size. */
  size?: number;
  /** The first row is a header: bold, centred, and repeated at the top of every page the table spans. */
  header?: boolean;
  /** Horizontal alignment per column for body cells (default left). */
  align?: Align[];
  paddingMm?: number;
}

type CellLines = WrappedLine[][];

/**
 * Bordered table spanning the content width; `columnWidths` are relative weights (`[1, 3, 2]`), so callers
 * that think in millimetres can pass millimetres that add up to the content width (165 mm by default).
 * Rows move to the next page whole when they fit on one; a row taller than a page is split between lines.
 */
export function drawTable(
  flow: Flow,
  rows: readonly (readonly string[])[],
  columnWidths: readonly number[],
  bodySize: number,
  options: TableOptions = {},
): void {
  const total = columnWidths.reduce((a, b) => a + b, 0);
  if (columnWidths.length === 0 || !(total > 0) || columnWidths.some((w) => !(w > 0))) {
    throw new RangeError('table: columnWidths must be positive numbers');
  }
  const widths = columnWidths.map((w) => (w / total) * flow.contentWidth);
  const size = options.size ?? bodySize;
  const pad = mm(options.paddingMm ?? 1.5);
  const lineHeight = size * flow.lineHeight;

  const layout = (row: readonly string[], style: TextStyle): CellLines => {
    if (row.length > widths.length) {
      throw new RangeError(`table: a row has ${row.length} cells for ${widths.length} columns`);
    }
    return widths.map((width, i) => flow.wrap((row[i] ?? '').normalize('NFC'), style, width - 2 * pad));
  };
  const lineCount = (cells: CellLines) => Math.max(1, ...cells.map((lines) => lines.length));

  const drawSlice = (cells: CellLines, from: number, count: number, style: TextStyle, aligns: Align[]) => {
    const height = count * lineHeight + 2 * pad;
    let x = flow.left;
    cells.forEach((lines, col) => {
      const width = widths[col] ?? 0;
      flow.page.drawRectangle({
        x,
        y: flow.y - height,
        width,
        height,
        borderWidth: 0.5,
        borderColor: BLACK,
      });
      lines.slice(from, from + count).forEach((line, i) => {
        const align = aligns[col] ?? 'left';
        flow.drawLine(line, style, align, x + pad, width - 2 * pad, flow.y - pad - i * lineHeight);
      });
      x += width;
    });
    flow.y -= height;
  };

  const [first, ...rest] = rows;
  const headerStyle: TextStyle = { size, bold: true };
  const header = options.header && first ? layout(first, headerStyle) : undefined;
  const headerAligns: Align[] = widths.map(() => 'center');
  const headerHeight = header ? lineCount(header) * lineHeight + 2 * pad : 0;
  const drawHeader = () => {
    if (header) drawSlice(header, 0, lineCount(header), headerStyle, headerAligns);
  };
  const nextPage = () => {
    flow.newPage();
    drawHeader();
  };

  const bodyStyle: TextStyle = { size };
  const bodyAligns = options.align ?? [];
  const bodyRows = header ? rest : rows;
  // Keep the header with at least one body line.
  flow.ensure(headerHeight + lineHeight + 2 * pad);
  drawHeader();
  const pageRoom = flow.top - flow.bottom - headerHeight;
  if (lineHeight + 2 * pad > pageRoom) throw new RangeError('table: the header leaves no room for a row');
  for (const row of bodyRows) {
    const cells = layout(row, bodyStyle);
    const lines = lineCount(cells);
    let from = 0;
    while (from < lines) {
      const remaining = lines - from;
      const available = flow.y - flow.bottom;
      if (remaining * lineHeight + 2 * pad <= available) {
        drawSlice(cells, from, remaining, bodyStyle, bodyAligns);
        break;
      }
      const fitting = Math.floor((available - 2 * pad) / lineHeight);
      const wholeRowFitsOnAPage = from === 0 && remaining * lineHeight + 2 * pad <= pageRoom;
      if (wholeRowFitsOnAPage || fitting < 1) {
        nextPage();
        continue;
      }
      drawSlice(cells, from, fitting, bodyStyle, bodyAligns);
      from += fitting;
      nextPage();
    }
  }
}
