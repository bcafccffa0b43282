import { stepInfo, type WorkflowStep } from '../../../../contracts/dossier-workflow';
import type { OutboxJob } from '../../../platform/jobs';
import { mailNotice } from '../../../platform/mail';
import { findPersonById } from '../../identity';
import type { DossierDeps } from '../deps';
import { formatVietnameseInstant } from '../papers/common';
import { insertNotice } from '../repo/notices.repo';
import type { ReminderKind } from '../tables';

const WORDING: Record<ReminderKind, { vi: string; en: string }> = {
  step_due_soon: { vi: 'Sắp đến hạn xử lý bước', en: 'Step deadline approaching' },
  step_overdue: { vi: 'Quá hạn xử lý bước', en: 'Step deadline passed' },
  appointment_due_soon: { vi: 'Sắp đến hạn trả kết quả', en: 'Appointment approaching' },
  appointment_overdue: { vi: 'Quá hạn trả kết quả', en: 'Appointment passed' },
};

/**
 * Outbox handler of a deadline reminder: an in-app notice (keyed by the outbox event, so a
 * redelivery adds nothing) and an e-mail to the official. A failed e-mail throws and is retried.
 */
export async function notifyDeadline(job: OutboxJob, deps: Pick<DossierDeps, 'db' | 'mailer' | 'config'>) {
  const p = job.payload as {
    dossierId: string;
    code: string;
    kind: ReminderKind;
    deadline: string;
    step: WorkflowStep;
    accountId: string;
  };
  const person = await findPersonById(deps.db, p.accountId);
  const words = WORDING[p.kind];
  if (!person || !words) return;
  const step = stepInfo[p.step] ?? { vi: p.step, en: p.step };
  const when = formatVietnameseInstant(new Date(p.deadline));
  const overdue = p.kind.endsWith('_overdue');
  const apology =
    p.kind === 'appointment_due_soon'
      ? ' Nếu không kịp trả kết quả, cần gửi văn bản xin lỗi và hẹn lại ngày trả trước thời hạn này.'
      : '';
  const link = `${deps.config.publicUrl}/can-bo/ho-so/${p.dossierId}`;
  const title = `${words.vi}: hồ sơ ${p.code}`;
  const body = `${words.vi} (${step.vi}): ${overdue ? 'hạn đã qua lúc' : 'hạn là'} ${when}.${apology}`;
  await insertNotice(deps.db, {
    account_id: person.id,
    dossier_id: p.dossierId,
    title,
    body,
    link,
    source_event: job.outboxId,
  });
  await mailNotice(deps.mailer, person.email, {
    subject: `${title} - ${words.en}`,
    body,
    bodyEn: `${words.en} for dossier ${p.code} (${step.en}): ${new Date(p.deadline).toISOString()}.`,
    link,
  });
}
