-- Payments: orders sent to the payment gateway for a dossier's fees, their append-only event log
-- (IPN received, status query answered…), electronic receipts, and the ledger of the sandbox gateway
-- that the demo runs inside Cửa Số.

create table payment_orders (
  id uuid primary key default gen_random_uuid(),
  -- vnp_TxnRef: unique at the gateway for the merchant (alphanumeric, at most 100 characters).
  txn_ref text not null unique check (txn_ref ~ '^[A-Za-z0-9]{8,40}$'),
  dossier_id uuid not null references dossiers (id),
  agency_id uuid not null,
  account_id uuid,
  gateway text not null check (gateway = 'vnpay'),
  -- Whole đồng: the gateway sends amount × 100, the order keeps đồng.
  amount bigint not null check (amount > 0 and amount <= 100000000000),
  currency text not null default 'VND' check (currency = 'VND'),
  lines jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'paid', 'failed', 'expired')),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  settled_at timestamptz,
  settled_by text check (settled_by in ('ipn', 'query')),
  gateway_txn_no text,
  bank_code text,
  pay_date text,
  receipt_no text unique,
  receipt_sha256 text check (receipt_sha256 ~ '^[0-9a-f]{64}$'),
  receipt_size integer check (receipt_size > 0),
  check (expires_at > created_at),
  check ((status = 'pending') = (settled_at is null)),
  check (status <> 'pending' or settled_by is null),
  check (status <> 'paid' or (gateway_txn_no is not null and receipt_no is not null)),
  check (receipt_sha256 is null or receipt_no is not null)
);
create index payment_orders_dossier on payment_orders (dossier_id, created_at);
create index payment_orders_pending on payment_orders (created_at) where status = 'pending';
-- At most one paid order per dossier: a second payment would be money taken twice.
create unique index payment_orders_one_paid on payment_orders (dossier_id) where status = 'paid';
comment on table payment_orders is
  'Payment orders of dossier fees sent to the gateway; only the IPN or the status query settle one.';
comment on column payment_orders.amount is 'VND, whole đồng (vnp_Amount / 100).';

create table payment_events (
  id bigserial primary key,
  order_id uuid not null references payment_orders (id),
  kind text not null check (kind in ('created', 'ipn', 'query', 'expired')),
  outcome text not null check (outcome in ('created', 'paid', 'failed', 'pending', 'expired')),
  -- A repeated IPN or query answer carries the same key: inserting it again is a no-op.
  dedupe_key text not null unique,
  data jsonb not null default '{}',
  at timestamptz not null default now()
);
create index payment_events_order on payment_events (order_id, id);
comment on table payment_events is
  'Append-only log of what happened to a payment order; dedupe_key makes a replayed callback a no-op.';

create function payment_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'payment_events is append-only (% refused)', tg_op using errcode = '42501';
end $$;
create trigger payment_events_no_change before update or delete on payment_events
  for each row execute function payment_events_append_only();

-- Receipt numbers run per agency and year without gaps (the counter row is locked by the settlement).
create table payment_receipt_counters (
  agency_id uuid not null,
  year integer not null check (year between 2000 and 2999),
  last_no integer not null check (last_no >= 0),
  primary key (agency_id, year)
);

-- The sandbox gateway's own books (demo mode only): what a real gateway would answer querydr from.
create table payment_sandbox_transactions (
  tmn_code text not null,
  txn_ref text not null,
  transaction_no text not null unique,
  amount bigint not null check (amount > 0),
  order_info text not null,
  bank_code text not null,
  response_code text not null check (response_code ~ '^\d{2}$'),
  transaction_status text not null check (transaction_status ~ '^\d{2}$'),
  pay_date text not null check (pay_date ~ '^\d{14}$'),
  ipn_sent boolean not null,
  created_at timestamptz not null default now(),
  primary key (tmn_code, txn_ref)
);
comment on table payment_sandbox_transactions is
  'Ledger of the built-in sandbox gateway (/sandbox/payment), used in demo mode and tests only.';
