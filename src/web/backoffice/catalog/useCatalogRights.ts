import { listAgencies } from '../../api/admin';
import { useApi } from '../../api/useApi';
import { useStaff } from '../auth/staff-context';

/**
 * What the signed-in official may do in the catalogue (the server decides; this only hides what it
 * would refuse): edit the shared content (a system admin, or an agency admin of the province's root
 * People's Committee), and choose what their own agencies offer.
 */
export function useCatalogRights() {
  const me = useStaff();
  const agencies = useApi((signal) => listAgencies(signal).then((r) => r.items), me.id);
  const isSystemAdmin = me.roles.some((r) => r.role === 'system_admin');
  const adminOf = new Set(me.roles.filter((r) => r.role === 'agency_admin').map((r) => r.agencyId));
  const all = agencies.data ?? [];
  const roots = all.filter((a) => a.kind === 'province_committee' && !a.parentId);
  const owner = roots.length === 1 ? roots[0] : undefined;
  // An admin chooses for their agencies and every agency below them (the server's rule).
  const below = new Set(adminOf);
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of all)
      if (a.parentId && below.has(a.parentId) && !below.has(a.id)) {
        below.add(a.id);
        grew = true;
      }
  }
  return {
    ready: agencies.data !== null || agencies.error !== null,
    canEdit: isSystemAdmin || (owner !== undefined && adminOf.has(owner.id)),
    canAdminister: isSystemAdmin || adminOf.size > 0,
    /** Agencies whose offering this official chooses: the ones they administer first, then those below. */
    offerAgencies: isSystemAdmin
      ? all
      : [
          ...all.filter((a) => adminOf.has(a.id)),
          ...all.filter((a) => below.has(a.id) && !adminOf.has(a.id)),
        ],
  };
}
