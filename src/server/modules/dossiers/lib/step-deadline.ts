import {
  type DossierState,
  HANDOVER_CUTOFF,
  STEP_OF_STATE,
  type StepBudget,
  type StepBudgets,
  type WorkflowStep,
} from '../../../../contracts/dossier-workflow';
import type { WorkingCalendar } from '../../../platform/calendar';

export type StepClock = {
  calendar: WorkingCalendar;
  /** When the step starts (the action that hands the dossier over). */
  start: Date;
  /** The dossier's receipt and appointment, when it has them. */
  receivedAt: Date | null;
  dueAt: Date | null;
};

/**
 * The deadline of one step on the working-day calendar, never later than the appointment: the
 * internal process splits the agency's time, it does not add to it.
 */
export function stepDeadline(budget: StepBudget, clock: StepClock): Date | null {
  const { calendar, start, receivedAt, dueAt } = clock;
  let at: Date | null;
  switch (budget.unit) {
    case 'working_hours':
      at = calendar.addWorkingHours(start, budget.value);
      break;
    case 'working_days':
      at = calendar.addWorkingDays(start, budget.value, { afternoonCutoff: HANDOVER_CUTOFF });
      break;
    case 'percent': {
      // A share of the whole statutory time, counted in office time from the step's start.
      const total = receivedAt && dueAt ? calendar.workingTimeBetween(receivedAt, dueAt) : 0;
      at = total > 0 ? calendar.addWorkingHours(start, (total * budget.value) / 100 / 3_600_000) : dueAt;
      break;
    }
    case 'appointment':
      at = dueAt;
      break;
  }
  if (at && dueAt && at > dueAt) return dueAt;
  return at;
}

/** The step a state is in and its deadline from `start`; null for the applicant's waits and the ends. */
export function stepOfState(
  state: DossierState,
  budgets: StepBudgets,
  clock: StepClock,
): { step: WorkflowStep; dueAt: Date | null } | null {
  const step = STEP_OF_STATE[state];
  return step ? { step, dueAt: stepDeadline(budgets[step], clock) } : null;
}
