export type {
  Column,
  ColumnItem,
  CreatePdfDocumentOptions,
  PdfBuilder,
  TextOptions,
  TwoColumnsOptions,
} from './document';
export { type Align, mm } from './flow';
export { type FontFamily, type FontStyle, getFontBytes } from './fonts';
export { createPdfDocument } from './load';
export { type Margins, ND30_MARGINS } from './margins';
export {
  drawNationalHeader,
  formatVietnameseDate,
  NATIONAL_MOTTO,
  NATIONAL_NAME,
  type NationalHeaderOptions,
} from './official-header';
export type { QrCodeOptions, QrPosition } from './qr-code';
export type { TableOptions } from './table';
export { TextWidthCache } from './text-widths';
