// Holidays by date: the official schedules of the reference data where they exist, otherwise the Labour Code
// rules (Bộ luật Lao động 45/2019/QH14, Điều 112 and Điều 111 khoản 3) applied to the year.
import { z } from 'zod';
import {
  type DayNumber,
  fromDayNumber,
  type IsoDate,
  isIsoDate,
  isWeekend,
  toDayNumber,
  weekdayOf,
  yearOf,
} from './civil-date';
import { lunarToSolar, tetDate } from './lunar';

const isoDate = z.string().refine(isIsoDate, 'expected a calendar date YYYY-MM-DD');

const paidHolidaySchema = z.object({
  id: z.string(),
  name_vi: z.string(),
  calendar: z.enum(['solar', 'lunar']),
  date: z.string().optional(),
  days: z.number().int().positive(),
});

const blockSchema = z.object({
  /** One holiday id, or several joined by `+` when one block covers adjacent holidays. */
  holiday: z.string(),
  official_days: z.array(isoDate),
  compensatory_days: z.array(isoDate).optional(),
  block: z.array(isoDate),
  swap: z.object({ day_off: isoDate, make_up_working_day: isoDate }).optional(),
});

export const holidayDataSchema = z.object({
  rules: z.object({
    paid_holidays: z.array(paidHolidaySchema),
    pending_changes: z.array(z.object({ id: z.string(), name_vi: z.string() })).optional(),
  }),
  official_schedules: z.record(
    z.string().regex(/^\d{4}$/),
    // A year without `blocks` (e.g. 2027, "computed_by_rule" only) has no official schedule.
    z.object({
      blocks: z.array(blockSchema).optional(),
      make_up_working_saturdays: z.array(isoDate).optional(),
    }),
  ),
});

export type HolidayData = z.infer<typeof holidayDataSchema>;
type PaidHoliday = z.infer<typeof paidHolidaySchema>;

export type HolidayKind = 'holiday' | 'compensatory' | 'swapped_day_off' | 'holiday_period';

export interface HolidayEntry {
  /** `holiday`: a Labour Code holiday; `compensatory`: nghỉ bù (Điều 111 khoản 3); `swapped_day_off`: a
   * weekday off in exchange for a make-up Saturday; `holiday_period`: another day of the official block. */
  kind: HolidayKind;
  name: string;
}

export interface HolidaySchedule {
  /** The holiday on a day, if any. */
  find(day: DayNumber): HolidayEntry | undefined;
  /** Make-up Saturdays (ngày làm bù): working days despite the weekend. */
  isMakeUpWorkingDay(day: DayNumber): boolean;
  /** Whether the year has an official schedule (otherwise its holidays are derived from the rules). */
  isOfficialYear(year: number): boolean;
}

const withKind = (kind: HolidayKind, name: string): HolidayEntry => ({
  kind,
  name:
    kind === 'compensatory'
      ? `${name} (nghỉ bù)`
      : kind === 'swapped_day_off'
        ? `${name} (nghỉ hoán đổi)`
        : name,
});

export function buildHolidaySchedule(data: HolidayData): HolidaySchedule {
  const names = new Map<string, string>();
  for (const h of [...data.rules.paid_holidays, ...(data.rules.pending_changes ?? [])])
    names.set(h.id, h.name_vi);
  const nameOf = (id: string) => {
    const name = names.get(id);
    if (name === undefined) throw new Error(`holiday data: unknown holiday id "${id}"`);
    return name;
  };

  const official = new Map<DayNumber, HolidayEntry>();
  const makeUp = new Set<DayNumber>();
  const officialYears = new Set<number>();
  const put = (date: IsoDate, entry: HolidayEntry) => {
    const day = toDayNumber(date);
    const existing = official.get(day);
    // A day listed in two blocks keeps its strongest meaning (official holiday over the rest of a block).
    if (!existing || existing.kind === 'holiday_period') official.set(day, entry);
  };

  for (const [year, schedule] of Object.entries(data.official_schedules)) {
    if (!schedule.blocks) continue;
    officialYears.add(Number(year));
    for (const block of schedule.blocks) {
      if (block.block.length === 0) continue; // e.g. a pending holiday not yet in force
      const ids = block.holiday.split('+');
      const blockName = nameOf(ids[0]!);
      // For a joint block (30/4 + 1/5) name each official day after the holiday whose solar date it is.
      const officialNames = block.official_days.map((date) => {
        const match = ids.find((id) =>
          data.rules.paid_holidays.some((h) => h.id === id && h.date === date.slice(5)),
        );
        return nameOf(match ?? ids[0]!);
      });
      for (const [i, date] of block.official_days.entries())
        put(date, withKind('holiday', officialNames[i]!));
      const lastOfficialName = officialNames.at(-1) ?? blockName;
      for (const date of block.compensatory_days ?? []) put(date, withKind('compensatory', lastOfficialName));
      if (block.swap) {
        put(block.swap.day_off, withKind('swapped_day_off', lastOfficialName));
        makeUp.add(toDayNumber(block.swap.make_up_working_day));
      }
      // Remaining days of the block (weekends, bridges) carry the name of the nearest official day before them.
      for (const date of block.block) {
        const before = block.official_days.filter((d) => d <= date).length;
        put(date, withKind('holiday_period', officialNames[Math.max(before - 1, 0)] ?? blockName));
      }
    }
    for (const date of schedule.make_up_working_saturdays ?? []) makeUp.add(toDayNumber(date));
  }
  for (const day of makeUp) {
    if (!isWeekend(day) || official.has(day)) {
      throw new Error(`holiday data: make-up working day ${fromDayNumber(day)} must be a free weekend day`);
    }
  }

  const derived = new Map<number, Map<DayNumber, HolidayEntry>>();
  const derivedYear = (year: number) => {
    let days = derived.get(year);
    if (!days) {
      days = deriveHolidays(year, data.rules.paid_holidays);
      derived.set(year, days);
    }
    return days;
  };

  return {
    find(day) {
      const entry = official.get(day);
      if (entry) return entry;
      const year = yearOf(day);
      return officialYears.has(year) ? undefined : derivedYear(year).get(day);
    },
    isMakeUpWorkingDay: (day) => makeUp.has(day),
    isOfficialYear: (year) => officialYears.has(year),
  };
}

/** The holidays of a year by the Labour Code alone, as the Prime Minister has not (yet) fixed them. */
export function deriveHolidays(year: number, holidays: readonly PaidHoliday[]): Map<DayNumber, HolidayEntry> {
  const days = new Map<DayNumber, HolidayEntry>();
  for (const holiday of holidays) {
    for (const day of ruleDays(year, holiday)) {
      if (!days.has(day)) days.set(day, withKind('holiday', holiday.name_vi));
    }
  }
  // Điều 111 khoản 3: a holiday on the weekly rest day gives a day off on the next working day; taken in date
  // order, so two weekend holidays in a row (Tết) push their compensatory days one after the other.
  const holidayDays = [...days.keys()].sort((a, b) => a - b);
  for (const day of holidayDays) {
    if (!isWeekend(day)) continue;
    let next = day + 1;
    while (isWeekend(next) || days.has(next)) next++;
    days.set(next, withKind('compensatory', days.get(day)!.name));
  }
  return days;
}

function ruleDays(year: number, holiday: PaidHoliday): DayNumber[] {
  if (holiday.id === 'tet') {
    // Điều 112 khoản 1 điểm b: 5 days; the usual choice (2026) is the last day of the lunar year + mùng 1–4.
    const mung1 = toDayNumber(tetDate(year));
    return Array.from({ length: holiday.days }, (_, i) => mung1 - 1 + i);
  }
  if (holiday.calendar === 'lunar') {
    const match = /^(\d{1,2})\/(\d{1,2})/.exec(holiday.date ?? '');
    if (!match || holiday.days !== 1)
      throw new Error(`holiday data: cannot apply lunar rule "${holiday.id}"`);
    return [toDayNumber(lunarToSolar(Number(match[1]), Number(match[2]), year))];
  }
  const date = `${year}-${holiday.date ?? ''}`;
  if (!isIsoDate(date) || holiday.days > 2)
    throw new Error(`holiday data: cannot apply solar rule "${holiday.id}"`);
  const day = toDayNumber(date);
  if (holiday.days === 1) return [day];
  return [day, adjacentHolidayDay(day)];
}

/**
 * The extra day next to a two-day holiday (Quốc khánh 2/9 + 1/9 or 3/9), which the Prime Minister picks each
 * year (Điều 112 khoản 3). Until announced, follow the decisions of 2021–2026: the day before, unless that is a
 * weekend day or the day after is a Friday that bridges to the weekend.
 */
function adjacentHolidayDay(day: DayNumber): DayNumber {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 1 || weekday === 4 ? day + 1 : day - 1;
}
