import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { DOSSIER_STATES, type DossierState } from '../../../contracts/dossier-workflow';
import { useApi } from '../../api/useApi';
import { getInbox, type InboxData } from '../desk/api';

export const PAGE_SIZE = 50;
export const REFRESH_MS = 30_000;

export type InboxFilter = { state: DossierState | null; overdue: boolean; q: string; page: number };

/** The filter lives in the address (`?state=received&overdue=1&q=…&page=2`): shareable, back-button safe. */
export function useInboxFilter(): [InboxFilter, (change: Partial<InboxFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('state');
  const filter: InboxFilter = {
    state: DOSSIER_STATES.includes(raw as DossierState) ? (raw as DossierState) : null,
    overdue: params.get('overdue') === '1',
    q: params.get('q') ?? '',
    page: Math.max(1, Number(params.get('page')) || 1),
  };
  const update = useCallback(
    (change: Partial<InboxFilter>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          const set = (k: string, v: string | null) => (v ? next.set(k, v) : next.delete(k));
          if ('state' in change) set('state', change.state ?? null);
          if ('overdue' in change) set('overdue', change.overdue ? '1' : null);
          if ('q' in change) set('q', change.q?.trim() || null);
          // Any change of what is listed starts again at page 1.
          set('page', change.page && change.page > 1 ? String(change.page) : null);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [filter, update];
}

export type InboxView = InboxData & { counts: Record<string, number>; all: number };

/** The rows of the selected tab, with the counts of every tab (the server counts them all at once). */
export function useInbox(filter: InboxFilter) {
  const key = JSON.stringify(filter);
  const state = useApi(
    (signal): Promise<InboxView> =>
      getInbox(
        {
          overdue: filter.overdue,
          q: filter.q,
          ...(filter.state ? { state: filter.state } : {}),
          limit: PAGE_SIZE,
          offset: (filter.page - 1) * PAGE_SIZE,
        },
        signal,
      ),
    key,
  );
  const [loadedAt, setLoadedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (state.data) setLoadedAt(new Date());
  }, [state.data]);

  // Every 30 seconds while the tab is visible, and at once when the official comes back to it.
  const { reload } = state;
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    const timer = window.setInterval(tick, REFRESH_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [reload]);
  return { ...state, loadedAt };
}
