import {
  DEFAULT_STEP_BUDGETS,
  type StepBudget,
  WORKFLOW_STEPS,
  type WorkflowStep,
} from '../../../contracts/dossier-workflow';
import { StepBudgetSchema } from '../../../contracts/dossiers';
import type { SetStepBudgetsBody, StepBudgetsData } from './api';
import type { ProcessKey } from './messages';

export type Unit = StepBudget['unit'];
export const UNITS: readonly Unit[] = ['working_hours', 'working_days', 'percent', 'appointment'];

/** One row of the editor: whether the step keeps the default, and the unit and value typed. */
export type StepRow = { step: WorkflowStep; custom: boolean; unit: Unit; value: string };
export type FormState = { rows: StepRow[]; legalBasis: string };
export type FormErrors = { steps: Partial<Record<WorkflowStep, ProcessKey>>; legalBasis?: ProcessKey };

const budgetValue = (b: StepBudget) => ('value' in b ? String(b.value) : '');

/** The editor's state from what the server holds: steps the version sets are "custom". */
export function formFromView(view: StepBudgetsData): FormState {
  return {
    rows: WORKFLOW_STEPS.map((step) => {
      const b = view.budgets[step] ?? DEFAULT_STEP_BUDGETS[step];
      return { step, custom: view.overridden.includes(step), unit: b.unit, value: budgetValue(b) };
    }),
    legalBasis: view.legalBasis ?? '',
  };
}

/** A row back to the default budget of its step. */
export function resetRow(row: StepRow): StepRow {
  const b = DEFAULT_STEP_BUDGETS[row.step];
  return { step: row.step, custom: false, unit: b.unit, value: budgetValue(b) };
}

/** Why a unit's value is refused: the bounds of the shared contract, said per unit. */
const INVALID: Record<Exclude<Unit, 'appointment'>, ProcessKey> = {
  working_hours: 'pr.error.hours',
  working_days: 'pr.error.days',
  percent: 'pr.error.percent',
};

/**
 * Checks the form with the contract the server applies (`SetStepBudgetsRequest`) and returns either
 * the request body (only the custom steps: the others keep the defaults) or the errors per field.
 */
export function toRequest(form: FormState): { body: SetStepBudgetsBody } | { errors: FormErrors } {
  const errors: FormErrors = { steps: {} };
  const budgets: SetStepBudgetsBody['budgets'] = {};
  for (const row of form.rows) {
    if (!row.custom) continue;
    const raw = row.value.trim().replace(',', '.');
    const candidate =
      row.unit === 'appointment'
        ? { unit: row.unit }
        : { unit: row.unit, value: raw === '' ? Number.NaN : Number(raw) };
    const parsed = StepBudgetSchema.safeParse(candidate);
    if (parsed.success) budgets[row.step] = parsed.data;
    else errors.steps[row.step] = INVALID[row.unit as Exclude<Unit, 'appointment'>] ?? 'pr.error.value';
  }
  const legalBasis = form.legalBasis.trim();
  if (!legalBasis) errors.legalBasis = 'pr.error.basisRequired';
  else if (legalBasis.length > 1000) errors.legalBasis = 'pr.error.basisLong';
  if (errors.legalBasis || Object.keys(errors.steps).length) return { errors };
  return { body: { budgets, legalBasis } };
}
