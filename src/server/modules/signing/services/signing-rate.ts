import { type Actor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { findAgencyById } from '../../identity';
import type { SigningDeps } from '../deps';
import { signingPolicy } from '../policy';
import { signingRate as rateRows } from '../repo/documents.repo';

/**
 * Signing rate for the operations centre: documents registered in the period (results, official
 * documents, copies) and how many of them are fully signed, per agency under `agencyId`.
 */
export async function getSigningRate(
  input: { actor: Actor; agencyId: string; from: Date; to: Date },
  deps: Pick<SigningDeps, 'db'>,
) {
  const agency = await findAgencyById(deps.db, input.agencyId);
  if (!agency) throw new AppError('NOT_FOUND');
  authorize(signingPolicy, input.actor, 'rate.read', { agencyPath: agency.path });
  if (!(input.from < input.to))
    throw new AppError('VALIDATION_FAILED', {
      vi: 'Khoảng thời gian không hợp lệ.',
      en: 'The period is not valid.',
    });
  const rows = await rateRows(deps.db, { agencyPath: agency.path, from: input.from, to: input.to });
  const items = [];
  for (const r of rows) {
    const issued = Number(r.issued);
    const signed = Number(r.signed);
    items.push({
      agencyId: r.agency_id,
      agencyName: (await findAgencyById(deps.db, r.agency_id))?.name ?? null,
      issued,
      signed,
      rate: issued ? Math.round((signed / issued) * 10_000) / 10_000 : null,
    });
  }
  return { from: input.from.toISOString(), to: input.to.toISOString(), items };
}
