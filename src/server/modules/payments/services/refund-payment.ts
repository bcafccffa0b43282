import { randomBytes } from 'node:crypto';
import { formatVnd, type Refund } from '../../../../contracts/payments';
import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { findPersonById } from '../../identity';
import type { PaymentDeps } from '../deps';
import { endedWithoutResult, refundableByOrder } from '../lib/refundable';
import { formatVnpDate } from '../lib/vnpay-protocol';
import { appendEvent, listOrdersOfDossier, lockDossierPayments } from '../repo/orders.repo';
import { insertRefund, listRefundsOfDossier } from '../repo/refunds.repo';
import { assessDossierFees } from './assess-dossier-fees';
import { dossierFor } from './dossier-access';
import { presentRefund } from './present';
import { askGatewayToRefund, publishRefunded } from './settle-refund';

/**
 * The desk gives back what a dossier paid and does not owe: a second payment of the same fees, or
 * the fees of a dossier that ended without a result. Cash is given back in cash and recorded at
 * once; an online payment is refunded by the gateway: the refund is recorded as requested and
 * committed first, then the gateway is asked and its answer recorded (no answer: the reconciliation
 * asks again with the same request id). The amount may not exceed what is refundable of that order;
 * anything else is a 409 and records nothing.
 */
export async function refundPayment(
  input: {
    actor: Actor;
    dossierId: string;
    orderId: string;
    amount: number;
    reason: string;
    requestId: string;
    ip: string;
  },
  deps: Pick<PaymentDeps, 'db' | 'gateway' | 'logger' | 'jobs'>,
): Promise<Refund> {
  if (input.actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (input.actor.kind !== 'staff') throw new AppError('FORBIDDEN');
  const dossier = await dossierFor(deps.db, input.actor, input.dossierId, 'payment.refund');
  const official = await findPersonById(deps.db, input.actor.accountId);
  if (!official) throw new AppError('FORBIDDEN');
  const assessment = await assessDossierFees(deps.db, dossier);
  const owes = endedWithoutResult(dossier.state) ? 0 : assessment.total;
  const now = new Date();

  const { refund, order } = await deps.db.transaction().execute(async (trx) => {
    await lockDossierPayments(trx, dossier.id);
    const orders = await listOrdersOfDossier(trx, dossier.id);
    const order = orders.find((o) => o.id === input.orderId && o.status === 'paid');
    if (!order) throw new AppError('NOT_FOUND');
    if (order.gateway === 'vnpay' && !deps.gateway)
      throw new AppError('UNAVAILABLE', {
        vi: 'Chưa cấu hình cổng thanh toán trực tuyến; chưa thể hoàn trả khoản thanh toán trực tuyến.',
        en: 'No online payment gateway is configured; an online payment cannot be refunded now.',
      });
    const refunds = await listRefundsOfDossier(trx, dossier.id);
    const left = refundableByOrder(orders, refunds, owes).get(order.id) ?? 0;
    if (input.amount > left)
      throw new AppError('CONFLICT', {
        vi:
          left === 0
            ? 'Khoản thanh toán này không còn gì để hoàn trả: hồ sơ không nộp thừa.'
            : `Chỉ có thể hoàn trả tối đa ${formatVnd(left)} của khoản thanh toán này.`,
        en:
          left === 0
            ? 'Nothing of this payment can be refunded: the dossier did not pay more than it owes.'
            : `At most ${formatVnd(left)} of this payment can be refunded.`,
      });
    const method = order.gateway === 'cash' ? 'cash' : 'gateway';
    const refund = await insertRefund(trx, {
      order_id: order.id,
      dossier_id: dossier.id,
      agency_id: dossier.agencyId,
      amount: input.amount,
      reason: input.reason,
      method,
      request_id: method === 'gateway' ? `RF${formatVnpDate(now)}${randomBytes(6).toString('hex')}` : null,
      requested_by: official.id,
      requested_by_name: official.fullName,
      created_at: now,
    });
    if (method === 'cash') {
      await appendEvent(trx, {
        order_id: order.id,
        kind: 'refund',
        outcome: 'refunded',
        dedupe_key: `refund:${refund.id}`,
        data: { amount: input.amount, method },
        at: now,
      });
      await publishRefunded(trx, refund, order);
    }
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: method === 'cash' ? 'payment.refunded' : 'payment.refund_requested',
      subject: { type: 'payment_refund', id: refund.id },
      agencyId: dossier.agencyId,
      data: {
        dossierId: dossier.id,
        code: dossier.code,
        txnRef: order.txn_ref,
        amount: input.amount,
        method,
        reason: input.reason,
      },
      requestId: input.requestId,
      ip: input.ip,
    });
    return { refund, order };
  });
  if (refund.method === 'cash') {
    deps.jobs.kick();
    return presentRefund(refund);
  }
  const settled = await askGatewayToRefund(refund, order, deps, input.ip);
  if (settled.status === 'refunded') deps.jobs.kick();
  return presentRefund(settled);
}
