import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Booking, PostalRequest, Ticket } from '../../../../contracts/pickup';
import type { AgencySummary } from '../../identity';
import type { PickupBookingTable, PickupPostalRequestTable, PickupTicketTable } from '../tables';

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d ? iso(d) : null);

export const presentDesk = (a: Pick<AgencySummary, 'id' | 'name' | 'address'>) => ({
  agencyId: a.id,
  name: a.name,
  address: a.address,
});

type BookingRow = Selectable<PickupBookingTable>;

export function presentBooking(
  b: Pick<BookingRow, 'id' | 'code' | 'dossier_id' | 'dossier_code' | 'starts_at' | 'status' | 'created_at'>,
  desk: Pick<AgencySummary, 'id' | 'name' | 'address'>,
  slotMinutes: number,
): z.infer<typeof Booking> {
  const start = new Date(b.starts_at);
  return {
    id: b.id,
    code: b.code,
    dossierId: b.dossier_id,
    dossierCode: b.dossier_code,
    desk: presentDesk(desk),
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + slotMinutes * 60_000).toISOString(),
    status: b.status,
    createdAt: iso(b.created_at),
  };
}

export function presentPostal(p: Selectable<PickupPostalRequestTable>): z.infer<typeof PostalRequest> {
  return {
    id: p.id,
    dossierId: p.dossier_id,
    dossierCode: p.dossier_code,
    recipientName: p.recipient_name,
    phone: p.phone,
    addressLine: p.address_line,
    unitCode: p.unit_code,
    unitName: p.unit_name,
    scope: p.scope,
    feeVnd: p.fee_vnd,
    status: p.status,
    trackingNumber: p.tracking_number,
    createdAt: iso(p.created_at),
    dispatchedAt: isoOrNull(p.dispatched_at),
    deliveredAt: isoOrNull(p.delivered_at),
  };
}

export function presentTicket(
  t: Selectable<PickupTicketTable>,
  service: { name_vi: string; name_en: string } | undefined,
  counterNumber: number | null,
  waitingBefore: number,
): z.infer<typeof Ticket> {
  return {
    id: t.id,
    number: t.number,
    letter: t.letter,
    serviceName: { vi: service?.name_vi ?? t.letter, en: service?.name_en ?? t.letter },
    status: t.status,
    counterNumber,
    takenAt: iso(t.taken_at),
    calledAt: isoOrNull(t.called_at),
    waitingBefore,
  };
}
