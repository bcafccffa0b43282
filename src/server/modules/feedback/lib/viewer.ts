import { type Actor, can } from '../../../platform/auth';
import { feedbackPolicy } from '../policy';

/** The actions a complaint offers depend on who looks: its author, a handling official, or a reader. */
export function complaintViewer(
  actor: Actor,
  complaint: { citizen_account_id: string; agency_path: string },
): 'citizen' | 'staff' | 'reader' {
  if (actor.kind === 'citizen') return 'citizen';
  const resource = { ownerId: complaint.citizen_account_id, agencyPath: complaint.agency_path };
  return can(feedbackPolicy, actor, 'complaint.handle', resource) ? 'staff' : 'reader';
}
