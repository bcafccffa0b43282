import {
  type ComplaintAction,
  complaintActionInfo,
  complaintStateInfo,
} from '../../../../contracts/feedback';
import type { OutboxJob } from '../../../platform/jobs';
import { mailNotice } from '../../../platform/mail';
import { findPersonById } from '../../identity';
import type { FeedbackDeps } from '../deps';
import { localTime } from '../lib/local-time';
import { findComplaint } from '../repo/complaints.repo';
import { insertFeedbackNotice } from '../repo/notices.repo';

/**
 * Outbox handler for every step of a complaint: an in-app notice and an e-mail to its author. The
 * notice is keyed by the outbox event, so a redelivery adds nothing; a failed e-mail throws and the job
 * is retried (a mail outage delays a notification, never loses it).
 */
export async function notifyComplaint(job: OutboxJob, deps: Pick<FeedbackDeps, 'db' | 'mailer' | 'config'>) {
  const p = job.payload as { complaintId: string; action: ComplaintAction | 'submit' };
  const c = await findComplaint(deps.db, p.complaintId);
  if (!c) return;
  const person = await findPersonById(deps.db, c.citizen_account_id);
  if (!person) return;
  const state = complaintStateInfo[c.state];
  const link = `${deps.config.publicUrl}/phan-anh-kien-nghi`;
  const step =
    p.action === 'submit'
      ? `Cơ quan đã tiếp nhận phản ánh, kiến nghị của bạn. Hạn trả lời: ${localTime(c.answer_due_at)}.`
      : `${complaintActionInfo[p.action].vi}. Trạng thái mới: ${state.vi}.`;
  const detail =
    p.action === 'answer' && c.answer
      ? `Nội dung trả lời: ${c.answer}`
      : p.action === 'refuse' && c.refusal_reason
        ? `Lý do: ${c.refusal_reason}`
        : '';
  const title = `Phản ánh, kiến nghị ${c.code}: ${state.vi}`;
  const body = [step, detail].filter(Boolean).join('\n\n');
  await insertFeedbackNotice(deps.db, {
    account_id: person.id,
    complaint_id: c.id,
    title,
    body,
    link,
    source_event: job.outboxId,
  });
  await mailNotice(deps.mailer, person.email, {
    subject: title,
    body: `Kính gửi ${person.fullName},\n\n${body}\n\n“${c.title}”`,
    bodyEn: `Your complaint or suggestion ${c.code} is now: ${state.en}.`,
    link,
  });
}
