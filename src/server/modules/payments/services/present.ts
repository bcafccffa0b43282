import { type PaymentOrder, paymentStatusInfo } from '../../../../contracts/payments';
import type { OrderRow } from '../repo/orders.repo';

const iso = (d: Date | string) => new Date(d).toISOString();

/** A payment order as the API shows it, field by field. */
export function presentOrder(o: OrderRow): PaymentOrder {
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
  };
}
