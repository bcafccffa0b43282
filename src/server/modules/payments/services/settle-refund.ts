import { PAYMENT_REFUNDED_TOPIC } from '../../../../contracts/payments';
import { appendAudit } from '../../../platform/audit';
import type { Executor } from '../../../platform/db';
import { publish } from '../../../platform/outbox';
import { findDossierSummary } from '../../dossiers';
import type { PaymentDeps } from '../deps';
import type { RefundAnswer } from '../lib/gateway';
import { plainOrderInfo } from '../lib/vnpay-protocol';
import type { OrderRow } from '../repo/orders.repo';
import { appendEvent } from '../repo/orders.repo';
import { lockRefund, type RefundRow, settleRefundRow } from '../repo/refunds.repo';

/** Tells the applicant (after commit, through the outbox) that money was given back. */
export async function publishRefunded(trx: Executor, refund: RefundRow, order: Pick<OrderRow, 'account_id'>) {
  const dossier = await findDossierSummary(trx, refund.dossier_id);
  await publish(trx, {
    topic: PAYMENT_REFUNDED_TOPIC,
    agencyId: refund.agency_id,
    payload: {
      refundId: refund.id,
      orderId: refund.order_id,
      dossierId: refund.dossier_id,
      dossierCode: dossier?.code ?? '',
      amount: Number(refund.amount),
      method: refund.method,
      reason: refund.reason,
      accountId: order.account_id,
    },
  });
}

/**
 * Asks the gateway to refund a requested refund (again, after a crash or a timeout: the same request
 * id, which the gateway answers 94 when it already has it) and records its answer. An answer whose
 * signature does not check, or no answer at all, leaves the refund requested for the next attempt.
 */
export async function askGatewayToRefund(
  refund: RefundRow,
  order: OrderRow,
  deps: Pick<PaymentDeps, 'db' | 'gateway' | 'logger'>,
  ip: string,
): Promise<RefundRow> {
  const gateway = deps.gateway;
  if (!gateway || refund.status !== 'requested' || !refund.request_id) return refund;
  let answer: RefundAnswer;
  try {
    answer = await gateway.refund({
      requestId: refund.request_id,
      txnRef: order.txn_ref,
      amount: Number(refund.amount),
      full: Number(refund.amount) === Number(order.amount),
      transactionNo: order.gateway_txn_no ?? '0',
      transactionDate: new Date(order.created_at),
      createdBy: plainOrderInfo(refund.requested_by_name).slice(0, 255),
      ipAddr: ip,
      orderInfo: plainOrderInfo(`Hoan tra phi le phi don hang ${order.txn_ref}`),
    });
  } catch (e) {
    deps.logger.warn({ err: e, refundId: refund.id }, 'payment gateway did not answer a refund');
    return refund;
  }
  if (!answer.verified) {
    deps.logger.error(
      { refundId: refund.id, code: answer.responseCode },
      'refund answer with a bad signature',
    );
    return refund;
  }
  // 94: the gateway has this refund from an earlier attempt and is processing it.
  const status = answer.responseCode === '00' || answer.responseCode === '94' ? 'refunded' : 'failed';
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockRefund(trx, refund.id);
    if (row?.status !== 'requested') return row ?? refund;
    const at = new Date();
    await settleRefundRow(trx, row.id, {
      status,
      settled_at: at,
      gateway_response_code: answer.responseCode,
      gateway_transaction_status: answer.transactionStatus || null,
      gateway_transaction_no: answer.transactionNo || null,
    });
    await appendEvent(trx, {
      order_id: order.id,
      kind: 'refund',
      outcome: status === 'refunded' ? 'refunded' : 'failed',
      dedupe_key: `refund:${row.request_id}`,
      data: {
        amount: Number(row.amount),
        responseCode: answer.responseCode,
        transactionStatus: answer.transactionStatus,
        transactionNo: answer.transactionNo,
      },
      at,
    });
    if (status === 'refunded') await publishRefunded(trx, row, order);
    await appendAudit(trx, {
      actor: { type: 'system' },
      action: status === 'refunded' ? 'payment.refunded' : 'payment.refund_failed',
      subject: { type: 'payment_refund', id: row.id },
      agencyId: row.agency_id,
      data: { txnRef: order.txn_ref, amount: Number(row.amount), responseCode: answer.responseCode },
    });
    return { ...row, status, settled_at: at, gateway_response_code: answer.responseCode };
  });
}
