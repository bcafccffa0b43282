import { z } from 'zod';
import {
  type ActionRequest,
  type AttachmentRef,
  DossierDetail,
  DossierSummary,
  type PersonalDocument,
  PersonalDocumentList,
  type SubmitDossierRequest,
  Tracking,
} from '../../../contracts/dossiers';
import { apiGet, apiRequest, apiSend } from '../../api/client';

// Typed calls to the dossier API for citizens (`/api/v1/dossiers`, `/api/v1/me/…`, public tracking).
const V1 = '/api/v1';

export type DossierData = z.infer<typeof DossierDetail>;
export type DossierSummaryData = z.infer<typeof DossierSummary>;
export type TrackingData = z.infer<typeof Tracking>;
export type AttachmentRefData = z.infer<typeof AttachmentRef>;
export type SubmitBody = z.input<typeof SubmitDossierRequest>;

const id = (value: string) => encodeURIComponent(value);

/** `Idempotency-Key`: the same key on a retry returns the dossier already made, never a second one. */
export const submitDossier = (body: SubmitBody, idempotencyKey: string) =>
  apiRequest(`${V1}/dossiers`, {
    method: 'POST',
    body,
    schema: DossierDetail,
    headers: { 'idempotency-key': idempotencyKey },
  });

const Draft = z.object({
  procedureCode: z.string(),
  agencyId: z.string().nullable(),
  formData: z.record(z.string(), z.unknown()),
  attachments: z.array(z.unknown()),
  updatedAt: z.string(),
});
export type DraftData = z.infer<typeof Draft>;
const DraftList = z.object({ items: z.array(Draft) });
export type DraftBody = {
  agencyId: string | null;
  formData: Record<string, unknown>;
  attachments: AttachmentRefData[];
};

/** The saved draft of a procedure, or null when there is none (the list answers 200, never 404). */
export async function findDraft(code: string, signal?: AbortSignal): Promise<DraftData | null> {
  const { items } = await apiGet(`${V1}/me/drafts?procedure=${id(code)}`, DraftList, signal);
  return items[0] ?? null;
}
export const saveDraft = (code: string, body: DraftBody) =>
  apiSend('PUT', `${V1}/me/drafts/${id(code)}`, body, z.unknown());
export const deleteDraft = (code: string) =>
  apiSend('DELETE', `${V1}/me/drafts/${id(code)}`, undefined, z.unknown());

export type PersonalDocumentData = z.infer<typeof PersonalDocument>;

export const listMyDocuments = (signal?: AbortSignal) =>
  apiGet(`${V1}/me/documents`, PersonalDocumentList, signal).then((r) => r.items);
/** The stored paper's file (the browser downloads it with its name). */
export const myDocumentFileUrl = (documentId: string) => `${V1}/me/documents/${id(documentId)}/file`;

export const listMyDossiers = (signal?: AbortSignal) =>
  apiGet(`${V1}/me/dossiers`, z.object({ items: z.array(DossierSummary) }), signal).then((r) => r.items);

export const getDossier = (dossierId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/dossiers/${id(dossierId)}`, DossierDetail, signal);

export const actOnDossier = (
  dossierId: string,
  action: 'withdraw' | 'complete_supplement',
  body: z.input<typeof ActionRequest>,
) => apiSend('POST', `${V1}/dossiers/${id(dossierId)}/actions/${action}`, body, DossierDetail);

/** Public: status and history by code and the last 4 digits of the applicant's phone; 404 for either wrong. */
export const trackDossier = (code: string, phoneLast4: string, signal?: AbortSignal) =>
  apiGet(`${V1}/tracking/${id(code)}?phone=${id(phoneLast4)}`, Tracking, signal);

/** Download addresses: plain links (the session cookie goes with them). */
export const documentUrl = (dossierId: string, documentId: string) =>
  `${V1}/dossiers/${id(dossierId)}/documents/${id(documentId)}`;
export const attachmentUrl = (dossierId: string, fileId: string) =>
  `${V1}/dossiers/${id(dossierId)}/attachments/${id(fileId)}`;
