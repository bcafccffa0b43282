import type { DossierAction, DossierState, StepBudgets } from '../../../../contracts/dossier-workflow';
import type { WorkingCalendar } from '../../../platform/calendar';
import { AppError } from '../../../platform/errors';
import type { PinnedVersion } from '../../catalog';
import { appointment, moveByPause } from '../lib/deadline';
import { stepOfState } from '../lib/step-deadline';
import { classify } from '../lib/timeliness';
import type { PaperContext } from '../papers/common';
import { renderApology, renderRefusal, renderStopNotice, renderSupplementRequest } from '../papers/notices';
import { renderReceipt } from '../papers/receipt';
import type { DossierDocumentKind } from '../tables';

export type DossierNow = {
  state: DossierState;
  received_at: Date | null;
  due_at: Date | null;
  supplement_requests: number;
  supplement_requested_at: Date | null;
  assignee_id: string | null;
};

export type ActionInput = {
  note?: string | undefined;
  assigneeId?: string | undefined;
  /** extend: working days added to the appointment. */
  extraWorkingDays?: number | undefined;
  /** request_supplement: the papers to bring. */
  items?: string[] | undefined;
  /** complete_supplement: the added papers. */
  attachments?:
    | { paper: number; uploadId?: string | undefined; personalDocumentId?: string | undefined }[]
    | undefined;
  /** propose: the specialist's draft of the result (an upload of theirs, a PDF). */
  resultDraftUploadId?: string | undefined;
};

export type Effect = {
  updates: Record<string, unknown>;
  paper?: { kind: DossierDocumentKind; render: (ctx: PaperContext) => Promise<Uint8Array> };
  data?: Record<string, unknown>;
};

const ENDS: DossierState[] = ['refused', 'result_ready', 'stopped', 'withdrawn'];

/**
 * What an action changes besides the state: times, deadlines, the assignee, and the paper it
 * issues (Mẫu 01–05). Pure: the caller renders the paper and writes the changes.
 */
export function effectOf(
  action: DossierAction,
  next: DossierState,
  d: DossierNow,
  input: ActionInput,
  ctx: { now: Date; calendar: WorkingCalendar; version: PinnedVersion; budgets: StepBudgets },
): Effect {
  const { now, calendar, version } = ctx;
  const updates: Record<string, unknown> = {};
  let paper: Effect['paper'];
  let data: Record<string, unknown> = {};
  switch (action) {
    case 'accept': {
      const dueAt = appointment(calendar, version, now);
      Object.assign(updates, { received_at: now, due_at: dueAt });
      paper = { kind: 'receipt', render: renderReceipt };
      data = { dueAt: dueAt.toISOString() };
      break;
    }
    case 'refuse':
      paper = { kind: 'refusal', render: (c) => renderRefusal(c, { reason: input.note ?? '' }) };
      break;
    case 'request_supplement': {
      // NĐ 61/2018 (as amended): a dossier is asked to be completed once; a second request would be late.
      if (d.supplement_requests >= 1)
        throw new AppError('INVALID_TRANSITION', {
          vi: 'Hồ sơ đã được yêu cầu bổ sung một lần; không được yêu cầu bổ sung lần thứ hai.',
          en: 'A supplement was already requested once; a second request is not allowed.',
        });
      const items = input.items?.length ? input.items : [input.note ?? ''];
      Object.assign(updates, {
        supplement_requests: d.supplement_requests + 1,
        supplement_requested_at: now,
      });
      paper = {
        kind: 'supplement_request',
        render: (c) => renderSupplementRequest(c, { reason: input.note ?? '', items }),
      };
      data = { items };
      break;
    }
    case 'complete_supplement': {
      updates.supplement_requested_at = null;
      if (d.due_at && d.supplement_requested_at) {
        const moved = moveByPause(calendar, d.due_at, d.supplement_requested_at, now);
        updates.due_at = moved;
        data = { dueAt: moved.toISOString() };
      }
      break;
    }
    case 'assign':
    case 'forward':
      if (!input.assigneeId)
        throw new AppError('VALIDATION_FAILED', {
          vi: 'Chọn chuyên viên xử lý.',
          en: 'Choose the specialist.',
          fields: [{ path: 'body.assigneeId', vi: 'Bắt buộc.', en: 'Required.' }],
        });
      updates.assignee_id = input.assigneeId;
      data = { assigneeId: input.assigneeId };
      break;
    case 'extend': {
      if (!d.due_at) throw new AppError('INVALID_TRANSITION');
      // TT 03/2025 Mẫu 04: the apology and the new appointment come before the appointment is missed.
      if (now > d.due_at)
        throw new AppError('INVALID_TRANSITION', {
          vi: 'Đã quá hạn trả kết quả: văn bản xin lỗi và gia hạn phải được gửi trước thời hạn.',
          en: 'The appointment has passed: the apology and extension must be sent before it.',
        });
      const days = input.extraWorkingDays ?? 0;
      if (days < 1 || days > 60)
        throw new AppError('VALIDATION_FAILED', {
          vi: 'Số ngày làm việc gia hạn phải từ 1 đến 60.',
          en: 'The extension must be 1 to 60 working days.',
          fields: [{ path: 'body.extraWorkingDays', vi: 'Từ 1 đến 60.', en: '1 to 60.' }],
        });
      const newDue = calendar.addWorkingDays(d.due_at, days);
      const previous = d.due_at;
      Object.assign(updates, { due_at: newDue, extended: true });
      paper = {
        kind: 'apology',
        render: (c) =>
          renderApology(c, { reason: input.note ?? '', previousDueAt: previous, newDueAt: newDue }),
      };
      data = { previousDueAt: previous.toISOString(), dueAt: newDue.toISOString() };
      break;
    }
    case 'stop':
      paper = { kind: 'stop_notice', render: (c) => renderStopNotice(c, { reason: input.note ?? '' }) };
      break;
    case 'return_result':
      updates.returned_at = now;
      break;
    default:
      break;
  }
  // A new step starts on every change of state, and again when the clock moves (the supplement is
  // in, or the appointment was extended): its deadline comes from the version's internal process.
  if (next !== d.state || action === 'extend' || action === 'complete_supplement') {
    const step = stepOfState(next, ctx.budgets, {
      calendar,
      start: now,
      receivedAt: (updates.received_at as Date | undefined) ?? d.received_at,
      dueAt: (updates.due_at as Date | undefined) ?? d.due_at,
    });
    updates.step_due_at = step?.dueAt ?? null;
    if (step) data = { ...data, step: step.step, stepDueAt: step.dueAt?.toISOString() ?? null };
  }
  if (ENDS.includes(next)) {
    updates.ended_at = now;
    const due = (updates.due_at as Date | undefined) ?? d.due_at;
    const verdict = due
      ? classify({ dueAt: due, endedAt: now, supplementRequests: d.supplement_requests, now })
      : null;
    updates.verdict = verdict === 'in_progress' ? null : verdict;
  }
  return { updates, ...(paper ? { paper } : {}), data };
}
