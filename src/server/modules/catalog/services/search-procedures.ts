import type { z } from 'zod';
import type { ProcedureList, SearchProceduresQuery } from '../../../../contracts/catalog';
import type { CatalogDeps } from '../deps';
import { vnToday } from '../lib/today';
import { searchProcedures as search } from '../repo/search.repo';
import { presentSummary } from './present';

/** The public catalogue: procedures available today (or announced), searched and filtered. */
export async function searchProcedures(
  input: z.infer<typeof SearchProceduresQuery>,
  deps: Pick<CatalogDeps, 'db'>,
): Promise<z.infer<typeof ProcedureList>> {
  const today = vnToday();
  const { rows, total } = await search(deps.db, { ...input, today });
  return { items: rows.map((r) => presentSummary(r, today)), total };
}
