import { toLocalDate } from '../../../platform/calendar';

/** Today's date in Asia/Ho_Chi_Minh (versions take effect on local calendar days). */
export const vnToday = (now: Date = new Date()): string => toLocalDate(now);
