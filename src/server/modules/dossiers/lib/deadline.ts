import type { WorkingCalendar } from '../../../platform/calendar';

export type TimeRule = {
  processingTime: { value: number; unit: 'working_days' | 'working_hours' | 'days' };
  afternoonCutoff: string | null;
};

/**
 * The appointment (ngày hẹn trả kết quả) of a dossier received at `receivedAt`: working days or
 * hours on the holiday calendar, with the procedure's afternoon cutoff (receipts after 15:00 count
 * from the next working day where the procedure says so). Calendar days are counted as such.
 */
export function appointment(calendar: WorkingCalendar, rule: TimeRule, receivedAt: Date): Date {
  const { value, unit } = rule.processingTime;
  const cutoff = rule.afternoonCutoff ? { afternoonCutoff: rule.afternoonCutoff } : {};
  if (unit === 'working_hours') return calendar.addWorkingHours(receivedAt, value);
  if (unit === 'days') {
    const end = new Date(receivedAt.getTime() + value * 86_400_000);
    return calendar.addWorkingDays(end, 0);
  }
  return calendar.addWorkingDays(receivedAt, value, cutoff);
}

/** Moves an appointment by the working time that passed between two instants (supplement pause). */
export function moveByPause(calendar: WorkingCalendar, dueAt: Date, pausedFrom: Date, pausedTo: Date): Date {
  const ms = calendar.workingTimeBetween(pausedFrom, pausedTo);
  return ms > 0 ? calendar.addWorkingHours(dueAt, ms / 3_600_000) : dueAt;
}

export function describeTime(rule: TimeRule): string {
  const { value, unit } = rule.processingTime;
  if (unit === 'working_hours') return `${value} giờ làm việc`;
  if (unit === 'days') return `${value} ngày`;
  if (value === 0) return 'trong ngày làm việc';
  return `${String(value).padStart(2, '0')} ngày làm việc${rule.afternoonCutoff ? ` (hồ sơ nhận sau ${rule.afternoonCutoff.replace(':', ' giờ ')} tính từ ngày làm việc tiếp theo)` : ''}`;
}
