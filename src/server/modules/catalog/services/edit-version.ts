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
import { recordChange, writeTransaction } from '../lib/write';
import { overlapError, pastDateError } from '../lib/write-errors';
import { isSystemAdmin } from '../policy';
import { lockProcedureByCode } from '../repo/procedures.repo';
import { listVersions, setVersionEnd, updateVersion } from '../repo/versions.repo';
import { toPeriod } from './schedule-version';

export const notScheduledError = (version: number, from: string) =>
  new AppError('CONFLICT', {
    vi: `Phiên bản ${version} đã có hiệu lực từ ${from}: không thể sửa hay hủy; hãy công bố phiên bản mới.`,
    en: `Version ${version} has been in force since ${from}: it cannot be edited or cancelled; schedule a new version.`,
  });

/** Replaces the content and period of a version that has not started yet. */
export async function editVersion(
  input: { actor: Actor; code: string; number: number; version: VersionInput; context: RequestContext },
  deps: Pick<CatalogDeps, 'db'>,
): Promise<Version> {
  const owner = await authorizeEditor(deps.db, input.actor);
  const v = input.version;
  assertValidVersion(v);
  const today = vnToday();
  const target = { from: v.effectiveFrom, to: v.effectiveTo };
  const row = await writeTransaction(deps.db, async (trx) => {
    const p = await lockProcedureByCode(trx, input.code);
    if (!p) throw new AppError('NOT_FOUND');
    const existing = await listVersions(trx, p.id);
    const current = existing.find((x) => x.version === input.number);
    if (!current) throw new AppError('NOT_FOUND');
    if (current.effective_from <= today) throw notScheduledError(current.version, current.effective_from);
    if (v.effectiveFrom < today && !isSystemAdmin(input.actor))
      throw pastDateError('body.effectiveFrom', today);
    const others = existing.filter((x) => x.version !== input.number).map(toPeriod);
    const plan = planPeriod(others, target, current.effective_from);
    if (plan.conflicts.length) throw overlapError(target, plan.conflicts);
    for (const c of plan.changes) await setVersionEnd(trx, p.id, c.version, c.to);
    await updateVersion(trx, p.id, input.number, versionColumns(v));
    await recordChange(trx, {
      actor: input.actor,
      context: input.context,
      agencyId: owner.agencyId,
      action: 'catalog.version_edited',
      topic: CATALOG_EVENTS.versionChanged,
      code: p.code,
      data: { version: input.number, effectiveFrom: v.effectiveFrom, effectiveTo: v.effectiveTo },
    });
    return (await listVersions(trx, p.id)).find((x) => x.version === input.number)!;
  });
  return presentVersion(row, today, input.code);
}
