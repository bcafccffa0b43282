import { useOutletContext } from 'react-router';
import type { AgencyData } from '../../api/admin';
import type { MeData } from '../../api/identity';
import { ADMIN_ROLES } from '../links';

export type AdminContext = {
  /** Every agency (the public directory), for names and the tree. */
  agencies: AgencyData[];
  /** The agencies this official may administer: their own and everything under them. */
  managed: AgencyData[];
  reloadAgencies: () => Promise<void>;
  /** The agency being administered (inside `/quan-tri/:agencyId`). */
  agency: AgencyData;
  isSystemAdmin: boolean;
};

export const ADMIN_ROOT = '/can-bo/quan-tri';

export function useAdmin(): AdminContext {
  return useOutletContext<AdminContext>();
}

/** Agencies under the official's admin grants (a grant covers the agency's whole subtree). */
export function managedAgencies(me: MeData, agencies: AgencyData[]): AgencyData[] {
  const roots = new Set(
    me.roles.filter((r) => (ADMIN_ROLES as readonly string[]).includes(r.role)).map((r) => r.agencyId),
  );
  const children = new Map<string, AgencyData[]>();
  for (const a of agencies) {
    if (!a.parentId) continue;
    children.set(a.parentId, [...(children.get(a.parentId) ?? []), a]);
  }
  const out: AgencyData[] = [];
  const seen = new Set<string>();
  const visit = (a: AgencyData) => {
    if (seen.has(a.id)) return;
    seen.add(a.id);
    out.push(a);
    for (const c of children.get(a.id) ?? []) visit(c);
  };
  for (const a of agencies) if (roots.has(a.id)) visit(a);
  return out;
}

/** Depth of an agency under the top of the managed list, for indenting the switcher. */
export function depthOf(agency: AgencyData, agencies: AgencyData[]): number {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  let depth = 0;
  let parent = agency.parentId ? byId.get(agency.parentId) : undefined;
  while (parent && depth < 10) {
    depth += 1;
    parent = parent.parentId ? byId.get(parent.parentId) : undefined;
  }
  return depth;
}
