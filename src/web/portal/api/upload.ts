import { Upload } from '../../../contracts/dossiers';
import { emitAuthEvent, fetchCsrfToken, getCsrfToken, setCsrfToken } from '../../api/auth-events';
import { ApiError, CLIENT_ERROR_CODES, type Problem } from '../../api/client';

export type UploadData = ReturnType<typeof Upload.parse>;

/** What the server accepts (it checks the content too; this only spares a useless upload). */
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
// The server's default UPLOAD_LIMIT_BYTES; a deployment with a smaller one still answers 413.
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

function readProblem(xhr: XMLHttpRequest): Problem {
  try {
    const body: unknown = JSON.parse(xhr.responseText);
    if (body && typeof body === 'object') return body as Problem;
  } catch {
    // Not JSON (a proxy's page): the status alone.
  }
  return { status: xhr.status };
}

function send(
  file: File,
  token: string | null,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
) {
  return new Promise<UploadData>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/uploads');
    xhr.setRequestHeader('accept', 'application/json');
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    // fetch() cannot report upload progress; XHR can.
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201) {
        const parsed = Upload.safeParse(JSON.parse(xhr.responseText));
        if (parsed.success) resolve(parsed.data);
        else reject(new ApiError(xhr.status, { code: CLIENT_ERROR_CODES.badResponse }));
        return;
      }
      const error = new ApiError(xhr.status, readProblem(xhr));
      // Like every other call: an ended session sends the person to sign in again.
      if (error.status === 401 && error.code === 'UNAUTHENTICATED') emitAuthEvent('unauthenticated');
      reject(error);
    };
    xhr.onerror = () => reject(new ApiError(0, { code: CLIENT_ERROR_CODES.network }));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
}

/** Uploads one paper (multipart, one file field), reporting progress from 0 to 1. */
export async function uploadPaper(file: File, onProgress: (fraction: number) => void, signal?: AbortSignal) {
  const token = getCsrfToken() ?? (await fetchCsrfToken());
  try {
    return await send(file, token, onProgress, signal);
  } catch (error) {
    // A stale CSRF token (e.g. after signing in in another tab): refresh it and try once more.
    if (error instanceof ApiError && error.code === 'CSRF_FAILED') {
      setCsrfToken(null);
      return send(file, await fetchCsrfToken(), onProgress, signal);
    }
    throw error;
  }
}
