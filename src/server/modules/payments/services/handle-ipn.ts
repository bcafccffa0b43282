import { appendAudit } from '../../../platform/audit';
import type { Executor } from '../../../platform/db';
import type { PaymentDeps } from '../deps';
import type { Callback } from '../lib/gateway';
import { vnpParamsOf } from '../lib/vnpay-protocol';
import { appendEvent, findOrderByTxnRef, lockOrder } from '../repo/orders.repo';
import { settleOrder } from './settle-order';

export type IpnAnswer = { RspCode: string; Message: string };

// The answers the gateway expects (VNPay IPN specification, merchant side).
const ANSWER = {
  ok: { RspCode: '00', Message: 'Confirm Success' },
  notFound: { RspCode: '01', Message: 'Order not found' },
  confirmed: { RspCode: '02', Message: 'Order already confirmed' },
  amount: { RspCode: '04', Message: 'Invalid amount' },
  signature: { RspCode: '97', Message: 'Invalid signature' },
  unknown: { RspCode: '99', Message: 'Unknown error' },
} as const satisfies Record<string, IpnAnswer>;

type Rejection = 'bad_signature' | 'unknown_order' | 'amount_mismatch' | 'already_confirmed' | 'replay';

async function reject(
  db: Executor,
  reason: Rejection,
  ctx: {
    ip: string;
    requestId: string;
    agencyId: string | null;
    orderId?: string;
    detail: Record<string, unknown>;
  },
) {
  await appendAudit(db, {
    actor: { type: 'anonymous' },
    action: 'payment.ipn_rejected',
    ...(ctx.orderId ? { subject: { type: 'payment_order', id: ctx.orderId } } : {}),
    agencyId: ctx.agencyId,
    data: { reason, ...ctx.detail },
    requestId: ctx.requestId,
    ip: ctx.ip,
  });
}

/**
 * The gateway's server-to-server notice (IPN). Checked in the order the gateway specifies:
 * signature (97), order (01), amount (04), already settled (02); only then the order is settled
 * (00). Every rejection leaves the order as it was and is written to the audit log; a replayed IPN
 * is recognised by its event key and changes nothing.
 */
export async function handleIpn(
  input: { query: unknown; ip: string; requestId: string },
  deps: Pick<PaymentDeps, 'db' | 'gateway' | 'logger' | 'jobs'>,
): Promise<IpnAnswer> {
  const { db, gateway } = deps;
  const ctx = { ip: input.ip, requestId: input.requestId };
  const params = vnpParamsOf(input.query);
  const callback: Callback | undefined = params && gateway?.verifyCallback(params);
  if (!callback || callback.tmnCode !== gateway?.tmnCode) {
    await reject(db, 'bad_signature', {
      ...ctx,
      agencyId: null,
      detail: { txnRef: String(params?.vnp_TxnRef ?? '').slice(0, 40), tmnCode: params?.vnp_TmnCode ?? null },
    });
    return ANSWER.signature;
  }
  const order = await findOrderByTxnRef(db, callback.txnRef);
  if (!order) {
    await reject(db, 'unknown_order', {
      ...ctx,
      agencyId: null,
      detail: { txnRef: callback.txnRef.slice(0, 40) },
    });
    return ANSWER.notFound;
  }
  const base = { ...ctx, agencyId: order.agency_id, orderId: order.id };
  if (callback.amount !== Number(order.amount)) {
    await reject(db, 'amount_mismatch', {
      ...base,
      detail: { txnRef: order.txn_ref, expected: Number(order.amount), received: params?.vnp_Amount ?? null },
    });
    return ANSWER.amount;
  }
  const now = new Date();
  const dedupeKey = `ipn:${order.txn_ref}:${callback.transactionNo}:${callback.responseCode}:${callback.transactionStatus}`;
  try {
    const answer = await db.transaction().execute(async (trx) => {
      const locked = await lockOrder(trx, order.id);
      if (!locked) return ANSWER.notFound;
      if (locked.status !== 'pending') {
        // A different notice about a settled order is kept as an event; the same notice again is a replay.
        const isNew = await appendEvent(trx, {
          order_id: order.id,
          kind: 'ipn',
          outcome: callback.success ? 'paid' : 'failed',
          dedupe_key: dedupeKey,
          data: { responseCode: callback.responseCode, transactionNo: callback.transactionNo, ignored: true },
          at: now,
        });
        await reject(trx, isNew ? 'already_confirmed' : 'replay', {
          ...base,
          detail: { txnRef: order.txn_ref, status: locked.status, responseCode: callback.responseCode },
        });
        return ANSWER.confirmed;
      }
      await settleOrder(trx, locked, {
        by: 'ipn',
        success: callback.success,
        transactionNo: callback.transactionNo,
        bankCode: callback.bankCode,
        payDate: callback.payDate,
        responseCode: callback.responseCode,
        transactionStatus: callback.transactionStatus,
        dedupeKey,
        actor: { type: 'anonymous' },
        requestId: input.requestId,
        ip: input.ip,
        at: now,
      });
      return ANSWER.ok;
    });
    if (answer === ANSWER.ok) deps.jobs.kick();
    return answer;
  } catch (err) {
    // The gateway retries on anything but 00/02: an outage must not look like a confirmation.
    deps.logger.error({ err, txnRef: order.txn_ref }, 'payment IPN failed');
    return ANSWER.unknown;
  }
}
