import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { CatalogDeps, RequestContext } from '../deps';
import { CATALOG_EVENTS } from '../events';
import { authorizeEditor } from '../lib/editor';
import { planCancel } from '../lib/periods';
import { vnToday } from '../lib/today';
import { recordChange, writeTransaction } from '../lib/write';
import { lockProcedureByCode } from '../repo/procedures.repo';
import { deleteVersion, listVersions, setVersionEnd } from '../repo/versions.repo';
import { notScheduledError } from './edit-version';
import { toPeriod } from './schedule-version';

/** Withdraws a version that has not started; its predecessor stays in force for its period. */
export async function cancelVersion(
  input: { actor: Actor; code: string; number: number; context: RequestContext },
  deps: Pick<CatalogDeps, 'db'>,
): Promise<void> {
  const owner = await authorizeEditor(deps.db, input.actor);
  const today = vnToday();
  await writeTransaction(deps.db, async (trx) => {
    const p = await lockProcedureByCode(trx, input.code);
    if (!p) throw new AppError('NOT_FOUND');
    const existing = await listVersions(trx, p.id);
    const cancelled = existing.find((x) => x.version === input.number);
    if (!cancelled) throw new AppError('NOT_FOUND');
    if (cancelled.effective_from <= today)
      throw notScheduledError(cancelled.version, cancelled.effective_from);
    const changes = planCancel(existing.filter((x) => x !== cancelled).map(toPeriod), toPeriod(cancelled));
    await deleteVersion(trx, p.id, input.number);
    for (const c of changes) await setVersionEnd(trx, p.id, c.version, c.to);
    await recordChange(trx, {
      actor: input.actor,
      context: input.context,
      agencyId: owner.agencyId,
      action: 'catalog.version_cancelled',
      topic: CATALOG_EVENTS.versionChanged,
      code: p.code,
      data: { version: input.number, effectiveFrom: cancelled.effective_from, reopened: changes },
    });
  });
}
