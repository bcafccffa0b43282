import {
  type DossierAction,
  type DossierState,
  STANDARD_WORKFLOW,
  type Transition,
  WORKFLOWS,
} from '../../../contracts/dossier-workflow';

/** Steps forward get the filled button, endings the red outline, the rest a plain one. */
const PRIMARY: ReadonlySet<DossierAction> = new Set([
  'accept',
  'assign',
  'propose',
  'approve',
  'sign',
  'record_result',
  'return_result',
  'complete_supplement',
  'confirm_fee',
]);
const DANGER: ReadonlySet<DossierAction> = new Set(['refuse', 'stop', 'withdraw']);

export type ActionKind = 'primary' | 'danger' | 'default';

export function actionKind(action: DossierAction): ActionKind {
  return PRIMARY.has(action) ? 'primary' : DANGER.has(action) ? 'danger' : 'default';
}

const ORDER: Record<ActionKind, number> = { primary: 0, default: 1, danger: 2 };

export function sortActions(actions: readonly DossierAction[]): DossierAction[] {
  return [...actions].sort((a, b) => ORDER[actionKind(a)] - ORDER[actionKind(b)]);
}

/** The transition an action takes from a state (the standard workflow when the dossier's is unknown). */
export function transitionOf(
  action: DossierAction,
  state: DossierState,
  workflow = 'standard',
): Transition | undefined {
  return (WORKFLOWS[workflow] ?? STANDARD_WORKFLOW).find(
    (t) => t.action === action && t.from.includes(state),
  );
}

export const needsAssignee = (action: DossierAction) => action === 'assign' || action === 'forward';
