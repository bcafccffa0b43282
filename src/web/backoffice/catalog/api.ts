import { z } from 'zod';
import {
  type CreateProcedureRequest,
  FieldList,
  ImportSummary,
  PreviewEformResponse,
  ProcedureDetail,
  ProcedureList,
  type UpdateProcedureRequest,
  Version,
  type VersionInput,
} from '../../../contracts/catalog';
import { fetchCsrfToken, getCsrfToken } from '../../api/auth-events';
import { ApiError, apiGet, apiRequest, apiSend, CLIENT_ERROR_CODES } from '../../api/client';

// Typed calls to the catalogue administration API (`/api/v1/procedures…`, `/api/v1/catalog/…`).
const V1 = '/api/v1';
const at = (code: string) => `${V1}/procedures/${encodeURIComponent(code)}`;

export type ProcedureSummaryData = z.infer<typeof ProcedureList>['items'][number];
export type ProcedureData = z.infer<typeof ProcedureDetail>;
export type VersionData = z.infer<typeof Version>;
export type ImportSummaryData = z.infer<typeof ImportSummary>;
export type PreviewResult = z.infer<typeof PreviewEformResponse>;

export function searchProcedures(
  query: { q?: string; agency?: string; limit: number; offset: number },
  signal?: AbortSignal,
) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return apiGet(`${V1}/procedures?${params}`, ProcedureList, signal);
}

/** Codes of every procedure an agency offers (the list is small: one agency, a few hundred at most). */
export async function listOfferedCodes(agencyId: string, signal?: AbortSignal): Promise<Set<string>> {
  const codes = new Set<string>();
  for (let offset = 0; offset < 5000; offset += 100) {
    const page = await searchProcedures({ agency: agencyId, limit: 100, offset }, signal);
    for (const p of page.items) codes.add(p.code);
    if (offset + 100 >= page.total) break;
  }
  return codes;
}

export const getProcedure = (code: string, signal?: AbortSignal) => apiGet(at(code), ProcedureDetail, signal);

export const listVersions = (code: string, signal?: AbortSignal) =>
  apiGet(`${at(code)}/versions`, z.object({ items: z.array(Version) }), signal).then((r) => r.items);

export const listFields = (signal?: AbortSignal) =>
  apiGet(`${V1}/procedure-fields`, FieldList, signal).then((r) => r.items);

export const createProcedure = (body: z.input<typeof CreateProcedureRequest>) =>
  apiSend('POST', `${V1}/procedures`, body, ProcedureDetail);

export const updateProcedure = (code: string, changes: z.input<typeof UpdateProcedureRequest>) =>
  apiSend('PATCH', at(code), changes, ProcedureDetail);

export const scheduleVersion = (code: string, body: VersionInput) =>
  apiSend('POST', `${at(code)}/versions`, body, Version);

export const editVersion = (code: string, version: number, body: VersionInput) =>
  apiSend('PUT', `${at(code)}/versions/${version}`, body, Version);

export const cancelVersion = (code: string, version: number) =>
  apiSend('DELETE', `${at(code)}/versions/${version}`, undefined, z.unknown());

export const setOffered = (code: string, agencyId: string, offered: boolean) =>
  apiSend(offered ? 'PUT' : 'DELETE', `${at(code)}/agencies/${agencyId}`, undefined, z.unknown());

export const previewEform = (eform: unknown, data: unknown, signal?: AbortSignal) =>
  apiRequest(`${V1}/catalog/eform-preview`, {
    method: 'POST',
    body: { eform, data },
    schema: PreviewEformResponse,
    ...(signal ? { signal } : {}),
  });

export const exportUrl = (format: 'json' | 'xlsx') => `${V1}/catalog/export?format=${format}`;

/**
 * One reason an import file was refused: the row (sheet and row of a workbook, or the procedure and
 * version of a JSON file), the column, and the reason in both languages.
 */
export type ImportProblem = {
  sheet: string | null;
  row: number | null;
  item: { vi: string; en: string } | null;
  column: string | null;
  vi: string;
  en: string;
};

const ImportRefusal = z.object({
  rows: z
    .array(
      z.object({
        sheet: z.string().nullable(),
        row: z.number().nullable(),
        item: z.object({ vi: z.string(), en: z.string() }).nullable(),
        column: z.string().nullable(),
        vi: z.string(),
        en: z.string(),
      }),
    )
    .default([]),
});

export class ImportRefused extends Error {
  constructor(
    readonly error: ApiError,
    readonly problems: ImportProblem[],
  ) {
    super(error.message);
  }
}

/**
 * Uploads a catalogue file (multipart, so the JSON client does not fit). A 400 becomes
 * `ImportRefused` with every broken row; other failures an `ApiError`.
 */
export async function importCatalog(file: File): Promise<ImportSummaryData> {
  const body = new FormData();
  body.append('file', file, file.name);
  const token = getCsrfToken() ?? (await fetchCsrfToken());
  let response: Response;
  try {
    response = await fetch(`${V1}/catalog/import`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(token ? { 'x-csrf-token': token } : {}) },
    });
  } catch (cause) {
    throw new ApiError(0, { code: CLIENT_ERROR_CODES.network }, { cause });
  }
  const json: unknown = await response.json().catch(() => ({}));
  if (response.ok) {
    const parsed = ImportSummary.safeParse(json);
    if (parsed.success) return parsed.data;
    throw new ApiError(response.status, { code: CLIENT_ERROR_CODES.badResponse });
  }
  const problem = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const error = new ApiError(response.status, {
    status: response.status,
    ...(typeof problem.code === 'string' ? { code: problem.code } : {}),
    ...(typeof problem.message_vi === 'string' ? { message_vi: problem.message_vi } : {}),
    ...(typeof problem.message_en === 'string' ? { message_en: problem.message_en } : {}),
    ...(typeof problem.request_id === 'string' ? { request_id: problem.request_id } : {}),
  });
  const refusal = ImportRefusal.safeParse(problem);
  if (response.status !== 400 || !refusal.success) throw error;
  throw new ImportRefused(error, refusal.data.rows);
}
