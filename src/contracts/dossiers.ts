import { z } from 'zod';
import { DOSSIER_ACTIONS, DOSSIER_STATES, WORKFLOW_STEPS } from './dossier-workflow';

const Localized = z.object({ vi: z.string(), en: z.string() });
const Iso = z.iso.datetime();

/** Colour of a deadline by the office time left (see `deadlineColourOf`). */
export const DeadlineColourSchema = z.enum(['green', 'yellow', 'red', 'overdue', 'none']);

export const StepRef = z.object({
  key: z.enum(WORKFLOW_STEPS),
  name: z.object({ vi: z.string(), en: z.string() }),
});

/** Who holds the dossier (claim) and since when. */
export const ClaimSchema = z.object({
  by: z.object({ id: z.uuid(), name: z.string() }),
  at: Iso,
  /** A claim left idle this long may be taken over. */
  expiresAt: Iso,
});

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
  /** The workflow step the dossier is in (null while the applicant is to act, and at the end). */
  step: StepRef.nullable(),
  appointmentColour: DeadlineColourSchema,
  stepColour: DeadlineColourSchema,
  supplementRequests: z.number().int(),
  assignee: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  claimedBy: z.uuid().nullable(),
  claim: ClaimSchema.nullable(),
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
  /**
   * propose: the specialist's draft of the result, an uploaded PDF (`POST /uploads`); the leader then
   * signs that file instead of the paper Cửa Số generates.
   */
  resultDraftUploadId: z.uuid().optional(),
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
  procedureName: z.string(),
  status: DossierStateSchema,
  statusName: Localized,
  channel: z.string(),
  applicantName: z.string(),
  submittedAt: Iso,
  appointment: Iso.nullable(),
  /** The appointment's colour: overdue once past, red within half a working day, yellow within one. */
  deadlineColour: DeadlineColourSchema,
  stepDueAt: Iso.nullable(),
  step: StepRef.nullable(),
  stepColour: DeadlineColourSchema,
  assigneeId: z.uuid().nullable(),
  assigneeName: z.string().nullable(),
  claimedBy: z.uuid().nullable(),
  claim: ClaimSchema.nullable(),
});

export const Inbox = z.object({
  items: z.array(InboxItem),
  /** Rows matching the whole filter (the selected tab). */
  total: z.number().int(),
  /** Rows per state for every tab of the official, whichever tab is selected. */
  counts: z.record(z.string(), z.number().int()),
  /** Rows of all tabs together (the "Tất cả" tab). */
  all: z.number().int(),
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

/** The QĐ 766/QĐ-TTg service indicators the dossier data supports (vn-standards §5). */
export const SERVICE_INDICATORS = [
  'onTime',
  'online',
  'paidOnline',
  'electronicResult',
  'digitised',
  'reused',
] as const;
export type ServiceIndicatorKey = (typeof SERVICE_INDICATORS)[number];

export const ServiceIndicator = z.object({
  key: z.enum(SERVICE_INDICATORS),
  /** The indicator's number in the QĐ 766 list as the national dashboard computes it (e.g. "3.6"). */
  id: z.string(),
  name: Localized,
  numerator: z.number().int().min(0),
  denominator: z.number().int().min(0),
  /** numerator / denominator, 0–1; null when nothing is counted (the dashboard shows N/A). */
  rate: z.number().min(0).max(1).nullable(),
  /** What the denominator counts, in words. */
  of: Localized,
  legalBasis: z.string(),
});
export type ServiceIndicator = z.infer<typeof ServiceIndicator>;

export const DossierStatistics = z.object({
  agency: z.object({ id: z.uuid(), name: z.string() }),
  from: z.string(),
  to: z.string(),
  total: DossierCounts,
  onTimeRate: z.number().nullable(),
  byProcedure: z.array(DossierCounts.extend({ procedureCode: z.string(), procedureName: z.string() })),
  /** Chỉ số phục vụ (QĐ 766) of the agency and its subordinates for the period. */
  indicators: z.array(ServiceIndicator),
});

/* ---------- per-step time budgets (quy trình nội bộ) ---------- */

export const WorkflowStepSchema = StepRef.shape.key;

export const StepBudgetSchema = z.discriminatedUnion('unit', [
  z.object({ unit: z.literal('working_hours'), value: z.number().min(0.5).max(600) }),
  z.object({ unit: z.literal('working_days'), value: z.number().int().min(0).max(120) }),
  z.object({ unit: z.literal('percent'), value: z.number().min(1).max(100) }),
  z.object({ unit: z.literal('appointment') }),
]);

/** What a procedure version's internal process sets; steps left out keep the defaults. */
export const SetStepBudgetsRequest = z.object({
  budgets: z.partialRecord(WorkflowStepSchema, StepBudgetSchema),
  legalBasis: z.string().trim().min(1).max(1000),
});

export const StepBudgetsView = z.object({
  procedureCode: z.string(),
  version: z.number().int(),
  versionId: z.uuid(),
  budgets: z.record(WorkflowStepSchema, StepBudgetSchema),
  /** The steps the version sets itself; the others use the defaults. */
  overridden: z.array(WorkflowStepSchema),
  legalBasis: z.string().nullable(),
  updatedAt: Iso.nullable(),
});

export const DraftSchema = z.object({
  procedureCode: z.string(),
  agencyId: z.uuid().nullable(),
  formData: z.record(z.string(), z.unknown()),
  attachments: z.array(z.unknown()),
  updatedAt: Iso,
});
export const DraftList = z.object({ items: z.array(DraftSchema) });

/* ---------- personal data store (kho quản lý dữ liệu điện tử của cá nhân, NĐ 45/2020) ---------- */

export const PERSONAL_DOCUMENT_KINDS = ['digitised', 'result', 'certified_copy', 'upload'] as const;
export const PersonalDocumentKind = z.enum(PERSONAL_DOCUMENT_KINDS);
export type PersonalDocumentKind = z.infer<typeof PersonalDocumentKind>;

export const personalDocumentKindInfo: Record<PersonalDocumentKind, { vi: string; en: string }> = {
  digitised: { vi: 'Giấy tờ số hóa', en: 'Digitised paper' },
  result: { vi: 'Kết quả điện tử', en: 'Electronic result' },
  certified_copy: { vi: 'Bản sao chứng thực điện tử', en: 'Certified electronic copy' },
  upload: { vi: 'Tệp tải lên', en: 'Uploaded file' },
};

/** A paper kept in the citizen's store (`GET /me/documents`). */
export const PersonalDocument = z.object({
  id: z.uuid(),
  kind: PersonalDocumentKind,
  title: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sourceDossierId: z.uuid().nullable(),
  /** The dossier it came from; `linked` when the owner applied for it (its page opens for them). */
  sourceDossier: z.object({ id: z.uuid(), code: z.string(), linked: z.boolean() }).nullable(),
  issuedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** Dossiers that reused it instead of a new upload (QĐ 766 indicator 4.4). */
  reuseCount: z.number().int().min(0),
  /** Public verification page of a signed paper (`/xac-minh/<id>?hash=…`), else null. */
  verificationPath: z.string().nullable(),
  createdAt: Iso,
});
export type PersonalDocument = z.infer<typeof PersonalDocument>;
export const PersonalDocumentList = z.object({ items: z.array(PersonalDocument) });

/** An in-app notice (status changes for applicants, deadline reminders for officials). */
export const Notice = z.object({
  id: z.uuid(),
  dossierId: z.uuid().nullable(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  read: z.boolean(),
  createdAt: Iso,
});
export const NoticeList = z.object({ items: z.array(Notice) });
