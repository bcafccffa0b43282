-- Refunds of what a dossier paid and does not owe: a second payment of the same fees, or fees of a
-- dossier that ended without a result (refused, withdrawn, stopped). An online payment is refunded
-- through the gateway (VNPay's refund command), cash in cash at the desk. A refund is recorded as
-- requested before the gateway is called, so a crash between the call and its answer leaves a row the
-- reconciliation asks again with the same request id (the gateway answers a repeat with 94).
create table payment_refunds (
  id uuid primary key default gen_random_uuid(),
  order_id uuid not null references payment_orders (id),
  dossier_id uuid not null,
  agency_id uuid not null,
  amount bigint not null check (amount > 0 and amount <= 100000000000),
  reason text not null check (length(reason) between 5 and 500),
  method text not null check (method in ('gateway', 'cash')),
  status text not null default 'requested' check (status in ('requested', 'refunded', 'failed')),
  -- vnp_RequestId of the gateway's refund command: one per refund, repeated on a retry.
  request_id text unique check (request_id ~ '^[A-Za-z0-9]{8,40}$'),
  gateway_response_code text,
  gateway_transaction_status text,
  gateway_transaction_no text,
  requested_by uuid not null,
  requested_by_name text not null check (length(requested_by_name) > 0),
  created_at timestamptz not null default now(),
  settled_at timestamptz,
  check ((status = 'requested') = (settled_at is null)),
  check ((method = 'gateway') = (request_id is not null)),
  check (method = 'gateway' or status = 'refunded')
);
create index payment_refunds_order on payment_refunds (order_id, created_at);
create index payment_refunds_requested on payment_refunds (created_at) where status = 'requested';
comment on table payment_refunds is
  'Money given back for a paid order; requested, then refunded or failed by the gateway''s answer.';

alter table payment_events drop constraint payment_events_kind_check;
alter table payment_events add constraint payment_events_kind_check
  check (kind in ('created', 'ipn', 'query', 'expired', 'cash', 'refund'));
alter table payment_events drop constraint payment_events_outcome_check;
alter table payment_events add constraint payment_events_outcome_check
  check (outcome in ('created', 'paid', 'failed', 'pending', 'expired', 'refunded'));

-- The sandbox gateway's refunds (demo mode only), answered from here when the merchant repeats one.
create table payment_sandbox_refunds (
  tmn_code text not null,
  request_id text not null,
  txn_ref text not null,
  amount bigint not null check (amount > 0),
  transaction_type text not null check (transaction_type in ('02', '03')),
  transaction_no text not null unique,
  created_by text not null,
  created_at timestamptz not null default now(),
  primary key (tmn_code, request_id)
);
