import { listAgencySummaries } from '../../identity';
import type { CatalogDeps } from '../deps';
import { vnToday } from '../lib/today';
import { countOfferingsByAgency } from '../repo/offerings.repo';

/** Agencies that receive at least one procedure, for the catalogue's agency filter. */
export async function listOfferingAgencies(deps: Pick<CatalogDeps, 'db'>) {
  const counts = new Map((await countOfferingsByAgency(deps.db, vnToday())).map((r) => [r.agency_id, r.n]));
  if (!counts.size) return [];
  return (await listAgencySummaries(deps.db))
    .filter((a) => counts.has(a.id))
    .map((a) => ({ id: a.id, name: a.name, procedureCount: Number(counts.get(a.id)) }));
}
