import { type DossierState, stateInfo } from '../../../../contracts/dossier-workflow';

export const STATUS_TOPIC = 'dossier.status_changed';

export function stateOf(state: string) {
  const info = stateInfo[state as DossierState];
  if (!info) throw new Error(`unknown dossier state ${state}`);
  return info;
}
