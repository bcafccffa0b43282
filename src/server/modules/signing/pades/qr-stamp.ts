import { PDFName } from '@cantoo/pdf-lib';
import { buildQrPath } from '../../../platform/pdf/qr-code';
import { MM } from './appearance';
import { appearanceFont, embedAppearanceFont, encodeText } from './appearance-font';
import { loadPdf } from './pdf-load';
import { pageAt } from './placeholder';

export type QrPlacement = { page?: number; x?: number; y?: number; sizeMm?: number };

/** SVG path "M x y h n v1 h -n z …" (y down, modules) → PDF fill operators in a box of `side` points. */
function qrOperators(path: string, modules: number, side: number, x: number, y: number): string {
  const unit = side / modules;
  const ops: string[] = [];
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-?\d+z/g)) {
    const [cx, cy, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    ops.push(
      `${(x + cx * unit).toFixed(2)} ${(y + side - (cy + 1) * unit).toFixed(2)} ${(w * unit).toFixed(2)} ${unit.toFixed(2)} re`,
    );
  }
  return `${ops.join('\n')}\nf`;
}

/**
 * Stamps the verification QR code and its caption on a page, as an incremental update of the document as
 * registered (so the registered bytes stay its first revision). Default: bottom-left of the first page,
 * inside the lower margin.
 */
export async function stampVerificationQr(
  pdf: Uint8Array,
  url: string,
  placement: QrPlacement = {},
): Promise<Uint8Array> {
  const doc = await loadPdf(pdf, { forUpdate: true });
  const ctx = doc.context;
  const page = pageAt(doc, placement.page ?? 0);
  const side = (placement.sizeMm ?? 16) * MM;
  const x = placement.x ?? 12 * MM;
  const y = placement.y ?? 2.5 * MM;
  const qr = buildQrPath(url);
  const caption = ['Quét mã để xác minh văn bản điện tử', 'Scan to verify this electronic document'];
  const font = appearanceFont(caption);
  const fontRef = embedAppearanceFont(ctx, font);
  const fontName = `FQr${Date.now().toString(36)}`;
  const content = [
    'q',
    '1 1 1 rg',
    `${x.toFixed(2)} ${y.toFixed(2)} ${side.toFixed(2)} ${side.toFixed(2)} re f`,
    '0 0 0 rg',
    qrOperators(qr.path, qr.sideModules, side, x, y),
    'BT',
    `/${fontName} 6 Tf`,
    '7.2 TL',
    `${(x + side + 2).toFixed(2)} ${(y + side / 2).toFixed(2)} Td`,
    `${encodeText(font, caption[0]!)} Tj`,
    `T* ${encodeText(font, caption[1]!)} Tj`,
    'ET',
    'Q',
  ].join('\n');
  page.node.wrapContentStreams(
    ctx.getPushGraphicsStateContentStream(),
    ctx.getPopGraphicsStateContentStream(),
  );
  page.node.addContentStream(ctx.register(ctx.flateStream(content)));
  page.node.setFontDictionary(PDFName.of(fontName), fontRef);
  return doc.save({ useObjectStreams: false });
}
