-- The specialist's draft of the result (dự thảo kết quả), attached when the dossier goes to the leader
-- (`propose`): for most procedures the result is a decision or letter the specialist drafts, and the
-- leader signs that file instead of the paper Cửa Số generates. Visible to officials only.
alter table dossier_documents drop constraint dossier_documents_kind_check;
alter table dossier_documents add constraint dossier_documents_kind_check check (
  kind in ('receipt', 'supplement_request', 'refusal', 'apology', 'stop_notice', 'control_slip', 'result',
           'result_draft')
);
