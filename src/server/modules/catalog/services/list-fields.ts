import type { CatalogDeps } from '../deps';
import { vnToday } from '../lib/today';
import { listFieldsWithCounts } from '../repo/fields.repo';

/** Fields for the catalogue's filter, with how many procedures each has. */
export async function listFields(deps: Pick<CatalogDeps, 'db'>) {
  const rows = await listFieldsWithCounts(deps.db, vnToday());
  return rows.map((r) => ({ code: r.code, name: r.name, procedureCount: Number(r.n) }));
}
