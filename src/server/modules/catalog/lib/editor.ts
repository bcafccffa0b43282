import type { Actor } from '../../../platform/auth';
import { authorize } from '../../../platform/auth';
import type { Executor } from '../../../platform/db';
import { catalogPolicy } from '../policy';
import { catalogOwner } from './catalog-owner';

/** Checks the caller may edit the catalogue and returns its owner (whose audit chain records it). */
export async function authorizeEditor(db: Executor, actor: Actor) {
  const owner = await catalogOwner(db);
  authorize(catalogPolicy, actor, 'catalog.edit', { agencyPath: owner.path });
  return owner;
}
