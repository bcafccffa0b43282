import { z } from 'zod';
import { EformValidation, ProcedureDetail, ProcedureList } from '../../../contracts/catalog';
import type { DossierAction } from '../../../contracts/dossier-workflow';
import {
  type ActionRequest,
  type DossierCounts,
  DossierDetail,
  DossierStatistics,
  Inbox,
  NoticeList,
  type Upload,
} from '../../../contracts/dossiers';
import { StaffMember } from '../../../contracts/identity';
import { apiGet, apiRequest, apiSend } from '../../api/client';

// Calls of the one-stop desk: inbox, dossier, actions, intake, statistics.
const V1 = '/api/v1';
const id = (value: string) => encodeURIComponent(value);

export type InboxData = z.infer<typeof Inbox>;
export type InboxRow = InboxData['items'][number];
export type Dossier = z.infer<typeof DossierDetail>;
export type ActionInput = z.input<typeof ActionRequest>;
export type Procedure = z.infer<typeof ProcedureDetail>;
export type UploadData = z.infer<typeof Upload>;

export type InboxQuery = { state?: string; overdue?: boolean; q?: string; limit: number; offset: number };

export function getInbox(query: InboxQuery, signal?: AbortSignal) {
  const params = new URLSearchParams({ limit: String(query.limit), offset: String(query.offset) });
  if (query.state) params.set('state', query.state);
  if (query.overdue) params.set('overdue', 'true');
  if (query.q) params.set('q', query.q);
  return apiGet(`${V1}/inbox?${params}`, Inbox, signal);
}

/** The official's in-app notices (deadline reminders), newest first. */
export const getNotices = (signal?: AbortSignal) => apiGet(`${V1}/me/notices`, NoticeList, signal);

export const getDossier = (dossierId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/dossiers/${id(dossierId)}`, DossierDetail, signal);

export const actOnDossier = (dossierId: string, action: DossierAction, body: ActionInput) =>
  apiSend('POST', `${V1}/dossiers/${id(dossierId)}/actions/${action}`, body, DossierDetail);

export const setClaim = (dossierId: string, claim: boolean) =>
  apiSend(
    'POST',
    `${V1}/dossiers/${id(dossierId)}/${claim ? 'claim' : 'release'}`,
    undefined,
    z.object({ claimedBy: z.uuid().nullable() }),
  );

/** Mẫu 06, phiếu kiểm soát quá trình giải quyết hồ sơ, rendered from the action log on request. */
export const controlSlipUrl = (dossierId: string) => `${V1}/dossiers/${id(dossierId)}/control-slip`;

export const fileUrl = (dossierId: string, kind: 'attachments' | 'documents', fileId: string) =>
  `${V1}/dossiers/${id(dossierId)}/${kind}/${id(fileId)}`;

// A procedure changes rarely while a page is open: one request per code and page load.
const procedures = new Map<string, Promise<Procedure>>();
export function getProcedure(code: string): Promise<Procedure> {
  let pending = procedures.get(code);
  if (!pending) {
    pending = apiGet(`${V1}/procedures/${id(code)}`, ProcedureDetail);
    pending.catch(() => procedures.delete(code));
    procedures.set(code, pending);
  }
  return pending;
}

/** The procedures an agency receives, for the intake's choice. */
export const listProcedures = (agencyId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/procedures?agency=${id(agencyId)}&limit=100`, ProcedureList, signal);

/** The server's check of a form (the same core as the browser's, for when the browser may not compile it). */
export const validateForm = (code: string, data: unknown, signal: AbortSignal) =>
  apiRequest(`${V1}/procedures/${id(code)}/eform/validate`, {
    method: 'POST',
    body: { data },
    schema: EformValidation,
    signal,
  }).then((r) => r.errors);

export const listStaff = (agencyId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/agencies/${id(agencyId)}/staff`, z.object({ items: z.array(StaffMember) }), signal);

/** The citizen record the server answers for `GET /people` (audited on the server). */
export const Person = z.object({
  id: z.uuid(),
  fullName: z.string(),
  personalId: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.object({ unitName: z.string().nullable(), line: z.string().nullable() }),
});
export type PersonData = z.infer<typeof Person>;

export const findPerson = (personalId: string) => apiGet(`${V1}/people?personalId=${id(personalId)}`, Person);

export type IntakeBody = {
  procedureCode: string;
  agencyId: string;
  formData: Record<string, unknown>;
  attachments: { paper: number; uploadId: string }[];
  applicantAccountId?: string;
  applicant?: {
    fullName: string;
    personalId: string | null;
    phone: string | null;
    email: string | null;
    address: string | null;
  };
};

/** Walk-in intake; the same key makes a retry (double click, lost answer) return the same dossier. */
export const intakeAtDesk = (body: IntakeBody, idempotencyKey: string) =>
  apiRequest(`${V1}/desk/dossiers`, {
    method: 'POST',
    body,
    schema: DossierDetail,
    headers: { 'idempotency-key': idempotencyKey },
  });

export type CountsData = z.infer<typeof DossierCounts>;
export type StatisticsData = z.infer<typeof DossierStatistics>;

export type Period = { from: string; to: string };
const periodQuery = (p: Period) => new URLSearchParams({ from: p.from, to: p.to }).toString();

export const getStatistics = (agencyId: string, period: Period, signal?: AbortSignal) =>
  apiGet(
    `${V1}/agencies/${id(agencyId)}/dossier-statistics?${periodQuery(period)}`,
    DossierStatistics,
    signal,
  );

export const dossierBookUrl = (agencyId: string, period: Period) =>
  `${V1}/agencies/${id(agencyId)}/dossier-book?${periodQuery(period)}`;
