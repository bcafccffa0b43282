-- National eID (OpenID Connect) sign-in: a person known only through the eID has no phone or e-mail.
alter table accounts drop constraint accounts_check;
alter table accounts add constraint accounts_citizen_reachable check (
  kind <> 'citizen' or phone is not null or email is not null
  or (personal_id is not null and identity_verified_by = 'eid')
);
comment on constraint accounts_citizen_reachable on accounts is
  'A citizen signs in with a phone, an e-mail address, or (eID accounts only) through the national eID.';

create index oidc_flows_created_at on oidc_flows (created_at);
comment on table oidc_flows is
  'Pending eID sign-ins: PKCE verifier and nonce by state, single use, expired after 10 minutes.';
comment on table eid_links is
  'Which account an eID subject (issuer, sub) signs in to; never a staff account.';
