import QRCode from 'qrcode';
import { BLACK, type Flow, mm } from './flow';

/** ISO/IEC 18004 §6.3.8: a light margin of four modules around the symbol, or scanners fail. */
export const QR_QUIET_ZONE_MODULES = 4;

export interface QrPath {
  /** SVG path (y down, one unit per module) covering the dark modules, quiet zone included in the offsets. */
  path: string;
  /** Side of the symbol in modules, quiet zone included. */
  sideModules: number;
  /** Dark/light matrix without the quiet zone, row-major, for tests that read the symbol back. */
  matrix: boolean[][];
}

/**
 * Vector QR code: each horizontal run of dark modules becomes one rectangle of a single path, so the code
 * stays sharp when printed and adds a few hundred bytes instead of an image. Level M (15 % recovery)
 * survives a stamp or fold on a printed paper.
 */
export function buildQrPath(text: string): QrPath {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const q = QR_QUIET_ZONE_MODULES;
  const matrix: boolean[][] = [];
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    const cells: boolean[] = [];
    for (let col = 0; col < size; col++) cells.push(modules.get(row, col) === 1);
    matrix.push(cells);
    let col = 0;
    while (col < size) {
      if (!cells[col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && cells[col]) col++;
      parts.push(`M${start + q} ${row + q}h${col - start}v1h${start - col}z`);
    }
  }
  return { path: parts.join(''), sideModules: size + 2 * q, matrix };
}

/** `inline` flows with the text; corners sit inside the margins of the current page; `{ x, y }` are mm from the page's top-left. */
export type QrPosition =
  | 'inline'
  | 'top-left'
  | 'top-right'
  | 'bottom-left'
  | 'bottom-right'
  | { x: number; y: number };

export interface QrCodeOptions {
  /** Side in millimetres, quiet zone included (default 25). */
  sizeMm?: number;
  position?: QrPosition;
  /** Horizontal placement when `inline`. */
  align?: 'left' | 'center' | 'right';
}

/** Draw a QR code; an inline code moves the cursor below it, the other positions leave the text flow alone. */
export function drawQrCode(flow: Flow, text: string, options: QrCodeOptions = {}): void {
  const size = mm(options.sizeMm ?? 25);
  const position = options.position ?? 'inline';
  const { width: pageWidth, height: pageHeight } = flow.page.getSize();
  let x: number;
  let top: number;
  if (position === 'inline') {
    flow.ensure(size);
    const free = flow.contentWidth - size;
    x = flow.left + (options.align === 'center' ? free / 2 : options.align === 'right' ? free : 0);
    top = flow.y;
  } else if (typeof position === 'object') {
    x = mm(position.x);
    top = pageHeight - mm(position.y);
  } else {
    x = position.endsWith('left') ? flow.left : flow.left + flow.contentWidth - size;
    top = position.startsWith('top') ? flow.top : flow.bottom + size;
  }
  if (x < 0 || x + size > pageWidth || top > pageHeight || top - size < 0) {
    throw new RangeError('qrCode: the code does not fit on the page');
  }
  const { path, sideModules } = buildQrPath(text);
  // SVG paths are y-down from (x, top); one path unit is one module.
  flow.page.drawSvgPath(path, { x, y: top, scale: size / sideModules, color: BLACK });
  if (position === 'inline') flow.y -= size;
}
