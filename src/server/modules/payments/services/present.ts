import {
  type PaymentOrder,
  paymentStatusInfo,
  type Refund,
  refundStatusInfo,
  VNPAY_REFUND_MESSAGES,
} from '../../../../contracts/payments';
import type { OrderRow } from '../repo/orders.repo';
import type { RefundRow } from '../repo/refunds.repo';

const iso = (d: Date | string) => new Date(d).toISOString();

/** A refund as the API shows it; a refusal carries the gateway's code and its meaning. */
export function presentRefund(r: RefundRow): Refund {
  const code = r.gateway_response_code;
  return {
    id: r.id,
    orderId: r.order_id,
    amount: Number(r.amount),
    reason: r.reason,
    method: r.method,
    status: r.status,
    statusName: refundStatusInfo[r.status],
    gatewayAnswer:
      r.status === 'failed' && code
        ? { code, message: VNPAY_REFUND_MESSAGES[code] ?? VNPAY_REFUND_MESSAGES['99']! }
        : null,
    requestedByName: r.requested_by_name,
    createdAt: iso(r.created_at),
    settledAt: r.settled_at ? iso(r.settled_at) : null,
  };
}

/** A payment order as the API shows it, field by field, with its refunds. */
export function presentOrder(o: OrderRow, refunds: readonly RefundRow[] = [], refundable = 0): PaymentOrder {
  return {
    id: o.id,
    txnRef: o.txn_ref,
    amount: Number(o.amount),
    status: o.status,
    statusName: paymentStatusInfo[o.status],
    gateway: o.gateway,
    createdAt: iso(o.created_at),
    expiresAt: o.expires_at ? iso(o.expires_at) : null,
    settledAt: o.settled_at ? iso(o.settled_at) : null,
    settledBy: o.settled_by,
    bankCode: o.bank_code,
    gatewayTransactionNo: o.gateway_txn_no,
    collectorName: o.collector_name,
    receiptNo: o.receipt_no,
    receiptUrl: o.status === 'paid' ? `/api/v1/payments/${o.id}/receipt` : null,
    refunds: refunds.filter((r) => r.order_id === o.id).map(presentRefund),
    refundable,
  };
}
