import { DOSSIER_STATES, type DossierState } from '../../../contracts/dossier-workflow';
import type { MeData } from '../../api/identity';

export const DESK_ROLES = ['receiver', 'specialist', 'leader'] as const;

/**
 * The states each desk role works on, as the server's inbox selects them (`list-dossiers.ts`); used
 * only to show a tab with 0 before any dossier arrives. Any state the server counts gets a tab too.
 */
const ROLE_STATES: Record<(typeof DESK_ROLES)[number], DossierState[]> = {
  receiver: ['submitted', 'received', 'supplement_requested', 'result_ready', 'fee_requested'],
  specialist: ['processing'],
  leader: ['received', 'awaiting_approval', 'awaiting_signature'],
};

export function hasDeskRole(me: MeData): boolean {
  return me.roles.some((r) => (DESK_ROLES as readonly string[]).includes(r.role));
}

export function isReceiver(me: MeData): boolean {
  return me.roles.some((r) => r.role === 'receiver');
}

/** The inbox tabs: the official's states and any state with dossiers, in workflow order. */
export function inboxStates(me: MeData, counts: Record<string, number>): DossierState[] {
  const wanted = new Set<string>(Object.keys(counts));
  for (const r of me.roles)
    for (const s of ROLE_STATES[r.role as keyof typeof ROLE_STATES] ?? []) wanted.add(s);
  return DOSSIER_STATES.filter((s) => wanted.has(s));
}

/** The agencies the official works for (one entry each), first role first. */
export function staffAgencies(me: MeData): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const r of me.roles) if (!seen.has(r.agencyId)) seen.set(r.agencyId, r.agencyName);
  return [...seen].map(([id, name]) => ({ id, name }));
}
