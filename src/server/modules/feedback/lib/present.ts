import type { Selectable } from 'kysely';
import {
  type ComplaintState,
  complaintActionInfo,
  complaintActionsIn,
  complaintStateInfo,
  type RatingLevel,
} from '../../../../contracts/feedback';
import type { WorkingCalendar } from '../../../platform/calendar';
import type { FeedbackComplaintEventTable, FeedbackComplaintTable, FeedbackRatingTable } from '../tables';
import { deadlineColour, isOverdue } from './deadlines';
import type { Rule } from './rules';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentRating(r: Selectable<FeedbackRatingTable>, rule: Rule | undefined) {
  const level = rule?.levels.find((l) => l.level === r.level);
  return {
    id: r.id,
    contact: r.contact,
    level: r.level as RatingLevel,
    levelName: { vi: level?.vi ?? r.level, en: level?.en ?? r.level },
    comment: r.comment,
    createdAt: r.created_at.toISOString(),
    supersedes: r.supersedes,
  };
}

export function presentComplaint(
  c: Selectable<FeedbackComplaintTable>,
  ctx: {
    agencyName: string;
    legalBasis: string;
    calendar: WorkingCalendar;
    now: Date;
    /** Who looks: the author, an official who may handle it, or one who may only read it. */
    viewer: 'staff' | 'citizen' | 'reader';
  },
) {
  const state = c.state as ComplaintState;
  const info = complaintStateInfo[state];
  return {
    id: c.id,
    code: c.code,
    agency: { id: c.agency_id, name: ctx.agencyName },
    dossier: c.dossier_id && c.dossier_code ? { id: c.dossier_id, code: c.dossier_code } : null,
    kind: c.kind,
    category: c.category,
    title: c.title,
    content: c.content,
    state,
    stateName: { vi: info.vi, en: info.en },
    receivedAt: c.received_at.toISOString(),
    decideDueAt: c.decide_due_at.toISOString(),
    answerDueAt: c.answer_due_at.toISOString(),
    answeredAt: iso(c.answered_at),
    answer: c.answer,
    refusalReason: c.refusal_reason,
    overdue: isOverdue(c, ctx.now),
    deadlineColour: deadlineColour(ctx.calendar, c, ctx.now),
    legalBasis: ctx.legalBasis,
    allowedActions: ctx.viewer === 'reader' ? [] : complaintActionsIn(state, ctx.viewer),
  };
}

export function presentEvent(e: Selectable<FeedbackComplaintEventTable>) {
  const name =
    e.action === 'submit'
      ? { vi: 'Gửi phản ánh, kiến nghị', en: 'Submitted' }
      : complaintActionInfo[e.action];
  return {
    action: e.action,
    actionName: name,
    toState: e.to_state as ComplaintState,
    actorType: e.actor_type,
    note: e.note,
    at: e.at.toISOString(),
  };
}
