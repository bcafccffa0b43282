import type { ProcedureDetail } from '../../../../contracts/catalog';
import { AppError } from '../../../platform/errors';
import { listAgencySummaries } from '../../identity';
import type { CatalogDeps } from '../deps';
import { vnToday } from '../lib/today';
import { presentVersion } from '../lib/version-row';
import { listOfferingAgencyIds } from '../repo/offerings.repo';
import { findProcedureByCode } from '../repo/procedures.repo';
import { findNextVersion, findVersionInForce } from '../repo/versions.repo';

/** The procedure page: everything a citizen must know before starting, with the e-form in force. */
export async function getProcedure(
  input: { code: string },
  deps: Pick<CatalogDeps, 'db'>,
): Promise<ProcedureDetail> {
  const { db } = deps;
  const today = vnToday();
  const p = await findProcedureByCode(db, input.code);
  if (!p) throw new AppError('NOT_FOUND');
  const current = await findVersionInForce(db, p.code, today);
  const next = await findNextVersion(db, p.id, today);
  const offering = new Set(await listOfferingAgencyIds(db, p.id));
  const agencies = offering.size
    ? (await listAgencySummaries(db))
        .filter((a) => offering.has(a.id))
        .map((a) => ({ id: a.id, name: a.name }))
    : [];
  return {
    code: p.code,
    name: p.name,
    nameEn: p.name_en,
    field: { code: p.field_code, name: p.field_name },
    levels: p.levels as ProcedureDetail['levels'],
    onlineServiceLevel: p.online_service_level,
    agencies,
    currentVersion: current ? presentVersion(current, today, p.code) : null,
    nextVersion: next ? { version: next.version, effectiveFrom: next.effective_from } : null,
  };
}
