import { Upload } from '../../../contracts/dossiers';
import { emitAuthEvent, fetchCsrfToken, getCsrfToken } from '../../api/auth-events';
import { ApiError, CLIENT_ERROR_CODES, type Problem } from '../../api/client';
import type { UploadData } from './api';

// File transfers the JSON client does not do: an upload with progress, and a download kept in the page
// so that an error is shown as an error instead of being saved as a file.

function problemOf(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : undefined);
    const problem: Problem = { status };
    for (const k of ['code', 'message_vi', 'message_en', 'request_id', 'detail'] as const) {
      const v = str(k);
      if (v) problem[k] = v;
    }
    return new ApiError(status, problem);
  } catch {
    return new ApiError(status, { status });
  }
}

/** `POST /uploads` (multipart) reporting progress from 0 to 1; rejects with an `ApiError`. */
export async function uploadPaper(
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadData> {
  const token = getCsrfToken() ?? (await fetchCsrfToken());
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/uploads');
    xhr.setRequestHeader('accept', 'application/json');
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, { code: CLIENT_ERROR_CODES.network }));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        const error = problemOf(xhr.status, xhr.responseText);
        if (error.code === 'UNAUTHENTICATED') emitAuthEvent('unauthenticated');
        return reject(error);
      }
      try {
        const parsed = Upload.safeParse(JSON.parse(xhr.responseText));
        if (parsed.success) return resolve(parsed.data);
      } catch {
        // fall through
      }
      reject(new ApiError(xhr.status, { code: CLIENT_ERROR_CODES.badResponse }));
    };
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** Downloads `url` and saves it under the server's file name (or `fallbackName`). */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError(0, { code: CLIENT_ERROR_CODES.network }, { cause });
  }
  if (!response.ok) throw problemOf(response.status, await response.text());
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const href = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
