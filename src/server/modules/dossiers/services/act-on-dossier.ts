import { Readable } from 'node:stream';
import {
  actionInfo,
  allowedTransitions,
  type DossierAction,
  type DossierState,
  WORKFLOWS,
} from '../../../../contracts/dossier-workflow';
import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { publish } from '../../../platform/outbox';
import { getVersionById } from '../../catalog';
import { listStaffWithRoles } from '../../identity';
import type { DossierDeps } from '../deps';
import { CLAIM_MINUTES } from '../lib/claim-view';
import { type Acting, canView, capacities, pickCapacity } from '../lib/performer';
import { STATUS_TOPIC, stateOf } from '../lib/status';
import { paperContext } from '../papers/context';
import { appendAction, listActions } from '../repo/actions.repo';
import { findDossier, lockDossier, updateDossier } from '../repo/dossiers.repo';
import { insertAttachments, insertDossierDocument, listAttachments } from '../repo/files.repo';
import { type ActionInput, effectOf } from '../workflow/effects';
import { recordResults } from './record-results';
import { refreshTracking } from './refresh-tracking';
import { checkResultDraft, draftToSign } from './result-draft';
import { signResult } from './sign-result';
import { budgetsOf } from './step-budgets';
import { resolveAttachments } from './submit-dossier';

export { CLAIM_MINUTES };

export type ActInput = {
  actor: Actor;
  dossierId: string;
  action: DossierAction;
  input: ActionInput;
  requestId: string;
};

/** 409 with the current state and what may be done in it. */
export function refused(state: DossierState, workflow: string, vi?: string, en?: string) {
  return new AppError('INVALID_TRANSITION', {
    ...(vi ? { vi } : {}),
    ...(en ? { en } : {}),
    extra: {
      state,
      state_name: stateOf(state),
      allowed_actions: allowedTransitions(WORKFLOWS[workflow] ?? [], state).map((t) => t.action),
    },
  });
}

/**
 * One step of the one-stop workflow, checked against the procedure version's transition table.
 * The paper the step issues is rendered and stored before the transaction; the transaction then
 * re-checks the state under the dossier's row lock, appends the action and writes the changes,
 * the audit record and the outbox event.
 */
export async function actOnDossier(input: ActInput, deps: DossierDeps) {
  const { actor, action } = input;
  const before = await findDossier(deps.db, input.dossierId);
  if (!before) throw new AppError('NOT_FOUND');
  const acting = capacities(actor, before);
  // An official who may see the dossier but not act on it is told so; anyone else learns nothing.
  if (!acting.length) throw new AppError(canView(actor, before) ? 'FORBIDDEN' : 'NOT_FOUND');
  const workflow = WORKFLOWS[before.workflow];
  if (!workflow) throw new AppError('INTERNAL');
  const state = before.state as DossierState;
  const transition = allowedTransitions(workflow, state).find((t) => t.action === action);
  if (!transition) throw refused(state, before.workflow);
  const capacity = pickCapacity(acting, transition);
  if (!capacity)
    throw new AppError('FORBIDDEN', {
      vi: `Vai trò của bạn không được thực hiện thao tác "${actionInfo[action].vi}".`,
      en: `Your role may not "${actionInfo[action].en}".`,
    });
  if (transition.needsReason && !input.input.note?.trim())
    throw new AppError('VALIDATION_FAILED', {
      vi: 'Cần ghi rõ lý do.',
      en: 'A reason is required.',
      fields: [{ path: 'body.note', vi: 'Bắt buộc.', en: 'Required.' }],
    });
  if (input.input.resultDraftUploadId && action !== 'propose')
    throw new AppError('VALIDATION_FAILED', {
      vi: 'Chỉ gửi kèm dự thảo kết quả khi trình lãnh đạo duyệt.',
      en: 'A draft result is attached only when the dossier goes to the leader (propose).',
      fields: [
        { path: 'body.resultDraftUploadId', vi: 'Không dùng cho thao tác này.', en: 'Not for this action.' },
      ],
    });
  assertClaim(before, capacity, new Date());
  if ((action === 'assign' || action === 'forward') && input.input.assigneeId) {
    const specialists = await listStaffWithRoles(deps.db, before.agency_path, ['specialist']);
    if (!specialists.some((s) => s.id === input.input.assigneeId))
      throw new AppError('VALIDATION_FAILED', {
        vi: 'Người được phân công không phải chuyên viên của cơ quan giải quyết hồ sơ.',
        en: 'The assignee is not a specialist of the agency handling the dossier.',
        fields: [{ path: 'body.assigneeId', vi: 'Không hợp lệ.', en: 'Not valid.' }],
      });
  }

  const now = new Date();
  const [version, budgets] = await Promise.all([
    getVersionById(deps.db, before.procedure_version_id),
    budgetsOf(deps.db, before.procedure_version_id),
  ]);
  const next: DossierState =
    transition.to === 'same'
      ? state
      : transition.to === 'resume'
        ? await resumeState(deps, before.id)
        : transition.to;
  const effect = effectOf(action, next, toNow(before), input.input, {
    now,
    calendar: deps.calendar,
    version,
    budgets,
  });

  const added =
    action === 'complete_supplement' && input.input.attachments?.length && capacity.accountId
      ? await resolveAttachments(deps, capacity.accountId, version, input.input.attachments, {
          requireMandatory: false,
        })
      : [];

  const draft =
    action === 'propose' && input.input.resultDraftUploadId && capacity.accountId
      ? await checkResultDraft(
          deps,
          capacity.accountId,
          input.input.resultDraftUploadId,
          version.procedureCode,
        )
      : undefined;

  let stored: { sha256: string; size: number } | undefined;
  let results: Awaited<ReturnType<typeof signResult>> | undefined;
  if (effect.paper || action === 'sign') {
    const attachments = await listAttachments(deps.db, before.id);
    const ctx = await paperContext(deps.db, {
      dossier: { ...before, ...effect.updates } as never,
      version,
      attachedPapers: attachments.map((a) => a.requirement_key),
      officerId: capacity.accountId,
      officerTitle: capacity.role === 'leader' ? 'Chủ tịch' : 'Người tiếp nhận hồ sơ',
      publicUrl: deps.config.publicUrl,
      issuedAt: now,
    });
    if (action === 'sign')
      results = await signResult(
        {
          actor,
          capacity,
          dossier: before,
          version,
          paper: { ...ctx, officer: { ...ctx.officer, title: 'Chủ tịch' } },
          draft: await draftToSign(deps, before.id),
          requestId: input.requestId,
        },
        deps.platform,
      );
    else if (effect.paper)
      stored = await deps.blobs.put(Readable.from([Buffer.from(await effect.paper.render(ctx))]));
  }

  await deps.db.transaction().execute(async (trx) => {
    const current = await lockDossier(trx, before.id);
    if (!current || current.state !== before.state)
      throw refused((current?.state ?? state) as DossierState, before.workflow);
    const releases = next !== state || action === 'assign' || action === 'forward';
    await updateDossier(trx, before.id, {
      ...effect.updates,
      state: next,
      national_status: stateOf(next).national,
      claimed_by: releases ? null : capacity.accountId,
      claimed_at: releases ? null : now,
    } as never);
    if (draft)
      await insertDossierDocument(trx, {
        id: draft.id,
        dossier_id: before.id,
        kind: 'result_draft',
        sha256: draft.sha256,
        size: draft.size,
      });
    await appendAction(trx, {
      dossier_id: before.id,
      action,
      from_state: state,
      to_state: next,
      actor_type: actor.kind === 'citizen' ? 'citizen' : 'staff',
      actor_id: capacity.accountId,
      actor_role: capacity.role,
      actor_agency_id: capacity.agencyId,
      note: input.input.note?.trim() || null,
      at: now,
      data: { ...effect.data, ...(draft ? { resultDraftId: draft.id } : {}) },
    });
    await insertAttachments(
      trx,
      added.map((a) => ({
        ...a,
        dossier_id: before.id,
        supplement: true,
        digitised: capacity.performer !== 'applicant',
      })),
    );
    if (effect.paper && stored)
      await insertDossierDocument(trx, {
        dossier_id: before.id,
        kind: effect.paper.kind,
        sha256: stored.sha256,
        size: stored.size,
      });
    if (results) await recordResults(trx, before, results);
    await refreshTracking(trx, before.id);
    await appendAudit(trx, {
      actor: auditActor(actor),
      action: `dossier.${action}`,
      subject: { type: 'dossier', id: before.id },
      agencyId: before.agency_id,
      data: { code: before.code, from: state, to: next },
      requestId: input.requestId,
    });
    await publish(trx, {
      topic: STATUS_TOPIC,
      agencyId: before.agency_id,
      payload: {
        dossierId: before.id,
        code: before.code,
        state: next,
        action,
        accountId: before.applicant_account_id,
        ...(results ? { results: results.map((r) => r.title) } : {}),
      },
    });
  });
  deps.jobs.kick();
  const after = await findDossier(deps.db, before.id);
  return after!;
}

function assertClaim(d: { claimed_by: string | null; claimed_at: Date | null }, capacity: Acting, now: Date) {
  if (capacity.performer === 'applicant' || !d.claimed_by || d.claimed_by === capacity.accountId) return;
  if (d.claimed_at && now.getTime() - new Date(d.claimed_at).getTime() > CLAIM_MINUTES * 60_000) return;
  throw new AppError('CONFLICT', {
    vi: 'Hồ sơ đang được một cán bộ khác xử lý.',
    en: 'Another official is working on this dossier.',
    extra: { claimed_by: d.claimed_by },
  });
}

function toNow(d: NonNullable<Awaited<ReturnType<typeof findDossier>>>) {
  const date = (v: Date | string | null) => (v ? new Date(v) : null);
  return {
    state: d.state as DossierState,
    received_at: date(d.received_at),
    due_at: date(d.due_at),
    supplement_requests: d.supplement_requests,
    supplement_requested_at: date(d.supplement_requested_at),
    assignee_id: d.assignee_id,
  };
}

/** The state before the supplement request: read from the action log. */
async function resumeState(deps: DossierDeps, dossierId: string): Promise<DossierState> {
  const actions = await listActions(deps.db, dossierId);
  const request = [...actions].reverse().find((a) => a.action === 'request_supplement');
  return (request?.from_state ?? 'submitted') as DossierState;
}
