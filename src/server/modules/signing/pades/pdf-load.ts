import { PDFDocument } from '@cantoo/pdf-lib';
import { AppError } from '../../../platform/errors';

/** Bilingual refusals for files we cannot sign or verify; nothing is changed when one is thrown. */
export const pdfErrors = {
  empty: () =>
    new AppError('VALIDATION_FAILED', {
      vi: 'Tệp rỗng (0 byte).',
      en: 'The file is empty (0 bytes).',
      extra: { reason: 'empty_file' },
    }),
  notPdf: () =>
    new AppError('UNSUPPORTED_MEDIA_TYPE', {
      vi: 'Tệp không phải là PDF.',
      en: 'The file is not a PDF.',
      extra: { reason: 'not_pdf' },
    }),
  encrypted: () =>
    new AppError('VALIDATION_FAILED', {
      vi: 'Tệp PDF được mã hóa hoặc đặt mật khẩu; hãy gỡ mã hóa trước khi ký hoặc xác minh.',
      en: 'The PDF is encrypted or password-protected; remove the encryption before signing or verifying.',
      extra: { reason: 'encrypted_pdf' },
    }),
  malformed: () =>
    new AppError('VALIDATION_FAILED', {
      vi: 'Tệp PDF bị hỏng hoặc sai cấu trúc, không đọc được.',
      en: 'The PDF is damaged or malformed and cannot be read.',
      extra: { reason: 'malformed_pdf' },
    }),
};

/** True when the bytes look like a PDF at all (header within the first KiB, as readers allow). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/**
 * Loads a PDF for an incremental update (or for reading), refusing empty, non-PDF, encrypted and
 * unreadable files with a clear message.
 */
export async function loadPdf(bytes: Uint8Array, options: { forUpdate: boolean }): Promise<PDFDocument> {
  if (bytes.length === 0) throw pdfErrors.empty();
  if (!looksLikePdf(bytes)) throw pdfErrors.notPdf();
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, {
      forIncrementalUpdate: options.forUpdate,
      updateMetadata: false,
      parseSpeed: Number.POSITIVE_INFINITY,
      throwOnInvalidObject: false,
    });
  } catch (e) {
    if ((e as Error).constructor?.name === 'EncryptedPDFError') throw pdfErrors.encrypted();
    throw pdfErrors.malformed();
  }
  if (doc.isEncrypted) throw pdfErrors.encrypted();
  let pages = 0;
  try {
    pages = doc.getPageCount();
  } catch {
    throw pdfErrors.malformed();
  }
  if (pages === 0) throw pdfErrors.malformed();
  return doc;
}
