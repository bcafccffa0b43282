import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../platform/errors';

/** Media types the signing routes take as a raw body (besides multipart/form-data). */
export const RAW_TYPES = [
  'application/pdf',
  'image/png',
  'application/x-pkcs12',
  'application/pkcs12',
  'application/octet-stream',
  'application/ocsp-request',
  'application/timestamp-query',
];

export const noFile = () =>
  new AppError('VALIDATION_FAILED', {
    vi: 'Chưa có tệp gửi lên (gửi dạng multipart/form-data, trường "file", hoặc gửi thẳng nội dung tệp).',
    en: 'No file was sent (send multipart/form-data with a "file" field, or the file itself as the body).',
    extra: { reason: 'no_file' },
  });

/**
 * One uploaded file and the text fields beside it, from multipart/form-data (field `file`) or from a raw
 * body. Size limits are enforced while reading (413).
 */
export async function readUpload(
  request: FastifyRequest,
): Promise<{ file: Uint8Array; fields: Record<string, string> }> {
  const fields: Record<string, string> = {};
  if (request.isMultipart()) {
    let file: Uint8Array | undefined;
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file' && !file) file = new Uint8Array(bytes);
      } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    }
    if (!file) throw noFile();
    return { file, fields };
  }
  const body = request.body;
  if (body instanceof Buffer) return { file: new Uint8Array(body), fields };
  throw noFile();
}
