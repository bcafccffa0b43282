import {
  AUTHOR_COMPLAINT_ACTIONS,
  COMPLAINT_WORKFLOW,
  type ComplaintAction,
  type ComplaintState,
  complaintActionInfo,
  complaintActionsIn,
  complaintStateInfo,
} from '../../../../contracts/feedback';
import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { publish } from '../../../platform/outbox';
import type { FeedbackDeps, RequestInfo } from '../deps';
import { FEEDBACK_EVENTS } from '../events';
import { feedbackPolicy } from '../policy';
import { appendComplaintEvent, lockComplaint, updateComplaint } from '../repo/complaints.repo';
import { readableComplaint } from './complaint-access';
import { getComplaint } from './get-complaint';

/** 409 with the current state and what may be done in it. */
function refused(state: ComplaintState, by: 'staff' | 'citizen') {
  return new AppError('INVALID_TRANSITION', {
    extra: {
      state,
      state_name: { vi: complaintStateInfo[state].vi, en: complaintStateInfo[state].en },
      allowed_actions: complaintActionsIn(state, by),
    },
  });
}

/** The message when an action that needs a text (answer, refuse, reopen) came without one. */
function noteRequired(action: ComplaintAction) {
  if (action === 'answer') return { vi: 'Cần nhập nội dung trả lời.', en: 'The answer is required.' };
  if (action === 'reopen')
    return { vi: 'Cần nêu điều chưa được giải quyết.', en: 'Say what is still not resolved.' };
  return { vi: 'Cần ghi rõ lý do từ chối.', en: 'A reason is required.' };
}

/**
 * One step of a complaint, checked against the workflow table: officials of the agency accept it for
 * handling or refuse it with a reason, start, and answer it; once answered the author closes it, says
 * whether the answer satisfied (which closes it too) or raises it again (back to handling, with what is
 * still wrong), and an official may close it. The author's steps are those the table gives the
 * citizen, under the `complaint.close` policy. In one transaction: the row under lock, the history
 * event, the audit record and the outbox event that notifies the citizen after commit.
 */
export async function actOnComplaint(
  input: {
    actor: Actor;
    complaintId: string;
    action: ComplaintAction;
    note?: string | undefined;
    request: RequestInfo;
    now?: Date;
  },
  deps: Pick<FeedbackDeps, 'db' | 'calendar'>,
) {
  const { actor, action } = input;
  const c = await readableComplaint(deps.db, actor, input.complaintId);
  const by = actor.kind === 'citizen' ? 'citizen' : 'staff';
  const resource = { ownerId: c.citizen_account_id, agencyPath: c.agency_path };
  authorize(
    feedbackPolicy,
    actor,
    AUTHOR_COMPLAINT_ACTIONS.has(action) ? 'complaint.close' : 'complaint.handle',
    resource,
  );
  const state = c.state as ComplaintState;
  const transition = COMPLAINT_WORKFLOW.find(
    (t) => t.action === action && t.from.includes(state) && t.by.includes(by),
  );
  if (!transition) throw refused(state, by);
  const note = input.note?.trim() || null;
  if (transition.needsNote && !note)
    throw new AppError('VALIDATION_FAILED', {
      ...noteRequired(action),
      fields: [{ path: 'body.note', vi: 'Bắt buộc.', en: 'Required.' }],
    });
  const now = input.now ?? new Date();
  const accountId = actor.kind === 'citizen' || actor.kind === 'staff' ? actor.accountId : null;

  await deps.db.transaction().execute(async (trx) => {
    const current = await lockComplaint(trx, c.id);
    if (!current || current.state !== state) throw refused((current?.state ?? state) as ComplaintState, by);
    await updateComplaint(trx, c.id, {
      state: transition.to,
      ...(action === 'accept' || action === 'refuse' ? { decided_at: now } : {}),
      ...(action === 'refuse' ? { refusal_reason: note } : {}),
      ...(action === 'answer' ? { answered_at: now, answer: note } : {}),
      ...(transition.to === 'closed' ? { closed_at: now } : {}),
    });
    await appendComplaintEvent(trx, {
      complaint_id: c.id,
      action,
      from_state: state,
      to_state: transition.to,
      actor_type: by,
      actor_id: accountId,
      note,
      at: now,
    });
    await appendAudit(trx, {
      actor: auditActor(actor),
      action: `feedback.complaint_${action}`,
      subject: { type: 'complaint', id: c.id },
      agencyId: c.agency_id,
      data: { code: c.code, from: state, to: transition.to, action: complaintActionInfo[action].en },
      requestId: input.request.requestId,
      ip: input.request.ip,
    });
    await publish(trx, {
      topic: FEEDBACK_EVENTS.complaintChanged,
      agencyId: c.agency_id,
      payload: { complaintId: c.id, action },
    });
  });
  return getComplaint({ actor, complaintId: c.id, now }, deps);
}
