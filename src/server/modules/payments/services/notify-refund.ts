import { formatVnd } from '../../../../contracts/payments';
import type { OutboxJob } from '../../../platform/jobs';
import { mailNotice } from '../../../platform/mail';
import { findPersonById } from '../../identity';
import type { PaymentDeps } from '../deps';

/**
 * Outbox handler for PAYMENT_REFUNDED_TOPIC: tells the applicant by e-mail that money was given back
 * (a failed e-mail throws and the job is retried, so an outage delays the message, never loses it).
 */
export async function notifyRefund(job: OutboxJob, deps: Pick<PaymentDeps, 'db' | 'mailer' | 'config'>) {
  const p = job.payload as {
    dossierId: string;
    dossierCode: string;
    amount: number;
    method: 'gateway' | 'cash';
    reason: string;
    accountId: string | null;
  };
  if (!p.accountId) return;
  const person = await findPersonById(deps.db, p.accountId);
  const money = formatVnd(p.amount);
  await mailNotice(deps.mailer, person?.email, {
    subject: `Hồ sơ ${p.dossierCode}: hoàn trả ${money} - Refund`,
    body: [
      `Cơ quan giải quyết đã hoàn trả ${money} phí, lệ phí của hồ sơ ${p.dossierCode}.`,
      p.method === 'gateway'
        ? 'Tiền được chuyển về tài khoản hoặc thẻ bạn đã dùng để thanh toán, theo thời hạn xử lý của ngân hàng.'
        : 'Khoản tiền đã được trả lại bằng tiền mặt tại bộ phận một cửa.',
      `Lý do: ${p.reason}`,
    ].join('\n\n'),
    bodyEn: `The agency refunded ${money} of the fees of dossier ${p.dossierCode} (${
      p.method === 'gateway' ? 'to the card or account you paid with' : 'in cash at the one-stop desk'
    }). Reason: ${p.reason}`,
    link: `${deps.config.publicUrl}/ho-so-cua-toi/${p.dossierId}`,
  });
}
