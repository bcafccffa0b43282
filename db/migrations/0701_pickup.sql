-- Pickup: the one-stop desk's counters and opening hours, result pickup bookings with a capacity per
-- slot, walk-in queue numbers (số thứ tự), postal delivery of results (bưu chính công ích), and the
-- append-only history of all of them.

create table pickup_desks (
  agency_id uuid primary key,
  agency_path text not null,
  slot_minutes integer not null check (slot_minutes between 5 and 120),
  slot_capacity integer not null check (slot_capacity between 1 and 500),
  horizon_days integer not null default 20 check (horizon_days between 1 and 90),
  updated_at timestamptz not null default now(),
  updated_by uuid
);
comment on table pickup_desks is
  'Result pickup settings of a one-stop desk (an agency): slot length, people served per slot, how far ahead one books.';

create table pickup_hours (
  agency_id uuid not null references pickup_desks (agency_id),
  weekday smallint not null check (weekday between 1 and 7),
  session text not null check (session in ('morning', 'afternoon')),
  opens time not null,
  closes time not null,
  primary key (agency_id, weekday, session),
  check (opens < closes),
  check (session = 'morning' and closes <= '12:30' or session = 'afternoon' and opens >= '12:00')
);
comment on table pickup_hours is
  'Opening hours per ISO weekday (1 = Monday); a day of the holiday calendar off is closed whatever this says.';

create table pickup_services (
  agency_id uuid not null references pickup_desks (agency_id),
  letter text not null check (letter ~ '^[A-Z]$'),
  name_vi text not null check (length(name_vi) between 2 and 120),
  name_en text not null check (length(name_en) between 2 and 120),
  primary key (agency_id, letter)
);
comment on table pickup_services is 'Walk-in services of a desk; the letter prefixes their queue numbers (A012).';

create table pickup_counters (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references pickup_desks (agency_id),
  number integer not null check (number between 1 and 99),
  name text not null check (length(name) between 2 and 120),
  services text[] not null default '{}',
  active boolean not null default true,
  unique (agency_id, number)
);
comment on table pickup_counters is 'Counters (quầy) of a desk and the service letters each one calls.';

create table pickup_slots (
  agency_id uuid not null,
  starts_at timestamptz not null,
  capacity integer not null check (capacity > 0),
  booked integer not null default 0,
  primary key (agency_id, starts_at),
  check (booked between 0 and capacity)
);
comment on table pickup_slots is
  'One row per slot somebody booked: the counter `booked` only grows through `booked < capacity`, and the CHECK '
  'backs it, so a slot is never overbooked under any concurrency.';

create table pickup_bookings (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^DL-[0-9A-Z]{4}-[0-9A-Z]{4}$'),
  agency_id uuid not null,
  agency_path text not null,
  dossier_id uuid not null,
  dossier_code text not null,
  account_id uuid not null,
  starts_at timestamptz not null,
  status text not null check (status in ('booked', 'cancelled', 'served')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (agency_id, starts_at) references pickup_slots (agency_id, starts_at)
);
create unique index pickup_bookings_one_active on pickup_bookings (dossier_id) where status = 'booked';
create index pickup_bookings_day on pickup_bookings (agency_id, starts_at) where status <> 'cancelled';
create index pickup_bookings_account on pickup_bookings (account_id, starts_at desc);
comment on column pickup_bookings.status is 'Derived from pickup_events; one booked booking per dossier at most.';

create table pickup_reminders (
  booking_id uuid not null references pickup_bookings (id),
  slot_date date not null,
  sent_at timestamptz not null default now(),
  primary key (booking_id, slot_date)
);
comment on table pickup_reminders is
  'The reminder sent the day before a booked slot: its key makes a second run of the job send nothing.';

create table pickup_queue_days (
  agency_id uuid not null,
  day date not null,
  letter text not null,
  last_seq integer not null check (last_seq > 0),
  primary key (agency_id, day, letter)
);
comment on table pickup_queue_days is 'Last queue number per desk, day and service; its row lock keeps numbers gap-free.';

create table pickup_tickets (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null,
  day date not null,
  letter text not null,
  seq integer not null check (seq > 0),
  number text not null,
  status text not null check (status in ('waiting', 'called', 'served', 'no_show')),
  counter_id uuid references pickup_counters (id),
  calls integer not null default 0,
  taken_at timestamptz not null default now(),
  called_at timestamptz,
  ended_at timestamptz,
  unique (agency_id, day, letter, seq)
);
create index pickup_tickets_waiting on pickup_tickets (agency_id, day, letter, seq) where status = 'waiting';

create table pickup_postal_fees (
  scope text not null check (scope in ('intra_province', 'inter_province')),
  effective_from date not null,
  fee_vnd integer not null check (fee_vnd >= 0),
  legal_basis text not null,
  primary key (scope, effective_from)
);
comment on table pickup_postal_fees is
  'Fee for delivering a result by public postal service, set by the postal operator (not by law): data, '
  'with the operator''s price list as basis and a date from which each amount applies.';

create table pickup_postal_requests (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null,
  agency_path text not null,
  dossier_id uuid not null,
  dossier_code text not null,
  account_id uuid not null,
  recipient_name text not null check (length(recipient_name) between 2 and 120),
  phone text not null check (phone ~ '^0\d{9}$'),
  address_line text not null check (length(address_line) between 5 and 250),
  unit_code text not null check (unit_code ~ '^\d{5}$'),
  unit_name text not null,
  scope text not null check (scope in ('intra_province', 'inter_province')),
  fee_vnd integer not null check (fee_vnd >= 0),
  status text not null check (status in ('requested', 'dispatched', 'delivered', 'cancelled')),
  tracking_number text check (tracking_number ~ '^[0-9A-Z]{6,20}$'),
  created_at timestamptz not null default now(),
  dispatched_at timestamptz,
  delivered_at timestamptz
);
create unique index pickup_postal_one_active on pickup_postal_requests (dossier_id) where status <> 'cancelled';
create index pickup_postal_agency on pickup_postal_requests (agency_id, status, created_at);

create table pickup_events (
  id bigserial primary key,
  agency_id uuid not null,
  subject_type text not null check (subject_type in ('desk', 'booking', 'ticket', 'postal')),
  subject_id uuid not null,
  kind text not null,
  actor_type text not null check (actor_type in ('anonymous', 'citizen', 'staff', 'system', 'api_token')),
  actor_id uuid,
  data jsonb not null default '{}',
  at timestamptz not null default now()
);
create index pickup_events_subject on pickup_events (subject_type, subject_id, id);
comment on table pickup_events is 'Append-only history of desks, bookings, queue tickets and postal deliveries.';

create function pickup_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'pickup_events is append-only (% refused)', tg_op using errcode = '42501';
end $$;
create trigger pickup_events_no_change before update or delete on pickup_events
  for each row execute function pickup_events_append_only();

-- Bưu chính công ích result delivery (Quyết định 45/2016/QĐ-TTg): the fee is the operator's price list
-- (VNPost, applied from 2025); kept as data so a province can change it without a deploy.
insert into pickup_postal_fees (scope, effective_from, fee_vnd, legal_basis) values
  ('intra_province', '2025-07-01', 26000,
   'QĐ 45/2016/QĐ-TTg: fee paid by the applicant on delivery at the postal operator''s published price (VNPost, nội tỉnh)'),
  ('inter_province', '2025-07-01', 39000,
   'QĐ 45/2016/QĐ-TTg: fee paid by the applicant on delivery at the postal operator''s published price (VNPost, liên tỉnh)');
