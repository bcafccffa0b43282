import { allowedTransitions, type DossierState, WORKFLOWS } from '../../../../contracts/dossier-workflow';
import { formatVnd } from '../../../../contracts/payments';
import { appendAudit } from '../../../platform/audit';
import type { OutboxJob } from '../../../platform/jobs';
import { publish } from '../../../platform/outbox';
import type { DossierDeps } from '../deps';
import { STATUS_TOPIC, stateOf } from '../lib/status';
import { appendAction } from '../repo/actions.repo';
import { lockDossier, updateDossier } from '../repo/dossiers.repo';
import { refreshTracking } from './refresh-tracking';

/**
 * A payment of the dossier's fees was settled (payments module, PAYMENT_SETTLED_TOPIC): online, the
 * dossier counts as paid online (QĐ 766 indicator 3.6); online or in cash at the desk, when the
 * agency had asked for the financial obligations (fee_requested, national status 6) the system
 * confirms the fee so processing resumes. Idempotent: a retried job finds the dossier already marked
 * (or no longer waiting for its fee) and does nothing.
 */
export async function settleFee(job: OutboxJob, deps: Pick<DossierDeps, 'db' | 'jobs' | 'logger'>) {
  const dossierId = String(job.payload.dossierId ?? '');
  const amount = Number(job.payload.amount ?? 0);
  const txnRef = String(job.payload.txnRef ?? '');
  const online = job.payload.settledBy !== 'desk';
  const changed = await deps.db.transaction().execute(async (trx) => {
    const d = await lockDossier(trx, dossierId);
    if (!d) return false;
    const state = d.state as DossierState;
    const confirm = allowedTransitions(WORKFLOWS[d.workflow] ?? [], state).find(
      (t) => t.action === 'confirm_fee' && t.by.includes('system'),
    );
    if ((d.paid_online || !online) && !confirm) return false;
    const next: DossierState =
      confirm && typeof confirm.to === 'string' && confirm.to !== 'same' && confirm.to !== 'resume'
        ? confirm.to
        : state;
    const now = new Date();
    await updateDossier(trx, d.id, {
      ...(online ? { paid_online: true } : {}),
      ...(confirm ? { state: next, national_status: stateOf(next).national } : {}),
    });
    if (confirm) {
      await appendAction(trx, {
        dossier_id: d.id,
        action: 'confirm_fee',
        from_state: state,
        to_state: next,
        actor_type: 'system',
        actor_id: null,
        actor_role: 'system',
        actor_agency_id: null,
        note: online
          ? `Đã thanh toán trực tuyến ${formatVnd(amount)} (mã giao dịch ${txnRef}).`
          : `Đã nộp ${formatVnd(amount)} tiền mặt tại bộ phận một cửa.`,
        at: now,
        data: { orderId: job.payload.orderId ?? null, txnRef, amount },
      });
      await refreshTracking(trx, d.id);
      await publish(trx, {
        topic: STATUS_TOPIC,
        agencyId: d.agency_id,
        payload: {
          dossierId: d.id,
          code: d.code,
          state: next,
          action: 'confirm_fee',
          accountId: d.applicant_account_id,
        },
      });
    }
    await appendAudit(trx, {
      actor: { type: 'system' },
      action: confirm ? 'dossier.confirm_fee' : 'dossier.paid_online',
      subject: { type: 'dossier', id: d.id },
      agencyId: d.agency_id,
      data: { code: d.code, from: state, to: next, txnRef, amount, online },
    });
    return true;
  });
  if (changed) deps.jobs.kick();
}
