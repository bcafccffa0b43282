import { appendAudit } from '../../../platform/audit';
import type { Platform } from '../../../platform/platform';
import { listAgencySummaries } from '../../identity';
import { hasAnyOffering, offerAllOfLevel } from '../repo/offerings.repo';

/**
 * Demo: every commune People's Committee offers every commune-level procedure. Runs once (skipped when
 * any agency already offers a procedure), so withdrawals made in the demo survive a restart.
 */
export async function seedCatalogDemo(platform: Pick<Platform, 'db' | 'logger'>): Promise<void> {
  const { db, logger } = platform;
  if (await hasAnyOffering(db)) return;
  const communes = await listAgencySummaries(db, { kind: 'commune_committee' });
  if (!communes.length) return;
  const added = await db.transaction().execute(async (trx) => {
    const n = await offerAllOfLevel(
      trx,
      'commune',
      communes.map((c) => c.id),
    );
    await appendAudit(trx, {
      actor: { type: 'system' },
      action: 'demo.seeded',
      data: { module: 'catalog', offerings: n },
    });
    return n;
  });
  logger.info({ agencies: communes.length, offerings: added }, 'catalogue demo data created');
}
