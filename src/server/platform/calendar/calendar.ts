// Working days and office hours of Vietnamese public agencies, for the legal deadlines of administrative
// procedures. The counting rule is explained, with its legal basis, in README.md next to this file.
import {
  type DayNumber,
  fromDayNumber,
  type IsoDate,
  instantMs,
  isWeekend,
  localDayOf,
  localTimeOf,
  parseTimeOfDay,
  toDayNumber,
  yearOf,
} from './civil-date';
import { buildHolidaySchedule, type HolidayKind, holidayDataSchema } from './holiday-schedule';

/** An office-hours period in local time, `HH:MM`–`HH:MM`. */
export interface OfficePeriod {
  start: string;
  end: string;
}

export interface CalendarOptions {
  /** Office hours of every working day; defaults to 07:30–11:30 and 13:30–17:00. */
  officeHours?: readonly OfficePeriod[];
}

export interface DeadlineOptions {
  /** Local `HH:MM` after which a receipt counts as received on the next working day, e.g. `'15:00'`. */
  afternoonCutoff?: string;
}

export type DayKind = 'working' | 'make_up_working' | 'weekend' | HolidayKind;

export interface DayInfo {
  date: IsoDate;
  isWorkingDay: boolean;
  kind: DayKind;
  /** Vietnamese name of the holiday the day belongs to; null for ordinary days and weekends. */
  name: string | null;
  /** Whether the year follows a published official schedule or only the Labour Code rules (a forecast). */
  basis: 'official_schedule' | 'labour_code_rules';
}

export interface WorkingCalendar {
  describeDay(date: IsoDate): DayInfo;
  isWorkingDay(date: IsoDate): boolean;
  holidayName(date: IsoDate): string | null;
  /** The first working day strictly after a date. */
  nextWorkingDay(date: IsoDate): IsoDate;
  /** The working day a receipt counts from: its own day, or the next working day when the receipt falls on a
   * non-working day, after the cutoff or after closing time. */
  effectiveReceiptDate(received: Date, opts?: DeadlineOptions): IsoDate;
  /** Deadline of a procedure of `n` working days: the end of office hours on the n-th working day after the
   * effective receipt date (n = 0: the same day). */
  addWorkingDays(received: Date, n: number, opts?: DeadlineOptions): Date;
  /** The earliest instant at which `hours` of office time have elapsed since `start`. */
  addWorkingHours(start: Date, hours: number): Date;
  /** Office time in milliseconds between two instants; negative when `b` is before `a`. */
  workingTimeBetween(a: Date, b: Date): number;
}

export const DEFAULT_OFFICE_HOURS: readonly OfficePeriod[] = [
  { start: '07:30', end: '11:30' },
  { start: '13:30', end: '17:00' },
];

const HOUR_MS = 3_600_000;

export function createWorkingCalendar(data: unknown, options: CalendarOptions = {}): WorkingCalendar {
  const schedule = buildHolidaySchedule(holidayDataSchema.parse(data));
  const periods = parseOfficeHours(options.officeHours ?? DEFAULT_OFFICE_HOURS);
  const closingMinutes = periods.at(-1)![1];

  const isWorking = (day: DayNumber) =>
    schedule.isMakeUpWorkingDay(day) || (!isWeekend(day) && schedule.find(day) === undefined);
  const nextWorking = (day: DayNumber) => {
    let next = day + 1;
    while (!isWorking(next)) next++;
    return next;
  };
  const receiptDay = (received: Date, opts: DeadlineOptions) => {
    const day = localDayOf(received);
    // A receipt after closing time (online, at night) counts from the next working day, like one after the
    // procedure's cutoff. "Sau 15 giờ" is strictly after: a receipt at 15:00:00 is still same-day.
    const cutoff = Math.min(
      closingMinutes,
      opts.afternoonCutoff === undefined ? closingMinutes : parseTimeOfDay(opts.afternoonCutoff),
    );
    const isLate = localTimeOf(received) > cutoff * 60_000;
    return isWorking(day) && !isLate ? day : nextWorking(day);
  };

  const dayInfo = (day: DayNumber): DayInfo => {
    const base = {
      date: fromDayNumber(day),
      basis: schedule.isOfficialYear(yearOf(day)) ? 'official_schedule' : 'labour_code_rules',
    } as const;
    if (schedule.isMakeUpWorkingDay(day))
      return { ...base, isWorkingDay: true, kind: 'make_up_working', name: null };
    const holiday = schedule.find(day);
    if (holiday) return { ...base, isWorkingDay: false, kind: holiday.kind, name: holiday.name };
    if (isWeekend(day)) return { ...base, isWorkingDay: false, kind: 'weekend', name: null };
    return { ...base, isWorkingDay: true, kind: 'working', name: null };
  };

  const workingTime = (a: number, b: number): number => {
    if (b < a) return -workingTime(b, a);
    let total = 0;
    const last = localDayOf(new Date(b));
    for (let day = localDayOf(new Date(a)); day <= last; day++) {
      if (!isWorking(day)) continue;
      for (const [start, end] of periods) {
        const overlap = Math.min(b, instantMs(day, end)) - Math.max(a, instantMs(day, start));
        if (overlap > 0) total += overlap;
      }
    }
    return total;
  };

  return {
    describeDay: (date) => dayInfo(toDayNumber(date)),
    isWorkingDay: (date) => isWorking(toDayNumber(date)),
    holidayName: (date) => dayInfo(toDayNumber(date)).name,
    nextWorkingDay: (date) => fromDayNumber(nextWorking(toDayNumber(date))),
    effectiveReceiptDate: (received, opts = {}) => fromDayNumber(receiptDay(received, opts)),

    addWorkingDays(received, n, opts = {}) {
      if (!Number.isSafeInteger(n) || n < 0)
        throw new RangeError(`Working days must be a whole number ≥ 0: ${n}`);
      let day = receiptDay(received, opts);
      for (let i = 0; i < n; i++) day = nextWorking(day);
      return new Date(instantMs(day, closingMinutes));
    },

    addWorkingHours(start, hours) {
      if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`Working hours must be ≥ 0: ${hours}`);
      const from = start.getTime();
      let remaining = Math.round(hours * HOUR_MS);
      if (remaining === 0) return new Date(from);
      for (let day = localDayOf(start); ; day++) {
        if (!isWorking(day)) continue;
        for (const [startMinutes, endMinutes] of periods) {
          const open = Math.max(from, instantMs(day, startMinutes));
          const available = instantMs(day, endMinutes) - open;
          if (available <= 0) continue;
          // `<=` so that a count ending exactly at closing time lands at 11:30, not after lunch.
          if (remaining <= available) return new Date(open + remaining);
          remaining -= available;
        }
      }
    },

    workingTimeBetween: (a, b) => workingTime(a.getTime(), b.getTime()),
  };
}

function parseOfficeHours(hours: readonly OfficePeriod[]): [number, number][] {
  const periods = hours.map(({ start, end }): [number, number] => [
    parseTimeOfDay(start),
    parseTimeOfDay(end),
  ]);
  if (periods.length === 0) throw new RangeError('Office hours must have at least one period');
  periods.forEach(([start, end], i) => {
    const previousEnd = i > 0 ? periods[i - 1]![1] : -1;
    if (start >= end || start < previousEnd) {
      throw new RangeError('Office hours must be ordered, non-overlapping periods with start < end');
    }
  });
  return periods;
}
