import { AppError } from '../../../platform/errors';
import type { DossierDeps } from '../deps';
import { TRACKING_FORMAT, trackingDocument } from '../lib/tracking-document';
import { findTrackingBody, findTrackingSource, writeTracking } from '../repo/tracking.repo';

/**
 * Public tracking by dossier code plus the last four digits of the applicant's phone: the stored
 * document (JSON text, see migration 0309), one primary-key read. A dossier not yet looked up, or
 * stored in an older format, is built from its record once and kept. A wrong pair is
 * indistinguishable from an unknown code.
 */
export async function trackDossier(
  input: { code: string; phoneLast4: string },
  deps: Pick<DossierDeps, 'db'>,
): Promise<string> {
  const stored = await findTrackingBody(deps.db, input.code, input.phoneLast4, TRACKING_FORMAT);
  if (stored !== undefined) return stored;
  const source = await findTrackingSource(deps.db, input);
  const row = source && trackingDocument(source);
  if (!row) throw new AppError('NOT_FOUND');
  await writeTracking(deps.db, row, 'fill');
  return row.body;
}
