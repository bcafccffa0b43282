// Calendar dates and times of day in Asia/Ho_Chi_Minh. Vietnam keeps UTC+7 all year (no DST), so a fixed
// offset is exact and plain integer arithmetic replaces a time-zone library.

/** A calendar date in Asia/Ho_Chi_Minh, written `YYYY-MM-DD`. */
export type IsoDate = string;

/** Days since 1970-01-01: the internal representation of a calendar date. */
export type DayNumber = number;

export const VIETNAM_OFFSET_MS = 7 * 3_600_000;
export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  // Date.UTC rolls 2025-02-30 over to March; a round trip rejects such dates.
  return fromDayNumber(Math.floor(Date.UTC(y, m - 1, d) / DAY_MS)) === value;
}

export function toDayNumber(date: IsoDate): DayNumber {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

export function fromDayNumber(day: DayNumber): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(day: DayNumber): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: DayNumber): number {
  return new Date(day * DAY_MS).getUTCDay();
}

export function isWeekend(day: DayNumber): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

/** The local calendar day on which an instant falls. */
export function localDayOf(instant: Date): DayNumber {
  return Math.floor((instant.getTime() + VIETNAM_OFFSET_MS) / DAY_MS);
}

/** Milliseconds elapsed since local midnight. */
export function localTimeOf(instant: Date): number {
  return instant.getTime() + VIETNAM_OFFSET_MS - localDayOf(instant) * DAY_MS;
}

export function toLocalDate(instant: Date): IsoDate {
  return fromDayNumber(localDayOf(instant));
}

/** Parses `HH:MM` (24-hour) into minutes since midnight. */
export function parseTimeOfDay(value: string): number {
  const match = TIME_OF_DAY.exec(value);
  if (!match) throw new RangeError(`Not a time of day (HH:MM): ${value}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Epoch milliseconds of a local day at a number of minutes after midnight. */
export function instantMs(day: DayNumber, minutes: number): number {
  return day * DAY_MS + minutes * MINUTE_MS - VIETNAM_OFFSET_MS;
}

/** The instant of a local date and time, e.g. `localInstant('2026-02-12', '09:00')`. */
export function localInstant(date: IsoDate, time: string): Date {
  return new Date(instantMs(toDayNumber(date), parseTimeOfDay(time)));
}
