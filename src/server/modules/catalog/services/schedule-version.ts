import type { Version, VersionInput } from '../../../../contracts/catalog';
import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { CatalogDeps, RequestContext } from '../deps';
import { CATALOG_EVENTS } from '../events';
import { authorizeEditor } from '../lib/editor';
import { planPeriod } from '../lib/periods';
import { vnToday } from '../lib/today';
import { assertValidVersion } from '../lib/validate-version';
import { presentVersion, versionColumns } from '../lib/version-row';
import { recordChange, staffId, writeTransaction } from '../lib/write';
import { overlapError, pastDateError } from '../lib/write-errors';
import { isSystemAdmin } from '../policy';
import { lockProcedureByCode } from '../repo/procedures.repo';
import { insertVersion, listVersions, setVersionEnd } from '../repo/versions.repo';

export const toPeriod = (v: { version: number; effective_from: string; effective_to: string | null }) => ({
  version: v.version,
  from: v.effective_from,
  to: v.effective_to,
});

/**
 * Schedules a new version from an effective date (a new announcing decision). The open-ended version in
 * force at that date ends there; a period overlapping any other version is refused with both periods.
 */
export async function scheduleVersion(
  input: { actor: Actor; code: string; version: VersionInput; context: RequestContext },
  deps: Pick<CatalogDeps, 'db'>,
): Promise<Version> {
  const owner = await authorizeEditor(deps.db, input.actor);
  const v = input.version;
  assertValidVersion(v);
  const today = vnToday();
  if (v.effectiveFrom < today && !isSystemAdmin(input.actor))
    throw pastDateError('body.effectiveFrom', today);
  const target = { from: v.effectiveFrom, to: v.effectiveTo };
  const row = await writeTransaction(deps.db, async (trx) => {
    const p = await lockProcedureByCode(trx, input.code);
    if (!p) throw new AppError('NOT_FOUND');
    const existing = await listVersions(trx, p.id);
    const plan = planPeriod(existing.map(toPeriod), target);
    if (plan.conflicts.length) throw overlapError(target, plan.conflicts);
    for (const c of plan.changes) await setVersionEnd(trx, p.id, c.version, c.to);
    const number = Math.max(0, ...existing.map((x) => x.version)) + 1;
    await insertVersion(trx, {
      ...versionColumns(v),
      procedure_id: p.id,
      version: number,
      created_by: staffId(input.actor),
    });
    await recordChange(trx, {
      actor: input.actor,
      context: input.context,
      agencyId: owner.agencyId,
      action: 'catalog.version_scheduled',
      topic: CATALOG_EVENTS.versionScheduled,
      code: p.code,
      data: {
        version: number,
        effectiveFrom: v.effectiveFrom,
        effectiveTo: v.effectiveTo,
        ended: plan.changes,
      },
    });
    return (await listVersions(trx, p.id)).find((x) => x.version === number)!;
  });
  return presentVersion(row, today, input.code);
}
