import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface PickupDeskTable {
  agency_id: string;
  agency_path: string;
  slot_minutes: number;
  slot_capacity: number;
  horizon_days: number;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface PickupHoursTable {
  agency_id: string;
  weekday: number;
  session: 'morning' | 'afternoon';
  opens: string;
  closes: string;
}

export interface PickupServiceTable {
  agency_id: string;
  letter: string;
  name_vi: string;
  name_en: string;
}

export interface PickupCounterTable {
  id: Generated<string>;
  agency_id: string;
  number: number;
  name: string;
  services: string[];
  active: Generated<boolean>;
}

export interface PickupSlotTable {
  agency_id: string;
  starts_at: Timestamp;
  capacity: number;
  booked: Generated<number>;
}

export type BookingStatus = 'booked' | 'cancelled' | 'served';

export interface PickupBookingTable {
  id: Generated<string>;
  code: string;
  agency_id: string;
  agency_path: string;
  dossier_id: string;
  dossier_code: string;
  account_id: string;
  starts_at: Timestamp;
  status: BookingStatus;
  served_counter_id: Generated<string | null>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface PickupReminderTable {
  booking_id: string;
  slot_date: string;
  sent_at: Generated<Date>;
}

export interface PickupQueueDayTable {
  agency_id: string;
  day: string;
  letter: string;
  last_seq: number;
}

export type TicketStatus = 'waiting' | 'called' | 'served' | 'no_show';

export interface PickupTicketTable {
  id: Generated<string>;
  agency_id: string;
  day: string;
  letter: string;
  seq: number;
  number: string;
  status: TicketStatus;
  counter_id: string | null;
  calls: Generated<number>;
  taken_at: Generated<Date>;
  called_at: Timestamp | null;
  ended_at: Timestamp | null;
}

export type PostalScope = 'intra_province' | 'inter_province';
export type PostalStatus = 'requested' | 'dispatched' | 'delivered' | 'cancelled';

export interface PickupPostalFeeTable {
  scope: PostalScope;
  effective_from: string;
  fee_vnd: number;
  legal_basis: string;
}

export interface PickupPostalRequestTable {
  id: Generated<string>;
  agency_id: string;
  agency_path: string;
  dossier_id: string;
  dossier_code: string;
  account_id: string;
  recipient_name: string;
  phone: string;
  address_line: string;
  unit_code: string;
  unit_name: string;
  scope: PostalScope;
  fee_vnd: number;
  status: PostalStatus;
  tracking_number: string | null;
  created_at: Generated<Date>;
  dispatched_at: Timestamp | null;
  delivered_at: Timestamp | null;
}

export interface PickupEventTable {
  id: Generated<string>;
  agency_id: string;
  subject_type: 'desk' | 'booking' | 'ticket' | 'postal';
  subject_id: string;
  kind: string;
  actor_type: 'anonymous' | 'citizen' | 'staff' | 'system' | 'api_token';
  actor_id: string | null;
  data: Json<Record<string, unknown>>;
  at: Generated<Date>;
}

declare module '../../platform/db/types' {
  interface Database {
    pickup_desks: PickupDeskTable;
    pickup_hours: PickupHoursTable;
    pickup_services: PickupServiceTable;
    pickup_counters: PickupCounterTable;
    pickup_slots: PickupSlotTable;
    pickup_bookings: PickupBookingTable;
    pickup_reminders: PickupReminderTable;
    pickup_queue_days: PickupQueueDayTable;
    pickup_tickets: PickupTicketTable;
    pickup_postal_fees: PickupPostalFeeTable;
    pickup_postal_requests: PickupPostalRequestTable;
    pickup_events: PickupEventTable;
  }
}
