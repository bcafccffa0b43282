import { type DossierState, stateInfo } from '../../../contracts/dossier-workflow';
import { useLang } from '../../i18n';
import { Tag } from '../Tag';

/** Colours say what the person has to do: orange = your turn, teal/green = done, red = ended without result. */
const COLOUR: Record<DossierState, 'gray' | 'navy' | 'orange' | 'teal' | 'green' | 'flagRed'> = {
  submitted: 'gray',
  received: 'navy',
  processing: 'navy',
  awaiting_approval: 'navy',
  awaiting_signature: 'navy',
  supplement_requested: 'orange',
  fee_requested: 'orange',
  result_ready: 'teal',
  returned: 'green',
  refused: 'flagRed',
  stopped: 'flagRed',
  withdrawn: 'gray',
};

export function isDossierState(value: string): value is DossierState {
  return value in stateInfo;
}

/** The state's Vietnamese (or English) name, from the workflow table shared with the server. */
export function stateName(state: string, lang: 'vi' | 'en'): string {
  return isDossierState(state) ? stateInfo[state][lang] : state;
}

export function StatusBadge({ state, size = 'md' }: { state: string; size?: 'sm' | 'md' | 'lg' }) {
  const { lang } = useLang();
  const colour = isDossierState(state) ? COLOUR[state] : 'gray';
  return (
    <Tag color={colour} size={size}>
      {stateName(state, lang)}
    </Tag>
  );
}

/** States where the applicant has something to do. */
export function needsApplicant(state: string): boolean {
  return state === 'supplement_requested' || state === 'fee_requested';
}
