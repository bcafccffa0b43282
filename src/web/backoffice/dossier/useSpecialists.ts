import { useEffect, useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { getDossier, getInbox, listStaff } from '../desk/api';

export type Specialist = { id: string; name: string; username: string | null };
export type SpecialistList = {
  items: Specialist[];
  /** `staff`: the agency's staff list; `known`: only officials already assigned a dossier (fallback). */
  source: 'staff' | 'known';
  error: ApiError | null;
  loading: boolean;
};

/**
 * Specialists who can be assigned a dossier of `agencyId`. The API has no list of them for a receiver
 * or leader: the agency staff list answers administrators only (asked only of them, a 403 would be
 * noise). For everyone else, until the API has such a list, the officials already
 * assigned to dossiers of the inbox stand in (each one's name read from one of their dossiers).
 */
export function useSpecialists(agencyId: string, enabled: boolean, canListStaff: boolean): SpecialistList {
  const [state, setState] = useState<SpecialistList>({
    items: [],
    source: 'staff',
    error: null,
    loading: true,
  });
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const { signal } = controller;
    const load = async (): Promise<SpecialistList> => {
      if (canListStaff)
        try {
          const staff = await listStaff(agencyId, signal);
          const items = staff.items
            .filter((s) => s.roles.includes('specialist') && s.status === 'active')
            .map((s) => ({ id: s.id, name: s.fullName, username: s.username }));
          return { items, source: 'staff', error: null, loading: false };
        } catch (e) {
          const error = toApiError(e);
          if (error.status !== 403 && error.status !== 404) throw error;
        }
      const inbox = await getInbox({ limit: 200, offset: 0 }, signal);
      const firstOf = new Map<string, string>();
      for (const r of inbox.items)
        if (r.assigneeId && !firstOf.has(r.assigneeId)) firstOf.set(r.assigneeId, r.id);
      const found = await Promise.all(
        [...firstOf.values()].map((id) => getDossier(id, signal).then((d) => d.assignee)),
      );
      const items = found.flatMap((a) => (a ? [{ id: a.id, name: a.name, username: null }] : []));
      return { items, source: 'known', error: null, loading: false };
    };
    load().then(
      (next) => !signal.aborted && setState(next),
      (e: unknown) =>
        !signal.aborted && setState({ items: [], source: 'staff', error: toApiError(e), loading: false }),
    );
    return () => controller.abort();
  }, [agencyId, enabled, canListStaff]);
  return state;
}
