-- The order the applicant or the receiver attached a dossier's papers in. The rows of one submission
-- share their created_at (one transaction), and a certified copy's title comes from the form's list of
-- originals by this order (chứng thực bản sao: the n-th scan is the n-th original listed).
alter table dossier_attachments add column ordinal smallint not null default 0 check (ordinal >= 0);
comment on column dossier_attachments.ordinal is
  'Position among the attachments added with it (same created_at): the order they were given in.';
