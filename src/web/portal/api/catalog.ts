import { z } from 'zod';
import {
  AgencyList,
  EformValidation,
  FieldList,
  ProcedureDetail,
  ProcedureList,
  type SearchProceduresQuery,
} from '../../../contracts/catalog';
import { Agency } from '../../../contracts/identity';
import { apiGet, apiRequest } from '../../api/client';

// Typed calls to the public catalogue (`/api/v1/procedures…`), one function per endpoint the portal uses.
const V1 = '/api/v1';

export type ProcedureQuery = Partial<z.input<typeof SearchProceduresQuery>>;
export type ProcedureSummaryData = z.infer<typeof ProcedureList>['items'][number];
export type ProcedureData = z.infer<typeof ProcedureDetail>;
export type AgencyData = z.infer<typeof Agency>;

export function searchProcedures(query: ProcedureQuery, signal?: AbortSignal) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return apiGet(`${V1}/procedures?${params}`, ProcedureList, signal);
}

export const getProcedure = (code: string, signal?: AbortSignal) =>
  apiGet(`${V1}/procedures/${encodeURIComponent(code)}`, ProcedureDetail, signal);

export const listProcedureFields = (signal?: AbortSignal) =>
  apiGet(`${V1}/procedure-fields`, FieldList, signal);

/** Agencies that receive at least one procedure, with how many (the catalogue's agency filter). */
export const listOfferingAgencies = (signal?: AbortSignal) =>
  apiGet(`${V1}/procedure-agencies`, AgencyList, signal).then((r) => r.items);

/** The public directory of agencies: the portal reads each one's administrative unit from it. */
export const listAgencies = (signal?: AbortSignal) =>
  apiGet(`${V1}/agencies`, z.object({ items: z.array(Agency) }), signal).then((r) => r.items);

/** The server's check of form data against the e-form in force (same core as the browser's). */
export const validateEform = (code: string, data: unknown, signal?: AbortSignal) =>
  apiRequest(`${V1}/procedures/${encodeURIComponent(code)}/eform/validate`, {
    method: 'POST',
    body: { data },
    schema: EformValidation,
    ...(signal ? { signal } : {}),
  }).then((r) => r.errors);
