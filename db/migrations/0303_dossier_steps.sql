-- Per-step time budgets of a procedure version's internal process (quy trình nội bộ), and the
-- deadline reminders sent to officials.

create table dossier_step_budgets (
  procedure_version_id uuid primary key,
  budgets jsonb not null check (jsonb_typeof(budgets) = 'object'),
  legal_basis text not null check (length(legal_basis) between 1 and 1000),
  updated_by uuid,
  updated_at timestamptz not null default now()
);
comment on table dossier_step_budgets is
  'The time of each workflow step for one procedure version (TT 01/2018, QĐ 766: set by the internal process); steps not listed use the defaults of contracts/dossier-workflow.ts.';
comment on column dossier_step_budgets.legal_basis is
  'The decision that approved the internal process (e.g. Quyết định số …/QĐ-UBND).';

create table dossier_reminders (
  dossier_id uuid not null references dossiers (id),
  kind text not null check (kind in ('step_due_soon', 'appointment_due_soon', 'step_overdue', 'appointment_overdue')),
  deadline timestamptz not null,
  recipients integer not null check (recipients >= 0),
  sent_at timestamptz not null default now(),
  primary key (dossier_id, kind, deadline)
);
comment on table dossier_reminders is
  'One row per reminder sent: the key makes a reminder go out at most once per dossier, deadline and kind, however many job runs or processes look at it.';

-- The reminder scan reads open dossiers by step deadline; the appointment side uses dossiers_open_inbox.
create index dossiers_open_step_due on dossiers (step_due_at)
  where step_due_at is not null and state in ('submitted', 'received', 'processing', 'awaiting_approval',
                                              'awaiting_signature', 'result_ready');
