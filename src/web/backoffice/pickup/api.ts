import { z } from 'zod';
import {
  Booking,
  CounterBoard,
  DayBookings,
  DeskSettings,
  type DeskSettingsInput,
  PostalRequest,
} from '../../../contracts/pickup';
import { apiGet, apiSend } from '../../api/client';

// Calls of the desk's pickup work: settings, the day's bookings, the counter's call screen, postal.
const V1 = '/api/v1';
const id = (value: string) => encodeURIComponent(value);

export type DeskSettingsData = z.infer<typeof DeskSettings>;
export type DayBookingsData = z.infer<typeof DayBookings>;
export type CounterBoardData = z.infer<typeof CounterBoard>;
export type PostalData = z.infer<typeof PostalRequest>;

export const getSettings = (agencyId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/pickup/desks/${id(agencyId)}/settings`, DeskSettings, signal);
export const saveSettings = (agencyId: string, body: z.input<typeof DeskSettingsInput>) =>
  apiSend('PUT', `${V1}/pickup/desks/${id(agencyId)}/settings`, body, DeskSettings);
export const getDayBookings = (agencyId: string, date: string, signal?: AbortSignal) =>
  apiGet(`${V1}/pickup/desks/${id(agencyId)}/bookings?date=${id(date)}`, DayBookings, signal);
export const serveBooking = (bookingId: string, counterId: string) =>
  apiSend('POST', `${V1}/pickup/bookings/${id(bookingId)}/serve`, { counterId }, Booking);
export const getCounter = (counterId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/pickup/counters/${id(counterId)}`, CounterBoard, signal);
export const callNext = (counterId: string) =>
  apiSend('POST', `${V1}/pickup/counters/${id(counterId)}/call-next`, undefined, CounterBoard);
export const actOnTicket = (ticketId: string, action: 'recall' | 'serve' | 'no_show') =>
  apiSend('POST', `${V1}/pickup/tickets/${id(ticketId)}/${action}`, undefined, CounterBoard);
export const listPostal = (agencyId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/pickup/desks/${id(agencyId)}/postal`, z.object({ items: z.array(PostalRequest) }), signal);
export const dispatchPostal = (postalId: string, trackingNumber: string) =>
  apiSend('POST', `${V1}/pickup/postal/${id(postalId)}/dispatch`, { trackingNumber }, PostalRequest);
export const deliverPostal = (postalId: string) =>
  apiSend('POST', `${V1}/pickup/postal/${id(postalId)}/deliver`, undefined, PostalRequest);
