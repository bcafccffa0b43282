import type { Executor } from '../../../platform/db';
import { listAgencySummaries } from '../../identity';

/** A path no grant covers: only a system administrator passes a check against it. */
const NOBODY = '/catalogue-without-owner/';

/**
 * The catalogue belongs to the province: its owner is the root People's Committee of the deployment
 * (an agency of kind province_committee without parent). With none, or several, only a system
 * administrator may edit it. Audit records of catalogue changes go to the owner's chain.
 */
export async function catalogOwner(db: Executor): Promise<{ agencyId: string | null; path: string }> {
  const roots = (await listAgencySummaries(db, { kind: 'province_committee' })).filter((a) => !a.parentId);
  return roots.length === 1
    ? { agencyId: roots[0]!.id, path: roots[0]!.path }
    : { agencyId: null, path: NOBODY };
}
