-- Platform foundation: search helpers, outbox, audit log, blob registry.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is STABLE (it reads a dictionary), so it cannot back an index; this wrapper pins the
-- dictionary and is declared IMMUTABLE, the documented pattern for diacritic-insensitive indexes.
create or replace function f_unaccent(text) returns text
  language sql immutable parallel safe strict
  as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;
comment on function f_unaccent(text) is
  'Immutable unaccent for indexes: folds Vietnamese diacritics, đ/Đ included (Đường → Duong).';

-- Full-text search without diacritics: "dang ky khai sinh" finds "Đăng ký khai sinh".
do $$ begin
  if not exists (select 1 from pg_ts_config where cfgname = 'vn_unaccent') then
    create text search configuration vn_unaccent (copy = simple);
    alter text search configuration vn_unaccent
      alter mapping for hword, hword_part, word with unaccent, simple;
  end if;
end $$;

create table outbox (
  id bigserial primary key,
  topic text not null check (topic ~ '^[a-z][a-z0-9_.-]*$'),
  payload jsonb not null,
  agency_id text,
  created_at timestamptz not null default now(),
  dispatched_at timestamptz
);
create index outbox_pending on outbox (id) where dispatched_at is null;
comment on table outbox is
  'Events written in the same transaction as the change they describe; a relay hands them to the job queue after commit.';

create table audit_chain_heads (
  chain text primary key,
  seq bigint not null,
  hash text not null
);
comment on table audit_chain_heads is 'Head of each audit hash chain; its row lock orders appends to one chain.';

create table audit_log (
  chain text not null,
  seq bigint not null,
  prev_hash text not null,
  hash text not null,
  occurred_at timestamptz not null,
  actor_type text not null check (actor_type in ('anonymous', 'citizen', 'staff', 'system', 'api_token')),
  actor_id text,
  action text not null,
  subject_type text,
  subject_id text,
  agency_id text,
  data jsonb not null default '{}',
  request_id text,
  ip text,
  primary key (chain, seq)
);
create index audit_log_subject on audit_log (subject_type, subject_id);
create index audit_log_actor on audit_log (actor_type, actor_id);
comment on table audit_log is
  'Append-only, hash-chained per chain (agency or platform): hash = sha256(prev_hash || canonical record).';

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only (% refused)', tg_op using errcode = '42501';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();

create table blobs (
  sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint not null check (size > 0),
  media_type text not null,
  created_at timestamptz not null default now()
);
comment on table blobs is 'Registry of content-addressed files kept by the blob store (content lives on disk or S3).';
