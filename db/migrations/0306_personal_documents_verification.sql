-- The personal data store (kho dữ liệu điện tử của cá nhân) shows, for each signed paper it keeps (an
-- electronic result, a certified e-copy), the public verification page its QR code opens
-- (`/xac-minh/<signed document id>?hash=<sha256 as registered>`, see the signing module). The link is
-- written when the paper is filed, so the store never reads the signing module's tables.
alter table personal_documents add column verification_path text
  check (verification_path ~ '^/xac-minh/[0-9a-f-]{36}\?hash=[0-9a-f]{64}$');
comment on column personal_documents.verification_path is
  'Public verification page of a signed paper (result, certified copy); null for scans and uploads.';

-- Papers filed before this migration: a one-off backfill from the signing register, matched by the
-- final file's hash. On a new database the signing tables may not exist yet (migrations run by name),
-- and there is nothing to backfill then.
do $$
begin
  if to_regclass('signed_documents') is not null then
    update personal_documents p
       set verification_path = '/xac-minh/' || s.id || '?hash=' || s.original_sha256
      from signed_documents s
     where p.verification_path is null
       and p.kind in ('result', 'certified_copy')
       and s.current_sha256 = p.sha256;
  end if;
end $$;

create index dossier_attachments_reused_from on dossier_attachments (reused_from) where reused_from is not null;
comment on index dossier_attachments_reused_from is
  'How many times each stored paper was reused (shown in the store; QĐ 766 indicator 4.4).';
