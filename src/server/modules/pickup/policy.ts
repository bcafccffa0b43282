import type { Policy } from '../../platform/auth';

/**
 * Who may do what at the pickup desk; enforced in the services against the desk's agency path
 * (staff) or the dossier's applicant (citizens).
 *
 * - Counters, opening hours and slot capacity are the desk's settings: its agency admin (or one above).
 * - Day bookings, the counter's call screen, serving bookings and postal dispatch belong to the one-stop
 *   desk's receivers; agency admins may look at the day's bookings and the postal list.
 * - A citizen books, moves and cancels only for dossiers they submitted, and asks for postal delivery of
 *   their own results.
 * - The kiosk and the waiting-room display are public (rate-limited), like a paper ticket machine.
 */
export const pickupPolicy = {
  'desk.configure': { staff: ['agency_admin'] },
  'desk.view': { staff: ['receiver', 'agency_admin'] },
  'desk.serve': { staff: ['receiver'] },
  'booking.own': { citizen: 'own' },
  'postal.own': { citizen: 'own' },
} satisfies Policy;
