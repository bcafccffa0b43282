-- Feedback: satisfaction ratings of a dossier's contact points and complaints and suggestions
-- (phản ánh, kiến nghị — PAKN) routed to an agency, each with its rules in force as dated data.

create table feedback_rules (
  id uuid primary key default gen_random_uuid(),
  effective_from date not null unique,
  legal_basis text not null,
  -- The rating scale: [{ "level": "...", "vi": "...", "en": "...", "satisfied": true|false }, ...].
  rating_levels jsonb not null check (jsonb_typeof(rating_levels) = 'array'),
  rating_window_days integer not null check (rating_window_days between 1 and 365),
  rating_comment_max integer not null check (rating_comment_max between 0 and 5000),
  decide_working_days integer not null check (decide_working_days between 0 and 60),
  answer_working_days integer not null check (answer_working_days between 1 and 120),
  note text
);
comment on table feedback_rules is
  'Rules for ratings and PAKN as data with an effective date and legal basis; a complaint keeps the rule in force when it was received.';
comment on column feedback_rules.decide_working_days is
  'Working days from receipt to decide: accept for handling (thụ lý) or refuse with a reason.';
comment on column feedback_rules.answer_working_days is 'Working days from receipt to the answer.';
comment on column feedback_rules.rating_window_days is
  'Calendar days after a contact during which its rating may be given or corrected (platform decision, not law).';

-- vn-standards.md §5 (QĐ 766/QĐ-TTg 23/6/2022, group 5 "Mức độ hài lòng", indicators 5.2–5.4 as the
-- Cổng DVCQG computes them): PAKN refused ≤ 2 working days, answered ≤ 15 working days; satisfaction
-- counts the dossiers rated "không hài lòng" (dislike) against the others.
insert into feedback_rules (effective_from, legal_basis, rating_levels, rating_window_days, rating_comment_max,
                            decide_working_days, answer_working_days, note)
values (
  '2022-06-23',
  'QĐ 766/QĐ-TTg ngày 23/6/2022, nhóm 5 "Mức độ hài lòng" (chỉ tiêu 5.2–5.4, cách tính trên Cổng DVCQG)',
  '[{"level":"very_satisfied","vi":"Rất hài lòng","en":"Very satisfied","satisfied":true},
    {"level":"satisfied","vi":"Hài lòng","en":"Satisfied","satisfied":true},
    {"level":"dissatisfied","vi":"Không hài lòng","en":"Dissatisfied","satisfied":false}]',
  30, 1000, 2, 15,
  'PAKN deadlines of indicator 5.2 (từ chối ≤ 2 ngày làm việc, trả lời ≤ 15 ngày làm việc); the text of NĐ 20/2008/NĐ-CP was not verified.'
);

create table feedback_ratings (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null,
  agency_id uuid not null,
  agency_path text not null,
  contact text not null check (contact in ('receipt', 'supplement', 'result')),
  official_id uuid,
  citizen_account_id uuid not null,
  level text not null check (level in ('very_satisfied', 'satisfied', 'dissatisfied')),
  satisfied boolean not null,
  comment text check (length(comment) <= 5000),
  rule_id uuid not null references feedback_rules (id),
  supersedes uuid unique references feedback_ratings (id),
  contact_at timestamptz not null,
  created_at timestamptz not null default now()
);
-- One first rating per dossier and contact point; later ones are corrections that name what they replace.
create unique index feedback_ratings_first on feedback_ratings (dossier_id, contact) where supersedes is null;
create index feedback_ratings_agency on feedback_ratings (agency_path text_pattern_ops, created_at);
create index feedback_ratings_dossier on feedback_ratings (dossier_id);
comment on table feedback_ratings is
  'Append-only ratings. A correction within the window is a new row whose supersedes names the row it replaces; the current rating is the row nobody supersedes.';
comment on column feedback_ratings.official_id is
  'The official of that contact: the receiver who accepted, who requested the supplement, or the assignee who handled the dossier.';

create table feedback_complaints (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  agency_id uuid not null,
  agency_path text not null,
  dossier_id uuid,
  dossier_code text,
  official_id uuid,
  citizen_account_id uuid not null,
  kind text not null check (kind in ('complaint', 'suggestion')),
  category text not null check (category in ('procedure', 'official', 'other')),
  title text not null check (length(title) between 5 and 200),
  content text not null check (length(content) between 10 and 5000),
  state text not null check (state in ('received', 'accepted', 'handling', 'answered', 'refused', 'closed')),
  rule_id uuid not null references feedback_rules (id),
  received_at timestamptz not null,
  decide_due_at timestamptz not null,
  answer_due_at timestamptz not null,
  decided_at timestamptz,
  answered_at timestamptz,
  answer text,
  refusal_reason text,
  closed_at timestamptz,
  updated_at timestamptz not null default now(),
  check (answer_due_at >= decide_due_at)
);
create index feedback_complaints_inbox on feedback_complaints (agency_path text_pattern_ops, state, answer_due_at);
create index feedback_complaints_citizen on feedback_complaints (citizen_account_id, received_at desc);
comment on table feedback_complaints is
  'Phản ánh, kiến nghị about a dossier or an agency. The state is the replay of feedback_complaint_events, kept here for queries.';
comment on column feedback_complaints.official_id is 'The official who handled the dossier it is about (for per-official statistics).';

create table feedback_complaint_events (
  complaint_id uuid not null references feedback_complaints (id),
  seq integer not null,
  action text not null check (action in ('submit', 'accept', 'refuse', 'start', 'answer', 'close')),
  from_state text,
  to_state text not null,
  actor_type text not null check (actor_type in ('citizen', 'staff', 'system')),
  actor_id uuid,
  note text check (length(note) <= 5000),
  at timestamptz not null default now(),
  primary key (complaint_id, seq)
);
comment on table feedback_complaint_events is 'Append-only history of each complaint; the state is its replay.';

create table feedback_counters (
  day date primary key,
  last_seq integer not null check (last_seq > 0)
);
comment on table feedback_counters is 'Sequence of complaints per local day, for gap-free codes PAKN-YYMMDD-NNNN.';

create function feedback_append_only() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only (% refused)', tg_table_name, tg_op using errcode = '42501';
end $$;
create trigger feedback_ratings_no_change before update or delete on feedback_ratings
  for each row execute function feedback_append_only();
create trigger feedback_complaint_events_no_change before update or delete on feedback_complaint_events
  for each row execute function feedback_append_only();

create table feedback_notices (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null,
  complaint_id uuid not null references feedback_complaints (id),
  title text not null,
  body text not null,
  link text,
  created_at timestamptz not null default now(),
  source_event bigint unique
);
create index feedback_notices_account on feedback_notices (account_id, created_at desc);
comment on column feedback_notices.source_event is 'The outbox event that produced it: a redelivery inserts nothing.';
