import type { Actor } from '../../../platform/auth';
import { findAgencyById, findPersonById } from '../../identity';
import type { FeedbackDeps } from '../deps';
import { presentComplaint, presentEvent } from '../lib/present';
import { complaintViewer } from '../lib/viewer';
import { listComplaintEvents } from '../repo/complaints.repo';
import { findRuleById } from '../repo/rules.repo';
import { readableComplaint } from './complaint-access';

/** One complaint with its history, for its author or the officials of its agency. */
export async function getComplaint(
  input: { actor: Actor; complaintId: string; now?: Date },
  deps: Pick<FeedbackDeps, 'db' | 'calendar'>,
) {
  const c = await readableComplaint(deps.db, input.actor, input.complaintId);
  const [agency, rule, events] = await Promise.all([
    findAgencyById(deps.db, c.agency_id),
    findRuleById(deps.db, c.rule_id),
    listComplaintEvents(deps.db, c.id),
  ]);
  const viewer = complaintViewer(input.actor, c);
  // Officials see who wrote; the author already knows.
  const citizen = viewer !== 'citizen' ? await findPersonById(deps.db, c.citizen_account_id) : undefined;
  return {
    ...presentComplaint(c, {
      agencyName: agency?.name ?? '',
      legalBasis: rule?.legal_basis ?? '',
      calendar: deps.calendar,
      now: input.now ?? new Date(),
      viewer,
    }),
    citizenName: citizen?.fullName ?? null,
    history: events.map(presentEvent),
  };
}
