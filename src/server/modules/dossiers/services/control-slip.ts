import {
  actionInfo,
  type DossierAction,
  type DossierState,
  STEP_OF_STATE,
  stepInfo,
  type WorkflowStep,
} from '../../../../contracts/dossier-workflow';
import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { getVersionById } from '../../catalog';
import { findPersonById } from '../../identity';
import type { DossierDeps } from '../deps';
import { canView } from '../lib/performer';
import { stepDeadline } from '../lib/step-deadline';
import { classify } from '../lib/timeliness';
import { paperContext } from '../papers/context';
import { type HandOver, renderControlSlip } from '../papers/control-slip';
import { listActions } from '../repo/actions.repo';
import { findDossier } from '../repo/dossiers.repo';
import { listAttachments } from '../repo/files.repo';
import { budgetsOf } from './step-budgets';

const ROLE_UNIT: Record<string, string> = {
  applicant: 'Người nộp hồ sơ',
  receiver: 'Bộ phận tiếp nhận và trả kết quả',
  specialist: 'Chuyên viên xử lý',
  leader: 'Lãnh đạo',
};

/**
 * Mẫu 06, Phiếu kiểm soát quá trình giải quyết hồ sơ: every hand-over of the dossier from the
 * action log, with who gave and who received it, when, the deadline of the step it closes (from the
 * internal process, recorded when the step began) and whether it was early, on time or late against
 * it; the step still open last, against its deadline now.
 */
export async function controlSlip(
  input: { actor: Actor; dossierId: string },
  deps: Pick<DossierDeps, 'db' | 'config' | 'calendar'>,
) {
  const { d, version, attachments, handOvers } = await controlSlipData(input, deps);
  const ctx = await paperContext(deps.db, {
    dossier: d as never,
    version,
    attachedPapers: attachments.map((a) => a.requirement_key),
    officerId: null,
    officerTitle: '',
    publicUrl: deps.config.publicUrl,
    issuedAt: new Date(),
  });
  return {
    filename: `phieu-kiem-soat-${d.code}.pdf`,
    content: Buffer.from(await renderControlSlip(ctx, handOvers)),
  };
}

/** The rows of Mẫu 06, one per hand-over, and the open step last. */
export async function controlSlipData(
  input: { actor: Actor; dossierId: string },
  deps: Pick<DossierDeps, 'db' | 'calendar'>,
) {
  const d = await findDossier(deps.db, input.dossierId);
  if (!d || !canView(input.actor, d)) throw new AppError('NOT_FOUND');
  const [version, budgets, actions, attachments] = await Promise.all([
    getVersionById(deps.db, d.procedure_version_id),
    budgetsOf(deps.db, d.procedure_version_id),
    listActions(deps.db, d.id),
    listAttachments(deps.db, d.id),
  ]);
  const names = new Map<string, string>();
  for (const a of actions)
    if (a.actor_id && !names.has(a.actor_id))
      names.set(a.actor_id, (await findPersonById(deps.db, a.actor_id))?.fullName ?? '');
  const who = (a: { actor_role: string | null; actor_id: string | null }) =>
    `${ROLE_UNIT[a.actor_role ?? ''] ?? a.actor_role ?? ''}${a.actor_id ? ` (${names.get(a.actor_id)})` : ''}`;
  const now = new Date();
  const stepDue = (a: (typeof actions)[number]): { step: WorkflowStep; dueAt: Date } | null => {
    const data = (a.data ?? {}) as { step?: WorkflowStep; stepDueAt?: string | null };
    if (data.step && data.stepDueAt) return { step: data.step, dueAt: new Date(data.stepDueAt) };
    // The submission records no step: the receive step runs from it by the version's budget.
    if (a.action === 'submit') {
      const dueAt = stepDeadline(budgets.receive, {
        calendar: deps.calendar,
        start: new Date(a.at),
        receivedAt: null,
        dueAt: null,
      });
      return dueAt ? { step: 'receive', dueAt } : null;
    }
    return null;
  };
  const verdictOf = (dueAt: Date | null, endedAt: Date | null) => {
    if (!dueAt) return null;
    const v = classify({ dueAt, endedAt, supplementRequests: 0, now });
    return v === 'in_progress' ? null : v;
  };
  const handOvers: HandOver[] = actions.slice(1).map((a, i) => {
    const previous = actions[i]!;
    const step = stepDue(previous);
    return {
      from: who(previous),
      to: who(a),
      at: new Date(a.at),
      step: step ? stepInfo[step.step].vi : null,
      stepDueAt: step?.dueAt ?? null,
      verdict: verdictOf(step?.dueAt ?? null, new Date(a.at)),
      note: [actionInfo[a.action as DossierAction]?.vi ?? a.action, a.note].filter(Boolean).join(': '),
    };
  });
  const last = actions.at(-1);
  const open = last ? stepDue(last) : null;
  if (last && open && STEP_OF_STATE[d.state as DossierState] === open.step)
    handOvers.push({
      from: who(last),
      to: 'Đang giải quyết',
      at: new Date(last.at),
      step: stepInfo[open.step].vi,
      stepDueAt: open.dueAt,
      verdict: verdictOf(open.dueAt, null),
      note: 'Bước đang thực hiện',
    });
  return { d, version, attachments, handOvers };
}
