import { readFile } from 'node:fs/promises';
import { projectPath } from '../paths';
import { type CalendarOptions, createWorkingCalendar, type WorkingCalendar } from './calendar';

export {
  type CalendarOptions,
  createWorkingCalendar,
  type DayInfo,
  type DayKind,
  DEFAULT_OFFICE_HOURS,
  type DeadlineOptions,
  type OfficePeriod,
  type WorkingCalendar,
} from './calendar';
export { type IsoDate, localInstant, toLocalDate } from './civil-date';
export { type HolidayData, holidayDataSchema } from './holiday-schedule';
export { hungKingsDate, type LunarDate, lunarToSolar, solarToLunar, tetDate } from './lunar';
export { localPeriod, periodQuery } from './period';

/** The reference data set shipped with the project (see seed/reference/SOURCES.md). */
export const DEFAULT_HOLIDAYS_FILE = projectPath('seed/reference/holidays-vn.json');

export async function loadDefaultCalendar(
  options: CalendarOptions & { file?: URL | string } = {},
): Promise<WorkingCalendar> {
  const { file = DEFAULT_HOLIDAYS_FILE, ...calendarOptions } = options;
  return createWorkingCalendar(JSON.parse(await readFile(file, 'utf8')), calendarOptions);
}
