import type { Version } from '../../../../contracts/catalog';
import { AppError } from '../../../platform/errors';
import type { CatalogDeps } from '../deps';
import { vnToday } from '../lib/today';
import { presentVersion } from '../lib/version-row';
import { findProcedureByCode } from '../repo/procedures.repo';
import { listVersions as list } from '../repo/versions.repo';

/** Every version of a procedure, past, in force and scheduled: the decisions are public. */
export async function listVersions(
  input: { code: string },
  deps: Pick<CatalogDeps, 'db'>,
): Promise<Version[]> {
  const p = await findProcedureByCode(deps.db, input.code);
  if (!p) throw new AppError('NOT_FOUND');
  const today = vnToday();
  return (await list(deps.db, p.id)).map((v) => presentVersion(v, today, p.code));
}
