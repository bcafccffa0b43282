import type { WorkingCalendar } from '../../../platform/calendar';
import { AppError } from '../../../platform/errors';
import type { LoadedDesk } from './desk';
import { addDays, hoursOn, isSlotStart, localDate } from './schedule';

export type SlotProblem = { reason: string; error: AppError };

const invalid = (reason: string, vi: string, en: string): SlotProblem => ({
  reason,
  error: new AppError('VALIDATION_FAILED', { vi, en, fields: [{ path: 'body.startsAt', vi, en }] }),
});

/**
 * Why a start instant cannot be booked at this desk for this window, or undefined when it can: past,
 * before the appointment date, beyond the booking horizon, a closed day (holiday, weekend), or not
 * the start of one of the desk's slots.
 */
export function slotProblem(
  calendar: WorkingCalendar,
  desk: LoadedDesk,
  earliest: string,
  start: Date,
  now: Date,
): SlotProblem | undefined {
  const date = localDate(start);
  if (start.getTime() <= now.getTime())
    return invalid('past', 'Khung giờ này đã qua.', 'This time slot is in the past.');
  if (date < earliest)
    return invalid(
      'before_appointment',
      `Chỉ đặt lịch từ ngày ${earliest.split('-').reverse().join('/')} (ngày hẹn trả kết quả).`,
      `Book on or after ${earliest} (the appointment date).`,
    );
  if (date >= addDays(earliest, desk.horizonDays))
    return invalid(
      'beyond_horizon',
      `Chỉ đặt lịch trong vòng ${desk.horizonDays} ngày.`,
      `Slots open ${desk.horizonDays} days ahead at most.`,
    );
  if (!hoursOn(calendar, desk.schedule, date).length) {
    const holiday = calendar.holidayName(date);
    return invalid(
      'closed',
      holiday ? `Bộ phận một cửa nghỉ ngày này (${holiday}).` : 'Bộ phận một cửa không làm việc ngày này.',
      'The desk is closed on that day.',
    );
  }
  if (!isSlotStart(calendar, desk.schedule, start))
    return invalid('not_a_slot', 'Không có khung giờ này.', 'There is no such time slot.');
  return undefined;
}

export const fullSlot = () =>
  new AppError('CONFLICT', {
    vi: 'Khung giờ này đã đủ người, vui lòng chọn khung giờ khác.',
    en: 'This time slot is full; please choose another.',
    extra: { reason: 'slot_full' },
  });
