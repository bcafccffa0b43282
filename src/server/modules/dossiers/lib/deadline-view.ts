import {
  type DeadlineColour,
  type DossierState,
  deadlineColourOf,
  STEP_OF_STATE,
  type StepBudgets,
  stepInfo,
  type WorkflowStep,
} from '../../../../contracts/dossier-workflow';
import type { WorkingCalendar } from '../../../platform/calendar';
import { stepDeadline } from './step-deadline';

/** States in which the appointment no longer runs: the applicant's wait, and the ends of processing. */
const NO_APPOINTMENT_CLOCK: ReadonlySet<string> = new Set([
  'supplement_requested',
  'fee_requested',
  'refused',
  'withdrawn',
  'stopped',
  'result_ready',
  'returned',
]);

export type DeadlineRow = {
  state: string;
  submitted_at: Date | string;
  due_at: Date | string | null;
  step_due_at: Date | string | null;
};

export type DeadlineView = {
  step: { key: WorkflowStep; name: { vi: string; en: string } } | null;
  stepDueAt: Date | null;
  stepColour: DeadlineColour;
  appointmentColour: DeadlineColour;
};

const date = (v: Date | string | null) => (v ? new Date(v) : null);

/**
 * The step deadline of a dossier. An online dossier waits for the desk from its submission, which
 * writes no step deadline: the receive step is counted from `submitted_at` with the version's budget.
 */
export function effectiveStepDue(row: DeadlineRow, budgets: StepBudgets, calendar: WorkingCalendar) {
  const stored = date(row.step_due_at);
  if (stored || row.state !== 'submitted') return stored;
  return stepDeadline(budgets.receive, {
    calendar,
    start: new Date(row.submitted_at),
    receivedAt: null,
    dueAt: null,
  });
}

/** Step, step deadline and both colours, by the office time left on the working-day calendar. */
export function deadlineView(
  row: DeadlineRow,
  budgets: StepBudgets,
  calendar: WorkingCalendar,
  now: Date,
): DeadlineView {
  const key = STEP_OF_STATE[row.state as DossierState] ?? null;
  const stepDueAt = key ? effectiveStepDue(row, budgets, calendar) : null;
  const due = date(row.due_at);
  const colour = (at: Date | null) =>
    deadlineColourOf(at ? calendar.workingTimeBetween(now, at) : null, at, now);
  return {
    step: key ? { key, name: stepInfo[key] } : null,
    stepDueAt,
    stepColour: colour(stepDueAt),
    appointmentColour: NO_APPOINTMENT_CLOCK.has(row.state) ? 'none' : colour(due),
  };
}
