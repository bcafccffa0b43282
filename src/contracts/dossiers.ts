import { z } from 'zod';
import { DOSSIER_ACTIONS, DOSSIER_STATES } from './dossier-workflow';

const Localized = z.object({ vi: z.string(), en: z.string() });
const Iso = z.iso.datetime();

export const DossierStateSchema = z.enum(DOSSIER_STATES);
export const DossierActionSchema = z.enum(DOSSIER_ACTIONS);

export const AttachmentRef = z
  .object({
    /** Index of the required paper in the procedure version's `documents`. */
    paper: z.number().int().min(0).max(99),
    uploadId: z.uuid().optional(),
    personalDocumentId: z.uuid().optional(),
  })
  .refine((a) => Boolean(a.uploadId) !== Boolean(a.personalDocumentId), {
    message: 'uploadId hoặc personalDocumentId (một trong hai) / exactly one of uploadId, personalDocumentId',
  });

export const SubmitDossierRequest = z.object({
  procedureCode: z.string().regex(/^\d\.\d{6}$/),
  agencyId: z.uuid(),
  formData: z.record(z.string(), z.unknown()),
  attachments: z.array(AttachmentRef).max(60),
});

export const Upload = z.object({
  id: z.uuid(),
  filename: z.string(),
  mediaType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
  size: z.number().int(),
  sha256: z.string(),
});

export const DossierSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  procedureCode: z.string(),
  procedureName: z.string().nullable(),
  status: DossierStateSchema,
  statusName: Localized,
  nationalStatus: z.number().int().min(1).max(10),
  submittedAt: Iso,
  appointment: Iso.nullable(),
  endedAt: Iso.nullable(),
  verdict: z.enum(['early', 'on_time', 'late']).nullable(),
});

export const DossierDocument = z.object({
  id: z.uuid(),
  kind: z.string(),
  name: Localized,
  signed: z.boolean(),
  createdAt: Iso,
});

export const DossierDetail = DossierSummary.extend({
  agency: z.object({ id: z.uuid(), name: z.string() }),
  channel: z.enum(['online', 'desk', 'postal']),
  applicant: z.object({
    fullName: z.string(),
    personalId: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
  }),
  formData: z.record(z.string(), z.unknown()),
  receivedAt: Iso.nullable(),
  stepDueAt: Iso.nullable(),
  supplementRequests: z.number().int(),
  assignee: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  claimedBy: z.uuid().nullable(),
  allowedActions: z.array(DossierActionSchema),
  attachments: z.array(
    z.object({
      id: z.uuid(),
      paper: z.string(),
      title: z.string(),
      filename: z.string(),
      mediaType: z.string(),
      size: z.number().int(),
      digitised: z.boolean(),
      reused: z.boolean(),
    }),
  ),
  documents: z.array(DossierDocument),
  history: z.array(
    z.object({
      at: Iso,
      action: z.string(),
      actionName: Localized,
      state: z.string(),
      actorRole: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
});

export const ActionRequest = z.object({
  note: z.string().trim().max(2000).optional(),
  assigneeId: z.uuid().optional(),
  extraWorkingDays: z.number().int().min(1).max(60).optional(),
  items: z.array(z.string().trim().min(1).max(500)).max(20).optional(),
  /** complete_supplement: the added papers. */
  attachments: z.array(AttachmentRef).max(30).optional(),
});

export const Tracking = z.object({
  code: z.string(),
  procedureCode: z.string(),
  state: z.string(),
  stateName: Localized,
  nationalStatus: z.object({ code: z.number().int(), vi: z.string(), en: z.string() }),
  submittedAt: Iso,
  receivedAt: Iso.nullable(),
  appointment: Iso.nullable(),
  endedAt: Iso.nullable(),
  returnedAt: Iso.nullable(),
  verdict: z.enum(['early', 'on_time', 'late']).nullable(),
  history: z.array(
    z.object({ at: Iso, action: z.string(), actionName: Localized, state: z.string(), stateName: Localized }),
  ),
});

export const InboxItem = z.object({
  id: z.uuid(),
  code: z.string(),
  procedureCode: z.string(),
  status: DossierStateSchema,
  statusName: Localized,
  channel: z.string(),
  applicantName: z.string(),
  submittedAt: Iso,
  appointment: Iso.nullable(),
  /** green: ample time, yellow: due within one working day, red: overdue. */
  deadlineColour: z.enum(['green', 'yellow', 'red', 'none']),
  assigneeId: z.uuid().nullable(),
  claimedBy: z.uuid().nullable(),
});

export const Inbox = z.object({
  items: z.array(InboxItem),
  total: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
});

/** Dossier counts of an agency for a period (`GET /agencies/{id}/dossier-statistics`). */
export const DossierCounts = z.object({
  received: z.number().int(),
  online: z.number().int(),
  desk: z.number().int(),
  early: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  inProgress: z.number().int(),
  overdue: z.number().int(),
});

export const DossierStatistics = z.object({
  agency: z.object({ id: z.uuid(), name: z.string() }),
  from: z.string(),
  to: z.string(),
  total: DossierCounts,
  onTimeRate: z.number().nullable(),
  byProcedure: z.array(DossierCounts.extend({ procedureCode: z.string() })),
});
