-- Catalog: fields (lĩnh vực), procedures (thủ tục hành chính), their versions by effective date, and the
-- agencies that offer each procedure. Owned by src/server/modules/catalog.

create table catalog_fields (
  code text primary key check (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  name text not null check (length(name) between 2 and 200),
  created_at timestamptz not null default now()
);
comment on table catalog_fields is
  'Fields (lĩnh vực) that group procedures. Codes are this project''s slugs (hộ tịch → ho-tich): the TT 03/2025/TT-VPCP field codes were not available.';

create table procedures (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[0-9]\.[0-9]{6}$'),
  name text not null check (length(name) between 3 and 1000),
  name_en text check (length(name_en) between 2 and 1000),
  field_code text not null references catalog_fields (code),
  levels text[] not null check (
    cardinality(levels) between 1 and 4 and levels <@ array['ministry', 'province', 'commune', 'other']
  ),
  online_service_level text check (online_service_level in ('full', 'partial')),
  name_folded text generated always as (f_unaccent(lower(name))) stored,
  listed_until date,
  search_vector tsvector generated always as (
    setweight(to_tsvector('vn_unaccent'::regconfig, code || ' ' || name), 'A')
      || setweight(to_tsvector('vn_unaccent'::regconfig, coalesce(name_en, '')), 'C')
  ) stored,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- fastupdate off: the catalogue changes rarely and is searched on every keystroke; a GIN pending list
-- (flushed only by vacuum, which the embedded engine does not run on its own) would slow every search.
create index procedures_search on procedures using gin (search_vector) with (fastupdate = off);
create index procedures_name_trgm on procedures using gin (name_folded gin_trgm_ops) with (fastupdate = off);
create index procedures_field on procedures (field_code);
comment on table procedures is
  'Stable identity of an administrative procedure (thủ tục hành chính); its legal content lives in procedure_versions.';
comment on column procedures.code is 'National procedure code (mã thủ tục) in the national TTHC database, e.g. 1.001193.';
comment on column procedures.levels is 'Implementing levels (cấp thực hiện): ministry, province, commune, other.';
comment on column procedures.online_service_level is
  'NĐ 42/2022/NĐ-CP Điều 11: full = dịch vụ công trực tuyến toàn trình, partial = một phần, null = not offered online. Set by the province.';
comment on column procedures.name_folded is 'Name without diacritics, lower case (f_unaccent): substring search and ranking.';
comment on column procedures.listed_until is
  'End of the last version (infinity when open-ended, null without versions), kept by a trigger: listed while > today.';
comment on column procedures.search_vector is
  'Diacritic-insensitive full text (vn_unaccent) of code and name (weight A) and English name (weight C).';

create table procedure_versions (
  id uuid primary key default gen_random_uuid(),
  procedure_id uuid not null references procedures (id),
  version integer not null check (version between 1 and 10000),
  effective_from date not null,
  effective_to date,
  decision_number text not null check (length(decision_number) between 2 and 100),
  decision_date date,
  applicants text[] not null check (
    cardinality(applicants) >= 1 and applicants <@ array[
      'citizen', 'overseas_vietnamese', 'household_business', 'business', 'foreign_invested_business',
      'cooperative', 'organisation', 'official'
    ]
  ),
  implementing_agency text check (length(implementing_agency) <= 500),
  processing_time_value integer not null check (processing_time_value between 0 and 1000),
  processing_time_unit text not null check (processing_time_unit in ('working_days', 'working_hours', 'days')),
  afternoon_cutoff text check (afternoon_cutoff ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  time_note text,
  channels jsonb not null check (jsonb_typeof(channels) = 'array' and jsonb_array_length(channels) between 1 and 3),
  fees jsonb not null check (jsonb_typeof(fees) = 'array'),
  documents jsonb not null check (jsonb_typeof(documents) = 'array'),
  results jsonb not null check (jsonb_typeof(results) = 'array'),
  legal_basis jsonb not null check (jsonb_typeof(legal_basis) = 'array'),
  steps jsonb not null check (jsonb_typeof(steps) = 'array'),
  conditions text,
  eform_schema jsonb not null check (jsonb_typeof(eform_schema) = 'object' and eform_schema ->> 'type' = 'object'),
  eform_ui jsonb not null check (jsonb_typeof(eform_ui) = 'object'),
  workflow_template text not null check (workflow_template ~ '^[a-z][a-z0-9_]{1,39}$'),
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (procedure_id, version),
  check (effective_to is null or effective_to > effective_from),
  constraint procedure_versions_fees_not_negative check (
    not jsonb_path_exists(fees, '$[*] ? (@.amount < 0 || @.maxAmount < 0)')
      and not jsonb_path_exists(fees, '$[*].tiers[*] ? (@.amount < 0)')
  )
);
create index procedure_versions_period on procedure_versions (procedure_id, effective_from);
comment on table procedure_versions is
  'The legal content of a procedure from an effective date, as published by a decision (quyết định công bố). A dossier keeps the id of the version in force when it was received.';
comment on column procedure_versions.effective_to is
  'First day on which this version no longer applies (exclusive end); null = until a successor is scheduled.';
comment on column procedure_versions.decision_number is 'Number of the announcing decision (quyết định công bố), e.g. 163/QĐ-BTP.';
comment on column procedure_versions.afternoon_cutoff is
  'Local HH:MM after which a receipt counts from the next working day (hộ tịch, chứng thực: 15:00); null = no such rule.';
comment on column procedure_versions.processing_time_value is
  'Statutory processing time (thời hạn giải quyết) in processing_time_unit; 0 = the same day.';
comment on column procedure_versions.fees is
  'Fees and charges (phí, lệ phí) with their rules: amount, basis (per dossier, page, copy…), tiers, cap, exemptions. Shape checked by the contracts (zod) on write.';
comment on column procedure_versions.documents is
  'Required papers (thành phần hồ sơ): name, original / certified copy / copy / electronic copy, quantity, mandatory or conditional, template.';
comment on column procedure_versions.eform_schema is 'E-form data schema: JSON Schema (draft 2020-12 subset), validated with Ajv.';
comment on column procedure_versions.eform_ui is 'E-form UI hints: sections, Vietnamese and English labels, help, visibleIf, repeating groups.';
comment on column procedure_versions.workflow_template is 'Key of the one-stop workflow template the dossier module applies (standard, quick, inter_agency …).';

-- Effective periods of one procedure never overlap. btree_gist (for an exclusion constraint on
-- procedure_id with =) is not loaded in the embedded engine, so a deferred constraint trigger checks it;
-- services also take a row lock on the procedure before changing its versions, so concurrent writers
-- see each other.
create function procedure_versions_no_overlap() returns trigger language plpgsql as $$
declare
  cur record;
  other record;
begin
  -- Deferred: read the row as it is at commit, not as it was when the event was queued.
  select id, procedure_id, version, effective_from, effective_to into cur
    from procedure_versions where id = new.id;
  if not found then
    return null;
  end if;
  select version, effective_from, effective_to into other from procedure_versions o
    where o.procedure_id = cur.procedure_id and o.id <> cur.id
      and daterange(o.effective_from, o.effective_to, '[)') && daterange(cur.effective_from, cur.effective_to, '[)')
    limit 1;
  if found then
    raise exception 'effective period of version % [%, %) overlaps version % [%, %)',
      cur.version, cur.effective_from, coalesce(cur.effective_to::text, '∞'),
      other.version, other.effective_from, coalesce(other.effective_to::text, '∞')
      using errcode = '23P01';
  end if;
  return null;
end $$;
create constraint trigger procedure_versions_no_overlap
  after insert or update of effective_from, effective_to, procedure_id on procedure_versions
  deferrable initially deferred
  for each row execute function procedure_versions_no_overlap();

-- A version that has started (in Asia/Ho_Chi_Minh, UTC+7 all year) is what dossiers pinned: its content
-- is frozen and it cannot be deleted; only its end date may still be set, when a successor is scheduled.
create function procedure_versions_frozen() returns trigger language plpgsql as $$
declare
  today date := (now() at time zone 'UTC' + interval '7 hours')::date;
begin
  if old.effective_from > today then
    return case when tg_op = 'DELETE' then old else new end;
  end if;
  if tg_op = 'DELETE' then
    raise exception 'version % has been in force since %: it cannot be deleted', old.version, old.effective_from
      using errcode = '42501';
  end if;
  if (to_jsonb(new) - 'effective_to' - 'updated_at') is distinct from (to_jsonb(old) - 'effective_to' - 'updated_at') then
    raise exception 'version % has been in force since %: only its end date can change', old.version, old.effective_from
      using errcode = '42501';
  end if;
  return new;
end $$;
create trigger procedure_versions_frozen before update or delete on procedure_versions
  for each row execute function procedure_versions_frozen();

-- procedures.listed_until follows the versions, whoever writes them (services, import, seed).
create function procedures_listed_until() returns trigger language plpgsql as $$
declare
  pid uuid := coalesce(new.procedure_id, old.procedure_id);
begin
  update procedures set listed_until = (
    select case when count(*) = 0 then null
                when bool_or(effective_to is null) then 'infinity'::date
                else max(effective_to) end
    from procedure_versions where procedure_id = pid)
  where id = pid;
  return null;
end $$;
create trigger procedure_versions_listed_until
  after insert or delete or update of effective_to on procedure_versions
  for each row execute function procedures_listed_until();

create table procedure_agencies (
  procedure_id uuid not null references procedures (id),
  agency_id uuid not null,
  created_at timestamptz not null default now(),
  primary key (procedure_id, agency_id)
);
create index procedure_agencies_agency on procedure_agencies (agency_id);
comment on table procedure_agencies is 'Agencies that receive and process a procedure (availability per agency).';
comment on column procedure_agencies.agency_id is
  'agencies.id of the identity module; no foreign key across module ownership, existence is checked through identity''s index.ts.';

create table catalog_reference_data (
  name text primary key,
  checksum text not null,
  loaded_at timestamptz not null default now()
);
comment on table catalog_reference_data is 'Which version (sha256) of the catalogue seed was last loaded.';
