export {
  type Column,
  type ColumnItem,
  type CreatePdfDocumentOptions,
  createPdfDocument,
  type PdfBuilder,
  type TextOptions,
  type TwoColumnsOptions,
} from './document';
export { type Align, type Margins, ND30_MARGINS } from './flow';
export { type FontFamily, type FontStyle, getFontBytes } from './fonts';
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
