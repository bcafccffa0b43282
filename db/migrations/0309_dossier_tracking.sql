-- Public tracking (tra cứu hồ sơ) is the most called public read. What it answers is kept here, one row
-- per dossier, as the JSON document it serves: a lookup is then one primary-key read, as cheap as the
-- bare baseline's, instead of the dossier joined with its history and rendered for every request.
--
-- The row is a copy, never the record: the dossier and its append-only actions stay the truth. Every
-- change the tracking page shows (a workflow action, a fee confirmed) rewrites the row in the same
-- transaction; a dossier whose row is missing (a new one, or one written before this migration) gets
-- it on its first lookup, and a row of an older `format` (the document's shape or wording changed) is
-- rebuilt the same way.
create table dossier_tracking (
  code        text primary key references dossiers (code) on delete cascade,
  phone_last4 text not null check (phone_last4 ~ '^[0-9]{4}$'),
  format      smallint not null,
  body        text not null,
  updated_at  timestamptz not null default now()
);
comment on table dossier_tracking is
  'What public tracking serves for each dossier (the Tracking contract as JSON), rebuilt with every change it shows.';
comment on column dossier_tracking.format is
  'Version of the document''s shape and wording; a row of an older format is rebuilt when it is next read.';
