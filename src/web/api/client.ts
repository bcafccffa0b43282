import { z } from 'zod';
import { type Lang, translate } from '../i18n/messages';
import { CSRF_EXEMPT_PATHS, emitAuthEvent, fetchCsrfToken, getCsrfToken, setCsrfToken } from './auth-events';

/** One field's problem, in both languages; `path` is like `body.dateOfBirth`. */
const FieldProblem = z.object({
  path: z.string().max(300),
  vi: z.string().max(2000),
  en: z.string().max(2000),
});
export type FieldProblem = z.infer<typeof FieldProblem>;

/**
 * RFC 9457 problem details as the server sends them, with the project's extension members.
 * Every field is optional here: a proxy or an old server may send less, and the client must still
 * show something sensible.
 */
const Problem = z.object({
  type: z.string().max(500).optional(),
  title: z.string().max(500).optional(),
  status: z.number().int().optional(),
  detail: z.string().max(2000).optional(),
  code: z.string().max(100).optional(),
  message_vi: z.string().max(2000).optional(),
  message_en: z.string().max(2000).optional(),
  request_id: z.string().max(200).optional(),
  errors: z.array(FieldProblem).max(100).optional(),
  /** Why a 403 happened when the code alone does not say (e.g. `not_activated`). */
  reason: z.string().max(100).optional(),
});
export type Problem = z.infer<typeof Problem>;

/** Codes the client itself produces when there is no problem document to read. */
export const CLIENT_ERROR_CODES = {
  network: 'NETWORK_ERROR',
  badResponse: 'BAD_RESPONSE',
  http: 'HTTP_ERROR',
} as const;

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly problem: Problem;

  constructor(status: number, problem: Problem, options?: { cause?: unknown }) {
    super(problem.message_en ?? problem.detail ?? problem.title ?? `HTTP ${status}`, options);
    this.status = status;
    this.code = problem.code ?? CLIENT_ERROR_CODES.http;
    this.problem = problem;
  }

  get requestId(): string | undefined {
    return this.problem.request_id;
  }

  /**
   * Field problems keyed by field name (`body.dateOfBirth` → `dateOfBirth`), several messages of
   * one field joined, so a form can show each under its input.
   */
  fieldProblems(): Record<string, { vi: string; en: string }> {
    const out: Record<string, { vi: string; en: string }> = {};
    for (const f of this.problem.errors ?? []) {
      const name = f.path.replace(/^(body|query|params)\.?/, '') || f.path;
      const prev = out[name];
      out[name] = prev ? { vi: `${prev.vi} ${f.vi}`, en: `${prev.en} ${f.en}` } : { vi: f.vi, en: f.en };
    }
    return out;
  }

  /** The message to show a person, in their language; falls back to the catalogue, never to a blank. */
  messageIn(lang: Lang): string {
    const fromServer = lang === 'vi' ? this.problem.message_vi : this.problem.message_en;
    if (fromServer) return fromServer;
    if (this.code === CLIENT_ERROR_CODES.network) return translate(lang, 'error.network');
    if (this.code === CLIENT_ERROR_CODES.badResponse) return translate(lang, 'error.badResponse');
    return translate(lang, 'error.unexpected');
  }
}

export type RequestOptions<T> = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Validates the successful response; the parsed value is what the caller gets. */
  schema: z.ZodType<T>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
};

const PROBLEM_TYPES = ['application/problem+json', 'application/json'];

async function readProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (!PROBLEM_TYPES.some((t) => type.includes(t))) return { status: response.status };
  try {
    const parsed = Problem.safeParse(await response.json());
    return parsed.success ? parsed.data : { status: response.status };
  } catch {
    return { status: response.status };
  }
}

function isSafe(method: string): boolean {
  return method === 'GET';
}

/**
 * Fetches `/api/...` and returns the validated body, or throws an `ApiError`. Writes carry the
 * session's CSRF token; a stale token is refreshed from `/me` and the write retried once. A 401
 * (session gone) and a 403 MFA_REQUIRED are announced so the session provider can react.
 */
export async function apiRequest<T>(path: string, options: RequestOptions<T>): Promise<T> {
  return send(path, options, true);
}

async function send<T>(path: string, options: RequestOptions<T>, mayRetry: boolean): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (options.signal) init.signal = options.signal;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  const needsCsrf = !isSafe(method) && !CSRF_EXEMPT_PATHS.has(path.split('?')[0] ?? path);
  if (needsCsrf) {
    const token = getCsrfToken() ?? (await fetchCsrfToken());
    if (token) headers['x-csrf-token'] = token;
  }

  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError(0, { code: CLIENT_ERROR_CODES.network }, { cause });
  }

  if (!response.ok) {
    const error = new ApiError(response.status, await readProblem(response));
    if (error.code === 'CSRF_FAILED' && needsCsrf && mayRetry) {
      setCsrfToken(null);
      if (await fetchCsrfToken()) return send(path, options, false);
    }
    if (error.status === 401 && error.code === 'UNAUTHENTICATED') emitAuthEvent('unauthenticated');
    if (error.code === 'MFA_REQUIRED') emitAuthEvent('mfaRequired');
    throw error;
  }

  let json: unknown;
  try {
    const text = response.status === 204 ? '' : await response.text();
    json = text ? JSON.parse(text) : undefined;
  } catch (cause) {
    throw new ApiError(response.status, { code: CLIENT_ERROR_CODES.badResponse }, { cause });
  }
  const parsed = options.schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(response.status, { code: CLIENT_ERROR_CODES.badResponse }, { cause: parsed.error });
  }
  return parsed.data;
}

export function apiGet<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  return apiRequest(path, signal ? { schema, signal } : { schema });
}

/** A write with a JSON body (or none); `schema` validates the answer. */
export function apiSend<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
): Promise<T> {
  return apiRequest(path, body === undefined ? { method, schema } : { method, body, schema });
}

/** Turns anything thrown by the client into an `ApiError`, so the UI has one shape to show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, { code: CLIENT_ERROR_CODES.http }, { cause: error });
}
