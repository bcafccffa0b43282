import { useEffect, useState } from 'react';
import { SiteInfo } from '../../contracts/site';
import { type ApiError, apiGet, toApiError } from './client';

export type SiteState = { site: SiteInfo | null; error: ApiError | null; loading: boolean };

// One request per page load, shared by every header and footer that asks.
let pending: Promise<SiteInfo> | null = null;

function loadSite(): Promise<SiteInfo> {
  pending ??= apiGet('/api/v1/site', SiteInfo).catch((error: unknown) => {
    pending = null; // let a later mount retry
    throw error;
  });
  return pending;
}

export function useSite(): SiteState {
  const [state, setState] = useState<SiteState>({ site: null, error: null, loading: true });
  useEffect(() => {
    let live = true;
    loadSite().then(
      (site) => live && setState({ site, error: null, loading: false }),
      (error: unknown) => live && setState({ site: null, error: toApiError(error), loading: false }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
