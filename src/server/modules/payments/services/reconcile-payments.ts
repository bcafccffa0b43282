import { appendAudit } from '../../../platform/audit';
import { findDossierSummary } from '../../dossiers';
import type { PaymentDeps } from '../deps';
import {
  appendEvent,
  expiryOf,
  findOrder,
  listStalePendingOrders,
  lockOrder,
  type OrderRow,
  updateOrder,
} from '../repo/orders.repo';
import { listRequestedRefunds } from '../repo/refunds.repo';
import { settleOrder } from './settle-order';
import { askGatewayToRefund } from './settle-refund';
import { orderInfoOf } from './start-payment';

export const RECONCILE_QUEUE = 'payments.reconcile';
/** Every five minutes (pg-boss cron, Asia/Ho_Chi_Minh). */
export const RECONCILE_CRON = '*/5 * * * *';

// querydr vnp_TransactionStatus values that end a transaction without payment.
const FAILED_STATUSES = new Set(['02', '04', '07', '09']);

export type ReconcileReport = {
  checked: number;
  paid: number;
  failed: number;
  expired: number;
  pending: number;
  errors: number;
  /** Gateway refunds that had no answer, asked again (same request id). */
  refundsRetried: number;
  refundsSettled: number;
};

/**
 * Settles the orders whose IPN never came: pending orders older than the configured minutes are
 * looked up with the gateway's status query (querydr). Paid with the right amount → paid (and the
 * dossier is told, as after an IPN); failed → failed; unknown to the gateway or still unfinished
 * after the payment window → expired. Each order is decided under its row lock, so an IPN arriving
 * at the same time settles it once. Then gateway refunds still waiting for an answer are asked again.
 */
export async function reconcilePayments(
  input: { now?: Date; limit?: number },
  deps: Pick<PaymentDeps, 'db' | 'gateway' | 'logger' | 'config' | 'jobs'>,
): Promise<ReconcileReport> {
  const report: ReconcileReport = {
    checked: 0,
    paid: 0,
    failed: 0,
    expired: 0,
    pending: 0,
    errors: 0,
    refundsRetried: 0,
    refundsSettled: 0,
  };
  const gateway = deps.gateway;
  if (!gateway) return report;
  const now = input.now ?? new Date();
  const before = new Date(now.getTime() - deps.config.payment.reconcileAfterMinutes * 60_000);
  const orders = await listStalePendingOrders(deps.db, before, input.limit ?? 100);
  for (const order of orders) {
    report.checked++;
    try {
      const outcome = await reconcileOne(order, now, deps);
      report[outcome]++;
    } catch (err) {
      report.errors++;
      deps.logger.warn({ err, txnRef: order.txn_ref }, 'payment status query failed; retried next run');
    }
  }
  if (report.paid) await deps.jobs.kick();
  // Refunds asked more than a minute ago and still without an answer (a timeout, a crash).
  for (const refund of await listRequestedRefunds(
    deps.db,
    new Date(now.getTime() - 60_000),
    input.limit ?? 100,
  )) {
    const order = await findOrder(deps.db, refund.order_id);
    if (!order) continue;
    report.refundsRetried++;
    const after = await askGatewayToRefund(refund, order, deps, '127.0.0.1');
    if (after.status !== 'requested') report.refundsSettled++;
  }
  return report;
}

async function reconcileOne(
  order: OrderRow,
  now: Date,
  deps: Pick<PaymentDeps, 'db' | 'gateway' | 'logger'>,
): Promise<'paid' | 'failed' | 'expired' | 'pending'> {
  const gateway = deps.gateway!;
  const dossier = await findDossierSummary(deps.db, order.dossier_id);
  // The status query runs outside any transaction: a slow gateway must not hold a lock.
  const answer = await gateway.queryStatus({
    txnRef: order.txn_ref,
    orderInfo: orderInfoOf(dossier?.code ?? order.txn_ref),
    transactionDate: new Date(order.created_at),
    ipAddr: '127.0.0.1',
  });
  if (!answer.verified) {
    await appendAudit(deps.db, {
      actor: { type: 'system' },
      action: 'payment.query_rejected',
      subject: { type: 'payment_order', id: order.id },
      agencyId: order.agency_id,
      data: { reason: 'bad_signature', txnRef: order.txn_ref, responseCode: answer.responseCode },
    });
    return 'pending';
  }
  const found = answer.responseCode === '00';
  const paid = found && answer.transactionStatus === '00' && answer.amount === Number(order.amount);
  const failed = found && FAILED_STATUSES.has(answer.transactionStatus);
  const windowClosed = now.getTime() > expiryOf(order).getTime();
  // 91: the gateway has no such transaction; 01: the customer never finished it.
  const expired =
    !paid && !failed && windowClosed && (answer.responseCode === '91' || answer.transactionStatus === '01');
  if (found && answer.transactionStatus === '00' && !paid)
    deps.logger.error({ txnRef: order.txn_ref, amount: answer.amount }, 'gateway reports another amount');

  return deps.db.transaction().execute(async (trx) => {
    const locked = await lockOrder(trx, order.id);
    if (locked?.status !== 'pending') return 'pending' as const;
    const key = `query:${order.txn_ref}:${answer.responseCode}:${answer.transactionStatus}:${answer.transactionNo}`;
    if (paid || failed) {
      await settleOrder(trx, locked, {
        by: 'query',
        success: paid,
        transactionNo: answer.transactionNo,
        bankCode: answer.bankCode,
        payDate: answer.payDate,
        responseCode: answer.responseCode,
        transactionStatus: answer.transactionStatus,
        dedupeKey: key,
        actor: { type: 'system' },
        requestId: null,
        ip: null,
        at: now,
      });
      return paid ? ('paid' as const) : ('failed' as const);
    }
    if (expired) {
      await updateOrder(trx, order.id, { status: 'expired', settled_at: now, settled_by: 'query' });
      await appendEvent(trx, {
        order_id: order.id,
        kind: 'expired',
        outcome: 'expired',
        dedupe_key: `expired:${order.txn_ref}`,
        data: { responseCode: answer.responseCode, transactionStatus: answer.transactionStatus },
        at: now,
      });
      await appendAudit(trx, {
        actor: { type: 'system' },
        action: 'payment.expired',
        subject: { type: 'payment_order', id: order.id },
        agencyId: order.agency_id,
        data: { txnRef: order.txn_ref, responseCode: answer.responseCode },
      });
      return 'expired' as const;
    }
    await appendEvent(trx, {
      order_id: order.id,
      kind: 'query',
      outcome: 'pending',
      dedupe_key: key,
      data: { responseCode: answer.responseCode, transactionStatus: answer.transactionStatus },
      at: now,
    });
    return 'pending' as const;
  });
}
