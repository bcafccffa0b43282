-- Two-factor: a pending secret during enrolment, and the last accepted time step (no code reuse).
alter table accounts add column totp_pending_enc text;
alter table accounts add column totp_last_step bigint;
comment on column accounts.totp_last_step is 'RFC 6238 time step of the last accepted code; a code is accepted once.';
