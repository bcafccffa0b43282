import type { ComplaintState } from '../../../../contracts/feedback';
import type { WorkingCalendar } from '../../../platform/calendar';

/**
 * Deadlines of a complaint received at `receivedAt`, in working days on the holiday calendar: the
 * decision (accept for handling, or refuse with a reason) and the answer. Both count from the
 * effective receipt day (a complaint sent on a holiday or after office hours counts from the next
 * working day) and end at the close of office hours (vn-standards §5, QĐ 766 indicator 5.2).
 */
export function complaintDeadlines(
  calendar: WorkingCalendar,
  rule: { decideWorkingDays: number; answerWorkingDays: number },
  receivedAt: Date,
): { decideDueAt: Date; answerDueAt: Date } {
  return {
    decideDueAt: calendar.addWorkingDays(receivedAt, rule.decideWorkingDays),
    answerDueAt: calendar.addWorkingDays(receivedAt, rule.answerWorkingDays),
  };
}

type Timed = {
  state: ComplaintState;
  decide_due_at: Date;
  answer_due_at: Date;
};

/** The deadline that matters now: the decision while received, the answer while accepted or handled. */
export function currentDeadline(c: Timed): Date | null {
  if (c.state === 'received') return c.decide_due_at;
  if (c.state === 'accepted' || c.state === 'handling') return c.answer_due_at;
  return null;
}

export function isOverdue(c: Timed, now: Date): boolean {
  const due = currentDeadline(c);
  return due !== null && now.getTime() > due.getTime();
}

/**
 * Inbox colour as the dossier inbox uses it: red past the deadline, yellow when less than one working
 * day (of office time) is left, green otherwise; none once finished.
 */
export function deadlineColour(
  calendar: WorkingCalendar,
  c: Timed,
  now: Date,
): 'green' | 'yellow' | 'red' | 'none' {
  const due = currentDeadline(c);
  if (!due) return 'none';
  if (now.getTime() > due.getTime()) return 'red';
  const officeDayMs = 7.5 * 3_600_000; // 07:30–11:30 and 13:30–17:00
  return calendar.workingTimeBetween(now, due) < officeDayMs ? 'yellow' : 'green';
}
