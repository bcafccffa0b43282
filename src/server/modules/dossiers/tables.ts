import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

export type Applicant = {
  fullName: string;
  personalId: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  organisation?: { id: string; name: string; taxCode: string } | null;
};

export interface DossierCounterTable {
  org_id: string;
  day: string;
  last_seq: number;
}

export interface DossierTable {
  id: Generated<string>;
  code: string;
  agency_id: string;
  agency_path: string;
  agency_org_id: string;
  procedure_code: string;
  procedure_version_id: string;
  workflow: Generated<string>;
  channel: 'online' | 'desk' | 'postal';
  applicant_account_id: string | null;
  applicant_organisation_id: string | null;
  applicant: Json<Applicant>;
  applicant_phone_last4: string | null;
  form_data: Json<Record<string, unknown>>;
  state: string;
  national_status: number;
  submitted_at: Timestamp;
  received_at: Timestamp | null;
  due_at: Timestamp | null;
  step_due_at: Timestamp | null;
  ended_at: Timestamp | null;
  returned_at: Timestamp | null;
  supplement_requests: Generated<number>;
  supplement_requested_at: Timestamp | null;
  assignee_id: string | null;
  claimed_by: string | null;
  claimed_at: Timestamp | null;
  verdict: 'early' | 'on_time' | 'late' | null;
  extended: Generated<boolean>;
  paid_online: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface DossierActionTable {
  dossier_id: string;
  seq: number;
  action: string;
  from_state: string | null;
  to_state: string;
  actor_type: 'citizen' | 'staff' | 'system' | 'api_token';
  actor_id: string | null;
  actor_role: string | null;
  actor_agency_id: string | null;
  note: string | null;
  data: Json<Record<string, unknown>>;
  at: Timestamp;
}

export interface UploadTable {
  id: Generated<string>;
  owner_account_id: string;
  sha256: string;
  media_type: 'application/pdf' | 'image/jpeg' | 'image/png';
  size: number;
  filename: string;
  created_at: CreatedAt;
}

export interface PersonalDocumentTable {
  id: Generated<string>;
  owner_account_id: string;
  kind: 'digitised' | 'result' | 'certified_copy' | 'upload';
  title: string;
  sha256: string;
  media_type: string;
  size: number;
  source_dossier_id: string | null;
  issued_by_agency_id: string | null;
  /** `/xac-minh/<id>?hash=…` of a signed paper (migration 0306); optional on insert. */
  verification_path: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

export interface DossierAttachmentTable {
  id: Generated<string>;
  dossier_id: string;
  requirement_key: string;
  title: string;
  sha256: string;
  media_type: string;
  size: number;
  filename: string;
  digitised: Generated<boolean>;
  reused_from: string | null;
  supplement: Generated<boolean>;
  /** The order it was given in among the attachments added with it (migration 0312). */
  ordinal: Generated<number>;
  created_at: CreatedAt;
}

export type DossierDocumentKind =
  | 'receipt'
  | 'supplement_request'
  | 'refusal'
  | 'apology'
  | 'stop_notice'
  | 'control_slip'
  | 'result'
  /** The specialist's draft the leader signs (migration 0310); officials only. */
  | 'result_draft';

export interface DossierDocumentTable {
  id: Generated<string>;
  dossier_id: string;
  kind: DossierDocumentKind;
  sha256: string;
  size: number;
  signed: Generated<boolean>;
  signed_record_id: string | null;
  /** The paper's own name (results, migration 0311); null for papers named by their kind. */
  title: string | null;
  created_at: CreatedAt;
}

export interface DossierDraftTable {
  id: Generated<string>;
  owner_account_id: string;
  procedure_code: string;
  agency_id: string | null;
  form_data: Json<Record<string, unknown>>;
  attachments: Json<unknown[]>;
  updated_at: Timestamp;
}

export interface IdempotencyKeyTable {
  scope: string;
  key: string;
  request_hash: string;
  dossier_id: string;
  created_at: CreatedAt;
}

export interface NoticeTable {
  id: Generated<string>;
  account_id: string;
  dossier_id: string | null;
  title: string;
  body: string;
  link: string | null;
  read_at: Timestamp | null;
  created_at: CreatedAt;
  source_event: number | null;
}

export interface DossierStepBudgetTable {
  procedure_version_id: string;
  budgets: Json<Record<string, unknown>>;
  legal_basis: string;
  updated_by: string | null;
  updated_at: Timestamp;
}

export type ReminderKind = 'step_due_soon' | 'appointment_due_soon' | 'step_overdue' | 'appointment_overdue';

export interface DossierReminderTable {
  dossier_id: string;
  kind: ReminderKind;
  deadline: Timestamp;
  recipients: number;
  sent_at: CreatedAt;
}

/** What public tracking serves, one row per dossier (migration 0309): a copy rebuilt with each change. */
export interface DossierTrackingTable {
  code: string;
  phone_last4: string;
  format: number;
  body: string;
  updated_at: Timestamp;
}

declare module '../../platform/db/types' {
  interface Database {
    dossier_counters: DossierCounterTable;
    dossiers: DossierTable;
    dossier_actions: DossierActionTable;
    uploads: UploadTable;
    personal_documents: PersonalDocumentTable;
    dossier_attachments: DossierAttachmentTable;
    dossier_documents: DossierDocumentTable;
    dossier_drafts: DossierDraftTable;
    idempotency_keys: IdempotencyKeyTable;
    notices: NoticeTable;
    dossier_step_budgets: DossierStepBudgetTable;
    dossier_reminders: DossierReminderTable;
    dossier_tracking: DossierTrackingTable;
  }
}
