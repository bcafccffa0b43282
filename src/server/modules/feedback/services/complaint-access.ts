import { type Actor, authorize } from '../../../platform/auth';
import type { Executor } from '../../../platform/db';
import { AppError } from '../../../platform/errors';
import { feedbackPolicy } from '../policy';
import { findComplaint } from '../repo/complaints.repo';

/** The complaint if the actor may read it: its author, or officials of its agency (else 404). */
export async function readableComplaint(db: Executor, actor: Actor, complaintId: string) {
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  const c = await findComplaint(db, complaintId);
  if (!c) throw new AppError('NOT_FOUND');
  const resource = { ownerId: c.citizen_account_id, agencyPath: c.agency_path };
  authorize(feedbackPolicy, actor, 'complaint.read', resource);
  return c;
}
