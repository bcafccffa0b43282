-- A dossier's result is named by the paper itself ("Trích lục khai sinh — 000.31.21.H56-261127-0001",
-- "Bản sao chứng thực — Bằng tốt nghiệp đại học, số 12/2026/SCT-BS"), and one dossier can have several
-- results (one certified copy per original). Papers the dossier prints itself keep their kind's name.
alter table dossier_documents add column title text check (title is null or length(title) between 1 and 500);
comment on column dossier_documents.title is
  'The paper''s own name, for results; null for the papers named by their kind (receipt, notices).';
