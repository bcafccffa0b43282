-- Identity: administrative units, agencies, accounts, organisations, staff roles, sessions, tokens.

create table admin_units (
  code text primary key check (code ~ '^\d{2}$|^\d{5}$'),
  level text not null check (level in ('province', 'commune')),
  name text not null,
  short_name text not null,
  type text not null,
  province_code text not null check (province_code ~ '^\d{2}$'),
  name_variant text,
  area_km2 numeric,
  population integer
);
create index admin_units_province on admin_units (province_code, level);
create index admin_units_name_trgm on admin_units using gin (f_unaccent(lower(name)) gin_trgm_ops);
comment on table admin_units is
  'Provinces (2-digit code) and commune-level units (5-digit) in force since 1/7/2025 (QĐ 19/2025/QĐ-TTg).';

create table admin_unit_crosswalk (
  old_code text not null,
  old_name text not null,
  old_district text,
  old_province text not null,
  old_province_code text not null,
  new_code text not null references admin_units (code),
  merge_type text not null check (merge_type in ('full', 'partial', 'unchanged', 'type_changed', 'renamed')),
  note_vi text,
  primary key (old_code, new_code)
);
create index admin_unit_crosswalk_name_trgm on admin_unit_crosswalk using gin (f_unaccent(lower(old_name)) gin_trgm_ops);
comment on table admin_unit_crosswalk is 'Pre-2025 commune → commune in force; a partial merge maps one old code to several.';

create table reference_data (
  name text primary key,
  checksum text not null,
  loaded_at timestamptz not null default now()
);
comment on table reference_data is 'Which version (sha256) of each reference data set is loaded.';

create table agencies (
  id uuid primary key default gen_random_uuid(),
  org_id text not null unique check (org_id ~ '^[0-9A-Z.]{1,35}$'),
  name text not null check (length(name) between 2 and 300),
  short_name text,
  kind text not null check (kind in ('province_committee', 'commune_committee', 'one_stop_desk', 'department', 'office')),
  parent_id uuid references agencies (id),
  path text not null,
  admin_unit_code text not null references admin_units (code),
  address text,
  phone text,
  email text,
  seal_blob text,
  created_at timestamptz not null default now()
);
create index agencies_parent on agencies (parent_id);
create index agencies_path on agencies (path text_pattern_ops);
comment on column agencies.org_id is 'Electronic organisation id, QCVN 102:2016 / QĐ 20/2020/QĐ-TTg (e.g. 000.00.00.H56).';
comment on column agencies.path is 'Materialised path of ids /root/…/self/ : a province role covers every agency under its path.';

create table accounts (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('citizen', 'staff')),
  phone text unique check (phone ~ '^0\d{9}$'),
  email text unique check (email = lower(email)),
  username text unique check (username ~ '^[a-z0-9._-]{3,64}$'),
  password_hash text,
  full_name text not null check (length(full_name) between 2 and 120),
  status text not null default 'pending' check (status in ('pending', 'active', 'disabled')),
  personal_id text unique check (personal_id ~ '^\d{12}$'),
  date_of_birth date,
  sex text check (sex in ('male', 'female')),
  address_unit_code text references admin_units (code),
  address_line text,
  identity_verified_by text check (identity_verified_by in ('eid', 'desk')),
  totp_secret_enc text,
  totp_enabled_at timestamptz,
  created_at timestamptz not null default now(),
  activated_at timestamptz,
  last_login_at timestamptz,
  check (kind <> 'citizen' or phone is not null or email is not null),
  check (kind <> 'staff' or username is not null)
);
comment on table accounts is 'Citizens and staff. personal_id = số định danh cá nhân (12 digits).';

create table organisations (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('business', 'household_business')),
  name text not null check (length(name) between 2 and 300),
  tax_code text not null unique check (tax_code ~ '^\d{10}(-\d{3})?$'),
  address_unit_code text references admin_units (code),
  address_line text,
  created_at timestamptz not null default now()
);

create table organisation_representatives (
  organisation_id uuid not null references organisations (id),
  account_id uuid not null references accounts (id),
  role text not null check (role in ('legal_representative', 'authorised')),
  created_at timestamptz not null default now(),
  primary key (organisation_id, account_id)
);

create table staff_roles (
  account_id uuid not null references accounts (id),
  agency_id uuid not null references agencies (id),
  role text not null check (role in ('receiver', 'specialist', 'leader', 'clerk', 'market_moderator',
                                     'ioc_viewer', 'agency_admin', 'system_admin')),
  granted_at timestamptz not null default now(),
  primary key (account_id, agency_id, role)
);
create index staff_roles_agency on staff_roles (agency_id, role);

create table sessions (
  id_hash text primary key,
  account_id uuid not null references accounts (id),
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  mfa_verified_at timestamptz,
  acting_organisation_id uuid references organisations (id),
  ip text,
  user_agent text
);
create index sessions_account on sessions (account_id);
comment on table sessions is 'Server-side sessions; the cookie carries a random token, the table only its sha256.';

create table api_tokens (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agencies (id),
  name text not null check (length(name) between 2 and 100),
  token_hash text not null unique,
  prefix text not null,
  scopes text[] not null check (cardinality(scopes) > 0),
  created_by uuid not null references accounts (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz
);

create table one_time_codes (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references accounts (id),
  purpose text not null check (purpose in ('activate', 'password_reset')),
  code_hash text not null,
  expires_at timestamptz not null,
  attempts integer not null default 0,
  consumed_at timestamptz,
  created_at timestamptz not null default now()
);
create index one_time_codes_account on one_time_codes (account_id, purpose);

create table login_throttle (
  key text primary key,
  failures integer not null,
  window_started_at timestamptz not null,
  locked_until timestamptz
);
comment on table login_throttle is 'Failed sign-ins per login name and per IP; a key over its limit is locked for a while.';

create table mfa_recovery_codes (
  account_id uuid not null references accounts (id),
  code_hash text not null,
  used_at timestamptz,
  primary key (account_id, code_hash)
);

create table eid_links (
  issuer text not null,
  subject text not null,
  account_id uuid not null references accounts (id),
  linked_at timestamptz not null default now(),
  primary key (issuer, subject)
);

create table oidc_flows (
  state text primary key,
  code_verifier text not null,
  nonce text not null,
  return_to text not null,
  created_at timestamptz not null default now()
);
