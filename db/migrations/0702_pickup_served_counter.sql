-- Pickup: the counter (quầy) that served a booking, so the desk sees the day's bookings per counter.

alter table pickup_bookings add column served_counter_id uuid references pickup_counters (id);
alter table pickup_bookings add constraint pickup_bookings_served_at_counter
  check (status <> 'served' or served_counter_id is not null) not valid;
comment on column pickup_bookings.served_counter_id is
  'The counter that handed the visitor over (set when served); the day view groups bookings by it.';
