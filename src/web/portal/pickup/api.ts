import { z } from 'zod';
import {
  Booking,
  Desk,
  DisplayBoard,
  DossierPickup,
  FreeSlots,
  KioskInfo,
  PostalQuote,
  PostalRequest,
  type PostalRequestInput,
  Ticket,
} from '../../../contracts/pickup';
import { apiGet, apiSend } from '../../api/client';

// Typed calls to the pickup API: bookings and postal delivery for citizens, the public kiosk and display.
const V1 = '/api/v1';
const id = (value: string) => encodeURIComponent(value);

export type BookingData = z.infer<typeof Booking>;
export type FreeSlotsData = z.infer<typeof FreeSlots>;
export type DossierPickupData = z.infer<typeof DossierPickup>;
export type PostalData = z.infer<typeof PostalRequest>;
export type KioskData = z.infer<typeof KioskInfo>;
export type TicketData = z.infer<typeof Ticket>;
export type DisplayData = z.infer<typeof DisplayBoard>;

export const getDossierPickup = (dossierId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/dossiers/${id(dossierId)}/pickup`, DossierPickup, signal);
export const getFreeSlots = (dossierId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/dossiers/${id(dossierId)}/pickup/slots`, FreeSlots, signal);
export const bookSlot = (dossierId: string, startsAt: string) =>
  apiSend('POST', `${V1}/pickup/bookings`, { dossierId, startsAt }, Booking);
export const moveBooking = (bookingId: string, startsAt: string) =>
  apiSend('POST', `${V1}/pickup/bookings/${id(bookingId)}/move`, { startsAt }, Booking);
export const cancelBooking = (bookingId: string) =>
  apiSend('POST', `${V1}/pickup/bookings/${id(bookingId)}/cancel`, undefined, Booking);
export const listMyBookings = (signal?: AbortSignal) =>
  apiGet(`${V1}/me/pickup-bookings`, z.object({ items: z.array(Booking) }), signal);

export const quotePostal = (dossierId: string, unitCode: string, signal?: AbortSignal) =>
  apiGet(`${V1}/dossiers/${id(dossierId)}/pickup/postal-fee?unitCode=${id(unitCode)}`, PostalQuote, signal);
export const requestPostal = (body: z.input<typeof PostalRequestInput>) =>
  apiSend('POST', `${V1}/pickup/postal`, body, PostalRequest);

export const listDesks = (signal?: AbortSignal) =>
  apiGet(`${V1}/pickup/desks`, z.object({ items: z.array(Desk) }), signal);
export const getKiosk = (agencyId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/pickup/desks/${id(agencyId)}/kiosk`, KioskInfo, signal);
export const takeTicket = (agencyId: string, letter: string) =>
  apiSend('POST', `${V1}/pickup/desks/${id(agencyId)}/tickets`, { letter }, Ticket);
export const getDisplay = (agencyId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/pickup/desks/${id(agencyId)}/display`, DisplayBoard, signal);
/** Server-Sent Events of the desk's queue (same origin: the CSP allows it). */
export const displayEventsUrl = (agencyId: string) => `${V1}/pickup/desks/${id(agencyId)}/display/events`;
