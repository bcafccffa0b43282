import { z } from 'zod';
import {
  type AuthorComplaintAction,
  Complaint,
  ComplaintDetail,
  DossierRatings,
  type RateRequest,
  RatingScale,
  type SubmitComplaintRequest,
} from '../../../contracts/feedback';
import { apiGet, apiSend } from '../../api/client';

// Typed calls to the feedback API for citizens: rating a dossier, complaints and suggestions.
const V1 = '/api/v1';
const id = (value: string) => encodeURIComponent(value);

export type DossierRatingsData = z.infer<typeof DossierRatings>;
export type ComplaintData = z.infer<typeof Complaint>;
export type ComplaintDetailData = z.infer<typeof ComplaintDetail>;
export type ScaleData = z.infer<typeof RatingScale>;

const MyComplaints = z.object({
  items: z.array(Complaint),
  notices: z.array(
    z.object({
      id: z.string(),
      complaintId: z.string(),
      title: z.string(),
      body: z.string(),
      createdAt: z.string(),
    }),
  ),
});
export type MyComplaintsData = z.infer<typeof MyComplaints>;

const Agencies = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
});

export const getScale = (signal?: AbortSignal) => apiGet(`${V1}/feedback/scale`, RatingScale, signal);
export const getDossierRatings = (dossierId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/dossiers/${id(dossierId)}/ratings`, DossierRatings, signal);
export const rateDossier = (dossierId: string, body: RateRequest) =>
  apiSend('POST', `${V1}/dossiers/${id(dossierId)}/ratings`, body, DossierRatings);
export const submitComplaint = (body: SubmitComplaintRequest) =>
  apiSend('POST', `${V1}/me/complaints`, body, ComplaintDetail);
export const listMyComplaints = (signal?: AbortSignal) => apiGet(`${V1}/me/complaints`, MyComplaints, signal);
export const getComplaint = (complaintId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/complaints/${id(complaintId)}`, ComplaintDetail, signal);
/** The author's steps on an answered complaint: close it, say whether the answer satisfied, raise it again. */
export const actOnMyComplaint = (complaintId: string, action: AuthorComplaintAction, note?: string) =>
  apiSend(
    'POST',
    `${V1}/complaints/${id(complaintId)}/actions/${action}`,
    note ? { note } : {},
    ComplaintDetail,
  );
export const listAgencies = (signal?: AbortSignal) => apiGet(`${V1}/agencies`, Agencies, signal);
