import type { OutboxJob } from '../../../platform/jobs';
import { mailNotice } from '../../../platform/mail';
import { findAgencyById, findPersonById, listStaffWithRoles } from '../../identity';
import type { FeedbackDeps } from '../deps';
import { localTime } from '../lib/local-time';
import { feedbackPolicy } from '../policy';
import { findComplaint } from '../repo/complaints.repo';

/**
 * Outbox handler of a new complaint, and of one its author raised again after the answer: an e-mail
 * to every official who may handle it (the roles of `complaint.handle` over the complaint's agency, as
 * for dossier reminders), so the two working days to accept or refuse it (QĐ 766 indicator 5.2), or
 * the complaint back in handling, do not go unseen. The complaint inbox shows it too.
 * A failed e-mail throws and the job is retried; officials already mailed may then get it twice,
 * which is better than one of them never getting it.
 */
export async function notifyOfficials(job: OutboxJob, deps: Pick<FeedbackDeps, 'db' | 'mailer' | 'config'>) {
  const p = job.payload as { complaintId: string; action: string };
  if (p.action !== 'submit' && p.action !== 'reopen') return;
  const c = await findComplaint(deps.db, p.complaintId);
  const agency = c && (await findAgencyById(deps.db, c.agency_id));
  if (!c || !agency) return;
  const staff = await listStaffWithRoles(deps.db, agency.path, [...feedbackPolicy['complaint.handle'].staff]);
  const link = `${deps.config.publicUrl}/can-bo/phan-anh-kien-nghi`;
  const again = p.action === 'reopen';
  const subject = again
    ? `Phản ánh tiếp ${c.code} - Complaint raised again`
    : `Phản ánh, kiến nghị mới ${c.code} - New complaint or suggestion`;
  const body = again
    ? `Người gửi phản ánh, kiến nghị ${c.code} (“${c.title}”) chưa hài lòng với trả lời và phản ánh tiếp.\n\n` +
      `Hạn trả lời: ${localTime(c.answer_due_at)}.`
    : `${agency.name} vừa nhận phản ánh, kiến nghị ${c.code}: “${c.title}”.\n\n` +
      `Hạn quyết định tiếp nhận: ${localTime(c.decide_due_at)}. Hạn trả lời: ${localTime(c.answer_due_at)}.`;
  const bodyEn = again
    ? `The author of ${c.code} was not satisfied with the answer and raised it again; answer it by ` +
      `${c.answer_due_at.toISOString()}.`
    : `${c.code} was received for ${agency.name}. Decide whether to accept it by ` +
      `${c.decide_due_at.toISOString()}; answer it by ${c.answer_due_at.toISOString()}.`;
  for (const id of new Set(staff.map((s) => s.id))) {
    const person = await findPersonById(deps.db, id);
    await mailNotice(deps.mailer, person?.email, { subject, body, bodyEn, link });
  }
}
