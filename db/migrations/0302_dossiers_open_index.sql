-- The inbox reads open dossiers of an agency subtree, soonest appointment first. A partial index on
-- the open states keeps it small however many finished dossiers accumulate.
create index dossiers_open_inbox on dossiers (agency_path text_pattern_ops, state, due_at)
  where state in ('submitted', 'received', 'processing', 'supplement_requested', 'awaiting_approval',
                  'awaiting_signature', 'fee_requested', 'result_ready');
