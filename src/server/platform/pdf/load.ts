import type { CreatePdfDocumentOptions, PdfBuilder } from './document';

/**
 * pdf-lib, fontkit and qrcode are loaded with the first document rather than at start-up: together
 * they held ~10 MB of the idle server's heap (their sources, compiled code and tables), and a server
 * may run for hours before it renders a paper (bench/README.md, idle-memory). The output is the same.
 */
export async function createPdfDocument(options: CreatePdfDocumentOptions): Promise<PdfBuilder> {
  const document = await import('./document');
  return document.createPdfDocument(options);
}
