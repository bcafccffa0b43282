import type { SubmitComplaintRequest } from '../../../../contracts/feedback';
import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { toLocalDate } from '../../../platform/calendar';
import { AppError } from '../../../platform/errors';
import { publish } from '../../../platform/outbox';
import { findAgencyById } from '../../identity';
import type { FeedbackDeps, RequestInfo } from '../deps';
import { FEEDBACK_EVENTS } from '../events';
import { complaintDeadlines } from '../lib/deadlines';
import { getRuleInForce } from '../lib/rules';
import { appendComplaintEvent, insertComplaint, nextComplaintSeq } from '../repo/complaints.repo';
import { dossierForApplicant } from './dossier-access';
import { getComplaint } from './get-complaint';

/**
 * A signed-in citizen sends a complaint or suggestion (phản ánh, kiến nghị) about one of their
 * dossiers (routed to the agency handling it, and attributed to the official who handled it) or about
 * an agency in general. Its deadlines come from the rules in force at receipt, in working days.
 */
export async function submitComplaint(
  input: { actor: Actor; request: SubmitComplaintRequest; info: RequestInfo; now?: Date },
  deps: Pick<FeedbackDeps, 'db' | 'calendar'>,
) {
  const { actor, request } = input;
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (actor.kind !== 'citizen')
    throw new AppError('FORBIDDEN', {
      vi: 'Phản ánh, kiến nghị do công dân gửi từ tài khoản của mình.',
      en: 'Complaints are sent by citizens from their own account.',
    });
  const now = input.now ?? new Date();
  let agencyId: string;
  let dossier: { id: string; code: string; officialId: string | null } | null = null;
  if (request.dossierId) {
    const found = await dossierForApplicant(deps.db, { actor, dossierId: request.dossierId });
    agencyId = found.dossier.agencyId;
    dossier = { id: found.dossier.id, code: found.dossier.code, officialId: found.dossier.assigneeId };
  } else agencyId = request.agencyId!;
  const agency = await findAgencyById(deps.db, agencyId);
  if (!agency)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'body.agencyId', vi: 'Không có cơ quan này.', en: 'No such agency.' }],
    });
  const rule = await getRuleInForce(deps.db, now);
  const due = complaintDeadlines(deps.calendar, rule, now);

  const id = await deps.db.transaction().execute(async (trx) => {
    const day = toLocalDate(now);
    const seq = await nextComplaintSeq(trx, day);
    const code = `PAKN-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(seq).padStart(4, '0')}`;
    const row = await insertComplaint(trx, {
      code,
      agency_id: agency.id,
      agency_path: agency.path,
      dossier_id: dossier?.id ?? null,
      dossier_code: dossier?.code ?? null,
      official_id: dossier?.officialId ?? null,
      citizen_account_id: actor.accountId,
      kind: request.kind,
      category: request.category,
      title: request.title,
      content: request.content,
      state: 'received',
      rule_id: rule.id,
      received_at: now,
      decide_due_at: due.decideDueAt,
      answer_due_at: due.answerDueAt,
    });
    await appendComplaintEvent(trx, {
      complaint_id: row.id,
      action: 'submit',
      from_state: null,
      to_state: 'received',
      actor_type: 'citizen',
      actor_id: actor.accountId,
      note: null,
      at: now,
    });
    await appendAudit(trx, {
      actor: auditActor(actor),
      action: 'feedback.complaint_submitted',
      subject: { type: 'complaint', id: row.id },
      agencyId: agency.id,
      data: { code, dossier: dossier?.code ?? null, kind: request.kind, category: request.category },
      requestId: input.info.requestId,
      ip: input.info.ip,
    });
    await publish(trx, {
      topic: FEEDBACK_EVENTS.complaintChanged,
      agencyId: agency.id,
      payload: { complaintId: row.id, action: 'submit' },
    });
    return row.id;
  });
  return getComplaint({ actor, complaintId: id, now }, deps);
}
