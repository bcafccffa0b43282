import type { Executor } from '../../../platform/db';
import { trackingDocument } from '../lib/tracking-document';
import { findTrackingSource, writeTracking } from '../repo/tracking.repo';

/**
 * Rewrites the stored tracking document inside the transaction of a change that tracking shows (a
 * workflow action, a fee confirmed), after the change is written, so a lookup never serves a state
 * older than the last commit.
 */
export async function refreshTracking(trx: Executor, dossierId: string) {
  const source = await findTrackingSource(trx, { id: dossierId });
  const row = source && trackingDocument(source);
  if (row) await writeTracking(trx, row, 'replace');
}
