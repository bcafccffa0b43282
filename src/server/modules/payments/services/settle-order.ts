import { PAYMENT_SETTLED_TOPIC } from '../../../../contracts/payments';
import { type AuditActor, appendAudit } from '../../../platform/audit';
import type { Executor } from '../../../platform/db';
import { publish } from '../../../platform/outbox';
import { findDossierSummary } from '../../dossiers';
import {
  appendEvent,
  hasPaidOrder,
  nextReceiptNumber,
  type OrderRow,
  updateOrder,
} from '../repo/orders.repo';

export type Settlement = {
  by: 'ipn' | 'query';
  success: boolean;
  transactionNo: string;
  bankCode: string;
  payDate: string;
  responseCode: string;
  transactionStatus: string;
  dedupeKey: string;
  actor: AuditActor;
  requestId: string | null;
  ip: string | null;
  at: Date;
};

/** Tells the dossier (and the receipt job) that an order was paid; in the caller's transaction. */
export async function publishSettled(
  trx: Executor,
  order: Pick<OrderRow, 'id' | 'dossier_id' | 'agency_id' | 'amount' | 'txn_ref' | 'account_id'>,
  dossierCode: string | null,
  settledBy: 'ipn' | 'query' | 'desk',
) {
  await publish(trx, {
    topic: PAYMENT_SETTLED_TOPIC,
    agencyId: order.agency_id,
    payload: {
      orderId: order.id,
      dossierId: order.dossier_id,
      dossierCode,
      amount: Number(order.amount),
      txnRef: order.txn_ref,
      settledBy,
      accountId: order.account_id,
    },
  });
}

/**
 * The next receipt number of the agency for the Vietnamese year of `at`, e.g.
 * `000.31.21.H56-BL2026-0000042`. It locks the agency's receipt counter until the caller commits.
 */
export async function issueReceiptNumber(
  trx: Executor,
  agencyId: string,
  agencyOrgId: string | null,
  at: Date,
): Promise<string> {
  const year = Number(new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 4));
  const n = await nextReceiptNumber(trx, agencyId, year);
  return `${agencyOrgId ?? 'CS'}-BL${year}-${String(n).padStart(7, '0')}`;
}

/**
 * Settles a pending order (its row locked by the caller) as paid or failed: the order, its event, a
 * receipt number for a payment, the audit record and, for a payment, the outbox event that tells
 * the dossier; all in the caller's transaction.
 */
export async function settleOrder(trx: Executor, order: OrderRow, s: Settlement) {
  const status = s.success ? 'paid' : 'failed';
  const dossier = await findDossierSummary(trx, order.dossier_id);
  // Paid twice (two tabs, two orders): still recorded, and flagged for a refund by the desk.
  const paidBefore = s.success && (await hasPaidOrder(trx, order.dossier_id));
  // Rows nobody else waits for first; the agency's receipt counter and audit chain head, which every
  // settlement of the agency locks until it commits, last, so they are held as briefly as possible.
  await appendEvent(trx, {
    order_id: order.id,
    kind: s.by,
    outcome: status,
    dedupe_key: s.dedupeKey,
    data: {
      responseCode: s.responseCode,
      transactionStatus: s.transactionStatus,
      transactionNo: s.transactionNo,
      bankCode: s.bankCode,
      payDate: s.payDate,
    },
    at: s.at,
  });
  if (s.success) await publishSettled(trx, order, dossier?.code ?? null, s.by);
  const receiptNo = s.success
    ? await issueReceiptNumber(trx, order.agency_id, dossier?.agencyOrgId ?? null, s.at)
    : null;
  await updateOrder(trx, order.id, {
    status,
    settled_at: s.at,
    settled_by: s.by,
    gateway_txn_no: s.transactionNo || null,
    bank_code: s.bankCode || null,
    pay_date: s.payDate || null,
    receipt_no: receiptNo,
  });
  await appendAudit(trx, {
    actor: s.actor,
    action: s.success ? 'payment.paid' : 'payment.failed',
    subject: { type: 'payment_order', id: order.id },
    agencyId: order.agency_id,
    data: {
      txnRef: order.txn_ref,
      amount: Number(order.amount),
      by: s.by,
      responseCode: s.responseCode,
      transactionNo: s.transactionNo,
      receiptNo,
      ...(paidBefore ? { paidTwice: true } : {}),
    },
    requestId: s.requestId,
    ip: s.ip,
  });
  return { status, receiptNo };
}
