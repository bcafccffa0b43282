-- A dossier may end up with two paid orders: a citizen who opened the payment page in two tabs can
-- pay both orders at the gateway before either IPN arrives. The money was taken twice, so both
-- settlements must be recorded (the gateway retries an IPN answered with an error for days); the
-- second one is flagged in its audit record for a refund, not refused by the database.
drop index payment_orders_one_paid;
create index payment_orders_paid on payment_orders (dossier_id) where status = 'paid';
