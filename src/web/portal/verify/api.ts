import type { z } from 'zod';
import { DocumentVerificationResponse, VerificationResponse } from '../../../contracts/signing';
import { fetchCsrfToken, getCsrfToken, setCsrfToken } from '../../api/auth-events';
import { ApiError, apiGet, CLIENT_ERROR_CODES, type Problem } from '../../api/client';

export type Verification = z.infer<typeof VerificationResponse>;
export type DocumentVerification = z.infer<typeof DocumentVerificationResponse>;
export type DocumentReport = Verification['report'];
export type SignatureReport = DocumentReport['signatures'][number];
export type RegisteredDocument = DocumentVerification['document'];

/** The server's default UPLOAD_LIMIT_BYTES; a smaller deployment still answers 413 with a message. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

function problemOf(xhr: XMLHttpRequest): Problem {
  try {
    const body: unknown = JSON.parse(xhr.responseText);
    if (body && typeof body === 'object') return body as Problem;
  } catch {
    // A proxy's HTML page: the status alone.
  }
  return { status: xhr.status };
}

/**
 * A multipart POST with upload progress (fetch cannot report it), validated like every API answer.
 * A signed-in caller's session needs the CSRF token; an anonymous one sends none.
 */
export function postForm<T>(
  url: string,
  form: FormData,
  schema: z.ZodType<T>,
  options: { method?: 'POST' | 'PUT'; onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<T> {
  const once = (token: string | null) =>
    new Promise<T>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(options.method ?? 'POST', url);
      xhr.setRequestHeader('accept', 'application/json');
      if (token) xhr.setRequestHeader('x-csrf-token', token);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
      };
      xhr.onload = () => {
        if (xhr.status >= 200 && xhr.status < 300) {
          let parsed: ReturnType<typeof schema.safeParse> | undefined;
          try {
            parsed = schema.safeParse(JSON.parse(xhr.responseText));
          } catch {
            parsed = undefined;
          }
          if (parsed?.success) resolve(parsed.data);
          else reject(new ApiError(xhr.status, { code: CLIENT_ERROR_CODES.badResponse }));
          return;
        }
        reject(new ApiError(xhr.status, problemOf(xhr)));
      };
      xhr.onerror = () => reject(new ApiError(0, { code: CLIENT_ERROR_CODES.network }));
      xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
      options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(form);
    });
  return (async () => {
    try {
      return await once(getCsrfToken() ?? (await fetchCsrfToken()));
    } catch (error) {
      // A stale token (signed in again in another tab): refresh it and try once more.
      if (error instanceof ApiError && error.code === 'CSRF_FAILED') {
        setCsrfToken(null);
        return once(await fetchCsrfToken());
      }
      throw error;
    }
  })();
}

/** `POST /api/v1/verify`: the report of any PDF, and the registered records it is a version of. */
export function verifyPdf(file: File, onProgress: (fraction: number) => void, signal?: AbortSignal) {
  const form = new FormData();
  form.append('file', file, file.name);
  return postForm('/api/v1/verify', form, VerificationResponse, { onProgress, signal });
}

/** `GET /api/v1/documents/:id/verification?hash=`: the QR link's record and the stored file's report. */
export function getDocumentVerification(id: string, hash: string, signal?: AbortSignal) {
  return apiGet(
    `/api/v1/documents/${encodeURIComponent(id)}/verification?hash=${encodeURIComponent(hash)}`,
    DocumentVerificationResponse,
    signal,
  );
}
