-- Fees paid in cash at the one-stop desk: the receiver records the money taken, and the order is
-- born paid, with its receipt number, who collected it and no gateway transaction. Online orders
-- keep every rule they had (an expiry, a gateway transaction number once paid).
alter table payment_orders drop constraint payment_orders_gateway_check;
alter table payment_orders add constraint payment_orders_gateway_check check (gateway in ('vnpay', 'cash'));

alter table payment_orders alter column expires_at drop not null;
alter table payment_orders drop constraint payment_orders_check;
alter table payment_orders add constraint payment_orders_expiry_check
  check ((gateway = 'cash') = (expires_at is null) and (expires_at is null or expires_at > created_at));

alter table payment_orders drop constraint payment_orders_settled_by_check;
alter table payment_orders add constraint payment_orders_settled_by_check
  check (settled_by in ('ipn', 'query', 'desk') and (settled_by = 'desk') = (gateway = 'cash'));

alter table payment_orders drop constraint payment_orders_check3;
alter table payment_orders add constraint payment_orders_paid_check
  check (status <> 'paid' or (receipt_no is not null and (gateway = 'cash' or gateway_txn_no is not null)));

-- The official who took the money, and the name the receipt prints (kept as it was that day).
alter table payment_orders add column collected_by uuid;
alter table payment_orders add column collector_name text;
alter table payment_orders add constraint payment_orders_cash_check
  check (
    case when gateway = 'cash'
      then status = 'paid' and settled_by = 'desk' and collected_by is not null and length(collector_name) > 0
      else collected_by is null and collector_name is null
    end
  );
comment on column payment_orders.collected_by is 'Cash at the desk: the staff account that took the money.';

alter table payment_events drop constraint payment_events_kind_check;
alter table payment_events add constraint payment_events_kind_check
  check (kind in ('created', 'ipn', 'query', 'expired', 'cash'));
