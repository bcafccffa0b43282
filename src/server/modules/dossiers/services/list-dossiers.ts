import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { getVersionById } from '../../catalog';
import type { DossierDeps } from '../deps';
import { stateOf } from '../lib/status';
import { countInboxByState, listDossiersOfApplicant, listInbox } from '../repo/dossiers.repo';
import { presentSummary } from './present';

/** "Hồ sơ của tôi": the applicant's dossiers, newest first. */
export async function listMyDossiers(input: { actor: Actor }, deps: Pick<DossierDeps, 'db'>) {
  if (input.actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (input.actor.kind !== 'citizen') throw new AppError('FORBIDDEN');
  const rows = await listDossiersOfApplicant(deps.db, input.actor.accountId, 200);
  const names = new Map<string, Promise<string>>();
  const nameOf = (versionId: string) => {
    if (!names.has(versionId))
      names.set(
        versionId,
        getVersionById(deps.db, versionId).then((v) => v.procedureName),
      );
    return names.get(versionId)!;
  };
  return Promise.all(rows.map(async (r) => presentSummary(r, await nameOf(r.procedure_version_id))));
}

/** Which states each role works on. */
const ROLE_STATES: Record<string, string[]> = {
  receiver: ['submitted', 'received', 'supplement_requested', 'result_ready', 'fee_requested'],
  specialist: ['processing'],
  leader: ['received', 'awaiting_approval', 'awaiting_signature'],
};

/**
 * An official's inbox: dossiers of their agencies in the states their roles work on (specialists:
 * the ones assigned to them), soonest appointment first, with deadline colours and counts per state.
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
  if (!grants.length) return { items: [], total: 0, counts: {} };
  const states = [...new Set(grants.flatMap((g) => ROLE_STATES[g.role]!))].filter(
    (s) => !input.state || s === input.state,
  );
  const onlySpecialist = grants.every((g) => g.role === 'specialist');
  const now = new Date();
  const filter = {
    agencyPaths: collapsePaths(grants.map((g) => g.agencyPath)),
    states: states.length ? states : ['__none__'],
    assigneeId: onlySpecialist ? actor.accountId : undefined,
    overdueAt: input.overdue ? now : undefined,
    q: input.q,
  };
  const [rows, counts] = await Promise.all([
    listInbox(deps.db, { ...filter, limit: input.limit, offset: input.offset }),
    countInboxByState(deps.db, filter),
  ]);
  const soon = deps.calendar.addWorkingHours(now, 8);
  return {
    items: rows.map((r) => {
      const due = r.due_at ? new Date(r.due_at) : null;
      const s = stateOf(r.state);
      return {
        id: r.id,
        code: r.code,
        procedureCode: r.procedure_code,
        status: r.state as never,
        statusName: { vi: s.vi, en: s.en },
        channel: r.channel,
        applicantName: (r.applicant as { fullName: string }).fullName,
        submittedAt: new Date(r.submitted_at).toISOString(),
        appointment: due?.toISOString() ?? null,
        deadlineColour: !due
          ? ('none' as const)
          : due < now
            ? ('red' as const)
            : due < soon
              ? ('yellow' as const)
              : ('green' as const),
        assigneeId: r.assignee_id,
        claimedBy: r.claimed_by,
      };
    }),
    total: counts.reduce((n, c) => n + Number(c.n), 0),
    counts: Object.fromEntries(counts.map((c) => [c.state, Number(c.n)])),
  };
}

/** Subtree prefixes without the ones another prefix already covers (a desk under its committee). */
export function collapsePaths(paths: string[]): string[] {
  const unique = [...new Set(paths)].sort((a, b) => a.length - b.length);
  return unique.filter((p, i) => !unique.slice(0, i).some((q) => p.startsWith(q)));
}
