-- Dossiers: one application for one procedure, its append-only action log, attachments, the
-- personal data store, uploads, drafts, idempotency keys and in-app notices.

create table dossier_counters (
  org_id text not null,
  day date not null,
  last_seq integer not null check (last_seq > 0),
  primary key (org_id, day)
);
comment on table dossier_counters is
  'Sequence of dossiers received per agency and day (TT 01/2018 Điều 19); its row lock keeps codes gap-free.';

create table dossiers (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  agency_id uuid not null,
  agency_path text not null,
  agency_org_id text not null,
  procedure_code text not null,
  procedure_version_id uuid not null,
  workflow text not null default 'standard',
  channel text not null check (channel in ('online', 'desk', 'postal')),
  applicant_account_id uuid,
  applicant_organisation_id uuid,
  applicant jsonb not null,
  applicant_phone_last4 text check (applicant_phone_last4 ~ '^\d{4}$'),
  form_data jsonb not null,
  state text not null,
  national_status smallint not null check (national_status between 1 and 10),
  submitted_at timestamptz not null,
  received_at timestamptz,
  due_at timestamptz,
  step_due_at timestamptz,
  ended_at timestamptz,
  returned_at timestamptz,
  supplement_requests integer not null default 0,
  supplement_requested_at timestamptz,
  assignee_id uuid,
  claimed_by uuid,
  claimed_at timestamptz,
  verdict text check (verdict in ('early', 'on_time', 'late')),
  extended boolean not null default false,
  paid_online boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index dossiers_inbox on dossiers (agency_id, state, due_at);
create index dossiers_agency_path on dossiers (agency_path text_pattern_ops, state);
create index dossiers_applicant on dossiers (applicant_account_id, submitted_at desc);
create index dossiers_assignee on dossiers (assignee_id, state);
create index dossiers_submitted on dossiers (agency_id, submitted_at);
comment on column dossiers.state is 'Derived from dossier_actions through the workflow table; kept here for queries.';
comment on column dossiers.applicant is 'The applicant as declared at submission: name, identification, contact, address.';
comment on column dossiers.agency_path is 'The receiving agency''s materialised path, for scope checks without joins.';

create table dossier_actions (
  dossier_id uuid not null references dossiers (id),
  seq integer not null,
  action text not null,
  from_state text,
  to_state text not null,
  actor_type text not null check (actor_type in ('citizen', 'staff', 'system', 'api_token')),
  actor_id uuid,
  actor_role text,
  actor_agency_id uuid,
  note text,
  data jsonb not null default '{}',
  at timestamptz not null default now(),
  primary key (dossier_id, seq)
);
comment on table dossier_actions is 'Append-only history of each dossier; the state is its replay.';

create function dossier_actions_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'dossier_actions is append-only (% refused)', tg_op using errcode = '42501';
end $$;
create trigger dossier_actions_no_change before update or delete on dossier_actions
  for each row execute function dossier_actions_append_only();

create table uploads (
  id uuid primary key default gen_random_uuid(),
  owner_account_id uuid not null,
  sha256 text not null,
  media_type text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
  size bigint not null check (size > 0),
  filename text not null,
  created_at timestamptz not null default now()
);
create index uploads_owner on uploads (owner_account_id, created_at desc);
comment on table uploads is 'Files uploaded before submission; a submission turns the ones it names into attachments.';

create table personal_documents (
  id uuid primary key default gen_random_uuid(),
  owner_account_id uuid not null,
  kind text not null check (kind in ('digitised', 'result', 'certified_copy', 'upload')),
  title text not null,
  sha256 text not null,
  media_type text not null,
  size bigint not null,
  source_dossier_id uuid,
  issued_by_agency_id uuid,
  created_at timestamptz not null default now()
);
create index personal_documents_owner on personal_documents (owner_account_id, created_at desc);
comment on table personal_documents is
  'Kho quản lý dữ liệu điện tử của cá nhân: digitised papers and electronic results a citizen can reuse.';

create table dossier_attachments (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references dossiers (id),
  requirement_key text not null,
  title text not null,
  sha256 text not null,
  media_type text not null,
  size bigint not null,
  filename text not null,
  digitised boolean not null default false,
  reused_from uuid references personal_documents (id),
  supplement boolean not null default false,
  created_at timestamptz not null default now()
);
create index dossier_attachments_dossier on dossier_attachments (dossier_id);
comment on column dossier_attachments.digitised is 'A paper scanned at the desk (số hóa).';
comment on column dossier_attachments.reused_from is 'Taken from the personal data store instead of uploaded again (QĐ 766 counts it).';

create table dossier_documents (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references dossiers (id),
  kind text not null check (kind in ('receipt', 'supplement_request', 'refusal', 'apology', 'stop_notice',
                                     'control_slip', 'result')),
  sha256 text not null,
  size bigint not null,
  signed boolean not null default false,
  signed_record_id uuid,
  created_at timestamptz not null default now()
);
create index dossier_documents_dossier on dossier_documents (dossier_id, kind);

create table dossier_drafts (
  id uuid primary key default gen_random_uuid(),
  owner_account_id uuid not null,
  procedure_code text not null,
  agency_id uuid,
  form_data jsonb not null default '{}',
  attachments jsonb not null default '[]',
  updated_at timestamptz not null default now()
);
create index dossier_drafts_owner on dossier_drafts (owner_account_id, updated_at desc);

create table idempotency_keys (
  scope text not null,
  key text not null check (length(key) between 8 and 200),
  request_hash text not null,
  dossier_id uuid not null,
  created_at timestamptz not null default now(),
  primary key (scope, key)
);
comment on table idempotency_keys is 'Idempotency-Key of a submission: a retry returns the same dossier.';

create table notices (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null,
  dossier_id uuid,
  title text not null,
  body text not null,
  link text,
  read_at timestamptz,
  created_at timestamptz not null default now(),
  source_event bigint unique
);
create index notices_account on notices (account_id, created_at desc);
comment on column notices.source_event is 'The outbox event that produced it: a redelivery inserts nothing.';
