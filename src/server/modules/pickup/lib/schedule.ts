import type { WorkingCalendar } from '../../../platform/calendar';

/** Opening hours of one session of one ISO weekday (1 = Monday), local `HH:MM`. */
export type Hours = { weekday: number; session: 'morning' | 'afternoon'; opens: string; closes: string };
export type DeskSchedule = { slotMinutes: number; hours: Hours[] };

const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** Local calendar date (Asia/Ho_Chi_Minh, UTC+7 all year) of an instant. */
export function localDate(instant: Date): string {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The instant of a local date and minute of the day. */
export function localInstant(date: string, minutes: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - VN_OFFSET_MS + minutes * 60_000);
}

/**
 * The hours a desk keeps on a date, or none when it is closed. A day off of the holiday calendar
 * (Tết, Quốc khánh, compensatory days …) is closed whatever the weekday's hours say. A make-up
 * working Saturday (ngày làm bù) is worked like a weekday, so it takes Monday's hours when the
 * desk has none of its own for Saturday; an ordinary weekend day is open only with hours of its own.
 */
export function hoursOn(calendar: WorkingCalendar, schedule: DeskSchedule, date: string): Hours[] {
  const day = calendar.describeDay(date);
  if (day.kind !== 'working' && day.kind !== 'make_up_working' && day.kind !== 'weekend') return [];
  const weekday = isoWeekday(date);
  const own = schedule.hours.filter((h) => h.weekday === weekday);
  if (own.length || day.kind !== 'make_up_working') return own;
  return schedule.hours.filter((h) => h.weekday === 1);
}

/** The slot start instants of a date: every `slotMinutes` of each session that ends by closing time. */
export function slotStarts(calendar: WorkingCalendar, schedule: DeskSchedule, date: string): Date[] {
  const out: Date[] = [];
  const sessions = [...hoursOn(calendar, schedule, date)].sort((a, b) => a.opens.localeCompare(b.opens));
  for (const h of sessions) {
    const close = minutesOf(h.closes);
    for (let m = minutesOf(h.opens); m + schedule.slotMinutes <= close; m += schedule.slotMinutes)
      out.push(localInstant(date, m));
  }
  return out;
}

/** Whether an instant is exactly the start of one of the desk's slots (a booking names a real slot). */
export function isSlotStart(calendar: WorkingCalendar, schedule: DeskSchedule, instant: Date): boolean {
  const t = instant.getTime();
  return slotStarts(calendar, schedule, localDate(instant)).some((s) => s.getTime() === t);
}
