import {
  DEFAULT_STEP_BUDGETS,
  type DossierState,
  type StepBudgets,
} from '../../../../contracts/dossier-workflow';
import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { getVersionById } from '../../catalog';
import { findPersonById } from '../../identity';
import type { DossierDeps } from '../deps';
import { claimView } from '../lib/claim-view';
import { deadlineView } from '../lib/deadline-view';
import { stateOf } from '../lib/status';
import { countInboxByState, listDossiersOfApplicant, listInbox } from '../repo/dossiers.repo';
import { presentSummary } from './present';
import { budgetsOf } from './step-budgets';

/** "Hồ sơ của tôi": the applicant's dossiers, newest first. */
export async function listMyDossiers(input: { actor: Actor }, deps: Pick<DossierDeps, 'db'>) {
  if (input.actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (input.actor.kind !== 'citizen') throw new AppError('FORBIDDEN');
  const rows = await listDossiersOfApplicant(deps.db, input.actor.accountId, 200);
  const nameOf = procedureNames(deps);
  return Promise.all(rows.map(async (r) => presentSummary(r, await nameOf(r.procedure_version_id))));
}

/** Procedure names by the version a dossier pinned, each version read once (and kept briefly by the catalogue). */
function procedureNames(deps: Pick<DossierDeps, 'db'>) {
  const names = new Map<string, Promise<string>>();
  return (versionId: string) => {
    if (!names.has(versionId))
      names.set(
        versionId,
        getVersionById(deps.db, versionId).then((v) => v.procedureName),
      );
    return names.get(versionId)!;
  };
}

/** Which states each role works on. */
const ROLE_STATES: Record<string, string[]> = {
  receiver: ['submitted', 'received', 'supplement_requested', 'result_ready', 'fee_requested'],
  specialist: ['processing'],
  leader: ['received', 'awaiting_approval', 'awaiting_signature'],
};

/**
 * An official's inbox: dossiers of their agencies in the states their roles work on (specialists:
 * the ones assigned to them), soonest appointment first, with the step deadline, deadline colours
 * by office time left, who holds each one, and counts for every tab whichever tab is shown.
 */
export async function listInboxFor(
  input: {
    actor: Actor;
    state?: string | undefined;
    overdue?: boolean | undefined;
    q?: string | undefined;
    limit: number;
    offset: number;
  },
  deps: Pick<DossierDeps, 'db' | 'calendar'>,
) {
  const { actor } = input;
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (actor.kind !== 'staff') throw new AppError('FORBIDDEN');
  const grants = actor.roles.filter((g) => ROLE_STATES[g.role]);
  if (!grants.length) return { items: [], total: 0, counts: {}, all: 0 };
  const roleStates = [...new Set(grants.flatMap((g) => ROLE_STATES[g.role]!))];
  const states = roleStates.filter((s) => !input.state || s === input.state);
  const onlySpecialist = grants.every((g) => g.role === 'specialist');
  const now = new Date();
  // The counts answer every tab: the same filter without the selected state.
  const counted = {
    agencyPaths: collapsePaths(grants.map((g) => g.agencyPath)),
    states: roleStates,
    assigneeId: onlySpecialist ? actor.accountId : undefined,
    overdueAt: input.overdue ? now : undefined,
    q: input.q,
  };
  const [rows, counts] = await Promise.all([
    states.length
      ? listInbox(deps.db, {
          ...counted,
          states,
          limit: input.limit,
          offset: input.offset,
        })
      : Promise.resolve([]),
    countInboxByState(deps.db, counted),
  ]);
  // The list already holds each row's claim time and version; what is left are the names of who
  // holds or has each row (usually none or a few people a page), read side by side.
  const people = [...new Set(rows.flatMap((r) => [r.claimed_by, r.assignee_id]).filter(Boolean))] as string[];
  const names = new Map(
    await Promise.all(
      people.map(async (id) => [id, (await findPersonById(deps.db, id))?.fullName ?? ''] as const),
    ),
  );
  const procedureName = procedureNames(deps);
  const budgets = new Map<string, Promise<StepBudgets>>();
  const budgetsFor = (versionId: string) => {
    if (!budgets.has(versionId)) budgets.set(versionId, budgetsOf(deps.db, versionId));
    return budgets.get(versionId)!;
  };
  const byState = Object.fromEntries(counts.map((c) => [c.state, Number(c.n)]));
  const all = counts.reduce((n, c) => n + Number(c.n), 0);
  return {
    items: await Promise.all(
      rows.map(async (r) => {
        const s = stateOf(r.state);
        // Only an online dossier waiting for the desk needs its version's receive budget here.
        const versionId = r.state === 'submitted' && !r.step_due_at && r.procedure_version_id;
        const deadlines = deadlineView(
          r,
          versionId ? await budgetsFor(versionId) : DEFAULT_STEP_BUDGETS,
          deps.calendar,
          now,
        );
        return {
          id: r.id,
          code: r.code,
          procedureCode: r.procedure_code,
          procedureName: await procedureName(r.procedure_version_id),
          status: r.state as DossierState,
          statusName: { vi: s.vi, en: s.en },
          channel: r.channel,
          applicantName: (r.applicant as { fullName: string }).fullName,
          submittedAt: new Date(r.submitted_at).toISOString(),
          appointment: r.due_at ? new Date(r.due_at).toISOString() : null,
          deadlineColour: deadlines.appointmentColour,
          stepDueAt: deadlines.stepDueAt?.toISOString() ?? null,
          step: deadlines.step,
          stepColour: deadlines.stepColour,
          assigneeId: r.assignee_id,
          assigneeName: r.assignee_id ? (names.get(r.assignee_id) ?? null) : null,
          claimedBy: r.claimed_by,
          claim: claimView(r.claimed_by, r.claimed_at, names, now),
        };
      }),
    ),
    total: input.state ? (byState[input.state] ?? 0) : all,
    counts: byState,
    all,
  };
}

/** Subtree prefixes without the ones another prefix already covers (a desk under its committee). */
export function collapsePaths(paths: string[]): string[] {
  const unique = [...new Set(paths)].sort((a, b) => a.length - b.length);
  return unique.filter((p, i) => !unique.slice(0, i).some((q) => p.startsWith(q)));
}
