-- Certified electronic copies (chứng thực bản sao điện tử) reach the requester's personal data store
-- (kho dữ liệu điện tử, owned by the dossiers module) through the signing.document_signed event. The
-- outbox delivers at least once: this key makes a redelivered event file the copy only once.
create unique index personal_documents_certified_copy_once
  on personal_documents (owner_account_id, sha256)
  where kind = 'certified_copy';
comment on index personal_documents_certified_copy_once is
  'Idempotency of filing a certified e-copy from the signing.document_signed event.';
