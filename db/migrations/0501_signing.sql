-- Signing: certificates of officials and agency seals, signature and seal images, the register of the
-- built-in CA, registered documents (the target of the QR link), the signatures applied to them,
-- trusted roots, and the certification book of certified electronic copies.
-- Agencies and accounts belong to the identity module: referenced by id and path, without foreign keys.

create table signing_certificates (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('official', 'seal')),
  account_id uuid,
  agency_id uuid not null,
  agency_path text not null,
  source text not null check (source in ('builtin_ca', 'pkcs12', 'remote')),
  subject text not null,
  common_name text not null,
  issuer text not null,
  serial_hex text not null,
  fingerprint text not null unique check (fingerprint ~ '^[0-9a-f]{64}$'),
  key_spec text not null,
  not_before timestamptz not null,
  not_after timestamptz not null,
  certificate bytea not null,
  chain bytea not null default '',
  private_key_sealed text,
  status text not null default 'active' check (status in ('active', 'superseded', 'revoked')),
  revoked_at timestamptz,
  created_by uuid,
  created_at timestamptz not null default now(),
  check (kind <> 'official' or account_id is not null),
  check ((status = 'revoked') = (revoked_at is not null)),
  check (not_before < not_after)
);
create unique index signing_certificates_active_official on signing_certificates (account_id)
  where kind = 'official' and status = 'active';
create unique index signing_certificates_active_seal on signing_certificates (agency_id)
  where kind = 'seal' and status = 'active';
create index signing_certificates_agency on signing_certificates (agency_id, kind, created_at desc);
comment on table signing_certificates is
  'Signing certificates (chứng thư số) of officials and agency seals; at most one active of each per holder.';
comment on column signing_certificates.private_key_sealed is
  'PKCS#8 sealed with AES-256-GCM under KEY_ENCRYPTION_KEY, bound to the row id; null when the key lives in an HSM or a remote-signing service.';

create table pki_issued_certificates (
  serial_hex text primary key check (serial_hex ~ '^[0-9a-f]+$'),
  ca_id text not null,
  issuer text not null check (issuer in ('root', 'issuing')),
  profile text not null check (profile in ('official', 'seal', 'tsa', 'issuing-ca')),
  subject text not null,
  fingerprint text not null unique,
  not_after timestamptz not null,
  issued_at timestamptz not null default now(),
  revoked_at timestamptz,
  revocation_reason text check (revocation_reason in ('unspecified', 'keyCompromise', 'affiliationChanged',
                                                      'superseded', 'cessationOfOperation')),
  check ((revoked_at is null) = (revocation_reason is null))
);
create index pki_issued_revoked on pki_issued_certificates (ca_id, issuer) where revoked_at is not null;
comment on table pki_issued_certificates is
  'Register of the built-in demo CA: every certificate it issued through the server; the CRL and OCSP answers come from here.';

create table signing_images (
  owner_type text not null check (owner_type in ('account', 'agency')),
  owner_id uuid not null,
  kind text not null check (kind in ('signature', 'seal')),
  png bytea not null check (octet_length(png) between 67 and 1048576),
  sha256 text not null,
  width integer not null check (width > 0),
  height integer not null check (height > 0),
  uploaded_by uuid,
  uploaded_at timestamptz not null default now(),
  primary key (owner_type, owner_id, kind),
  check ((owner_type = 'account') = (kind = 'signature'))
);
comment on table signing_images is
  'NĐ 30/2020 Phụ lục I: an official''s handwritten signature (blue PNG) and an agency''s seal (red PNG), both with transparent background.';

create table signed_documents (
  id uuid primary key,
  agency_id uuid not null,
  agency_path text not null,
  kind text not null check (kind in ('result', 'official_document', 'certified_copy', 'attachment')),
  title text not null check (length(title) between 1 and 500),
  document_number text,
  reference text,
  holder_account_id uuid,
  original_sha256 text not null check (original_sha256 ~ '^[0-9a-f]{64}$'),
  original_size bigint not null check (original_size > 0),
  current_sha256 text not null check (current_sha256 ~ '^[0-9a-f]{64}$'),
  current_size bigint not null check (current_size > 0),
  steps text[] not null check (cardinality(steps) between 1 and 3 and steps <@ array['official', 'seal', 'copy']),
  steps_done integer not null default 0,
  signer_account_id uuid,
  status text not null check (status in ('awaiting_signature', 'signed', 'revoked', 'superseded')),
  superseded_by uuid references signed_documents (id),
  revoked_at timestamptz,
  revocation_reason text,
  issued_at timestamptz,
  created_by uuid,
  created_at timestamptz not null default now(),
  check (steps_done between 0 and cardinality(steps)),
  check ((status = 'awaiting_signature') = (steps_done < cardinality(steps)) or status in ('revoked', 'superseded')),
  check ((issued_at is not null) = (steps_done = cardinality(steps)))
);
create index signed_documents_queue on signed_documents (agency_id, created_at) where status = 'awaiting_signature';
create index signed_documents_original on signed_documents (original_sha256);
create index signed_documents_rate on signed_documents (agency_id, created_at);
comment on table signed_documents is
  'Registered documents (kết quả, văn bản đi, bản sao chứng thực): the record the QR link shows, with the latest signed file.';
comment on column signed_documents.original_sha256 is
  'SHA-256 of the document as registered, before the QR stamp and signatures; every later version starts with these bytes.';
comment on column signed_documents.steps is
  'Signatures required, in order: official (người có thẩm quyền), seal (chữ ký số cơ quan), copy (bản sao).';

create table document_signatures (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null references signed_documents (id),
  step text not null check (step in ('official', 'seal', 'copy')),
  certificate_id uuid not null references signing_certificates (id),
  account_id uuid,
  agency_id uuid not null,
  field_name text not null,
  level text not null check (level in ('B-B', 'B-T')),
  signing_time timestamptz not null,
  result_sha256 text not null,
  created_at timestamptz not null default now(),
  unique (document_id, step)
);
comment on table document_signatures is 'One row per signature applied to a registered document (append-only).';

create function document_signatures_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'document_signatures is append-only (% refused)', tg_op using errcode = '42501';
end $$;
create trigger document_signatures_no_change before update or delete on document_signatures
  for each row execute function document_signatures_append_only();

create table signing_trusted_roots (
  fingerprint text primary key check (fingerprint ~ '^[0-9a-f]{64}$'),
  subject text not null,
  certificate bytea not null,
  note text,
  added_by uuid,
  added_at timestamptz not null default now()
);
comment on table signing_trusted_roots is
  'Root certificates trusted for verification beyond TRUSTED_ROOTS_DIR (national root, Ban Cơ yếu, commercial CAs).';

create table certification_book (
  agency_id uuid not null,
  year integer not null check (year between 2000 and 2200),
  seq integer not null check (seq > 0),
  book_number text not null,
  document_id uuid not null unique references signed_documents (id),
  original_title text not null,
  original_sha256 text not null,
  requester_account_id uuid,
  requester_name text not null,
  certified_by uuid not null,
  fee_vnd integer not null default 0 check (fee_vnd >= 0),
  created_at timestamptz not null default now(),
  primary key (agency_id, year, seq)
);
comment on table certification_book is
  'Sổ chứng thực bản sao điện tử từ bản chính (NĐ 23/2015, NĐ 45/2020 Điều 14): one entry per certified copy, numbered per agency and year.';
