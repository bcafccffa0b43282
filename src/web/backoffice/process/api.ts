import type { z } from 'zod';
import { SetStepBudgetsRequest, StepBudgetsView } from '../../../contracts/dossiers';
import { apiGet, apiSend } from '../../api/client';

export type StepBudgetsData = z.infer<typeof StepBudgetsView>;
export type SetStepBudgetsBody = z.infer<typeof SetStepBudgetsRequest>;

const at = (code: string) => `/api/v1/procedures/${encodeURIComponent(code)}/step-budgets`;

/** The internal process (time of each step) of the version in force today. */
export const getStepBudgets = (code: string, signal?: AbortSignal) =>
  apiGet(at(code), StepBudgetsView, signal);

export const setStepBudgets = (code: string, body: SetStepBudgetsBody) =>
  apiSend('PUT', at(code), SetStepBudgetsRequest.parse(body), StepBudgetsView);
