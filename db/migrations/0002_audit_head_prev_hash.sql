-- The head of an audit chain also keeps the hash before its own (the last record's prev_hash): an
-- append moves the head with one upsert and takes both hashes from what it returns.
alter table audit_chain_heads add column prev_hash text;
comment on column audit_chain_heads.prev_hash is
  'The prev_hash of the chain''s last record; null until the first append after this column was added.';
