-- A submission takes the agency's daily code counter (a row lock held until commit, which every
-- submission to that agency waits for) as its last write, so the first action and the attachments
-- are written before the dossier row. Their references to it may therefore be checked at commit:
-- deferrable, but still immediate unless a transaction asks (SET CONSTRAINTS … DEFERRED), so every
-- other writer keeps its immediate check.
alter table dossier_actions alter constraint dossier_actions_dossier_id_fkey deferrable initially immediate;
alter table dossier_attachments alter constraint dossier_attachments_dossier_id_fkey deferrable initially immediate;
