import type { ComplaintState } from '../../../../contracts/feedback';
import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { listAgencySummaries } from '../../identity';
import type { FeedbackDeps } from '../deps';
import { presentComplaint } from '../lib/present';
import { complaintViewer } from '../lib/viewer';
import { listComplaintsOfCitizen, listComplaintsUnder } from '../repo/complaints.repo';
import { listFeedbackNotices } from '../repo/notices.repo';
import { findRulesByIds } from '../repo/rules.repo';

const INBOX_ROLES = new Set(['receiver', 'specialist', 'leader', 'agency_admin', 'system_admin']);

async function present(
  rows: Awaited<ReturnType<typeof listComplaintsOfCitizen>>,
  actor: Actor,
  deps: Pick<FeedbackDeps, 'db' | 'calendar'>,
  now: Date,
) {
  const agencies = new Map((await listAgencySummaries(deps.db)).map((a) => [a.id, a.name]));
  const rules = new Map(
    (await findRulesByIds(deps.db, [...new Set(rows.map((r) => r.rule_id))])).map((r) => [
      r.id,
      r.legal_basis,
    ]),
  );
  return rows.map((c) =>
    presentComplaint(c, {
      agencyName: agencies.get(c.agency_id) ?? '',
      legalBasis: rules.get(c.rule_id) ?? '',
      calendar: deps.calendar,
      now,
      viewer: complaintViewer(actor, c),
    }),
  );
}

/** The citizen's own complaints, newest first, with the notices they received about them. */
export async function listMyComplaints(
  input: { actor: Actor; now?: Date },
  deps: Pick<FeedbackDeps, 'db' | 'calendar'>,
) {
  const { actor } = input;
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (actor.kind !== 'citizen') throw new AppError('FORBIDDEN');
  const rows = await listComplaintsOfCitizen(deps.db, actor.accountId, 200);
  const notices = await listFeedbackNotices(deps.db, actor.accountId, 50);
  return {
    items: await present(rows, actor, deps, input.now ?? new Date()),
    notices: notices.map((n) => ({
      id: n.id,
      complaintId: n.complaint_id,
      title: n.title,
      body: n.body,
      createdAt: n.created_at.toISOString(),
    })),
  };
}

/** The complaints inbox of an official: every agency under their one-stop roles, open ones first. */
export async function listComplaintInbox(
  input: { actor: Actor; states?: ComplaintState[]; now?: Date },
  deps: Pick<FeedbackDeps, 'db' | 'calendar'>,
) {
  const { actor } = input;
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (actor.kind !== 'staff') throw new AppError('FORBIDDEN');
  const grants = actor.roles.filter((g) => INBOX_ROLES.has(g.role));
  if (!grants.length) throw new AppError('FORBIDDEN');
  const paths = grants.some((g) => g.role === 'system_admin') ? 'all' : grants.map((g) => g.agencyPath);
  const rows = await listComplaintsUnder(deps.db, paths, {
    limit: 500,
    ...(input.states ? { states: input.states } : {}),
  });
  const now = input.now ?? new Date();
  const items = await present(rows, actor, deps, now);
  const counts = { green: 0, yellow: 0, red: 0, none: 0 };
  for (const i of items) counts[i.deadlineColour] += 1;
  return { items, counts };
}
