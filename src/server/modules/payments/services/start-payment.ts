import { randomBytes } from 'node:crypto';
import type { StartPaymentResponse } from '../../../../contracts/payments';
import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { PaymentDeps } from '../deps';
import { plainOrderInfo } from '../lib/vnpay-protocol';
import { appendEvent, expiryOf, insertOrder, listOrdersOfDossier, type OrderRow } from '../repo/orders.repo';
import { amountDue } from './amount-due';
import { assessDossierFees } from './assess-dossier-fees';
import { dossierFor } from './dossier-access';
import { isOpen } from './get-dossier-fees';

/** Where the gateway sends the browser back: the portal's result page. */
export const RETURN_PATH = '/thanh-toan/ket-qua';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** vnp_TxnRef: "CS", the Vietnamese date, 12 random characters; unique (database key) and unguessable. */
export function newTxnRef(at: Date): string {
  const day = new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(2, 10).replaceAll('-', '');
  const bytes = randomBytes(12);
  return `CS${day}${[...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('')}`;
}

export const orderInfoOf = (code: string) => plainOrderInfo(`Thanh toan phi le phi ho so ${code}`);

/**
 * Starts (or resumes) the online payment of what a dossier still owes: a pending order, recorded
 * with its created event and an audit record, and the signed redirect to the gateway. A pending
 * order that has not expired is reused, so two clicks never open two payments.
 */
export async function startPayment(
  input: {
    actor: Actor;
    dossierId: string;
    bankCode?: string | undefined;
    locale: 'vn' | 'en';
    ip: string;
    requestId: string;
  },
  deps: Pick<PaymentDeps, 'db' | 'gateway' | 'config'>,
): Promise<StartPaymentResponse> {
  const dossier = await dossierFor(deps.db, input.actor, input.dossierId, 'payment.start');
  if (input.actor.kind !== 'citizen') throw new AppError('FORBIDDEN');
  const gateway = deps.gateway;
  if (!gateway)
    throw new AppError('UNAVAILABLE', {
      vi: 'Chưa cấu hình cổng thanh toán trực tuyến; vui lòng nộp phí tại bộ phận một cửa.',
      en: 'No online payment gateway is configured; please pay at the one-stop desk.',
    });
  if (!isOpen(dossier))
    throw new AppError('CONFLICT', {
      vi: 'Hồ sơ đã kết thúc, không thể thanh toán.',
      en: 'The dossier is closed; it cannot be paid.',
    });
  const assessment = await assessDossierFees(deps.db, dossier);
  const now = new Date();
  const returnUrl = `${deps.config.publicUrl}${RETURN_PATH}`;
  const redirect = (o: OrderRow) => ({
    orderId: o.id,
    txnRef: o.txn_ref,
    amount: Number(o.amount),
    expiresAt: expiryOf(o).toISOString(),
    payUrl: gateway.payUrl({
      txnRef: o.txn_ref,
      amount: Number(o.amount),
      orderInfo: orderInfoOf(dossier.code),
      returnUrl,
      ipAddr: input.ip,
      createdAt: new Date(o.created_at),
      expiresAt: expiryOf(o),
      locale: input.locale,
      bankCode: input.bankCode,
    }),
  });

  return deps.db.transaction().execute(async (trx) => {
    const orders = await listOrdersOfDossier(trx, dossier.id);
    const due = amountDue(orders, assessment.total);
    const open = orders.find((o) => o.status === 'pending' && expiryOf(o).getTime() > now.getTime() + 60_000);
    if (open && Number(open.amount) === due) return redirect(open);

    const order = await insertOrder(trx, {
      txn_ref: newTxnRef(now),
      dossier_id: dossier.id,
      agency_id: dossier.agencyId,
      account_id: input.actor.kind === 'citizen' ? input.actor.accountId : null,
      amount: due,
      lines: JSON.stringify(assessment.lines),
      created_at: now,
      expires_at: new Date(now.getTime() + deps.config.payment.expireMinutes * 60_000),
    });
    await appendEvent(trx, {
      order_id: order.id,
      kind: 'created',
      outcome: 'created',
      dedupe_key: `created:${order.txn_ref}`,
      data: { amount: due, gateway: gateway.kind },
      at: now,
    });
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: 'payment.started',
      subject: { type: 'payment_order', id: order.id },
      agencyId: dossier.agencyId,
      data: { dossierId: dossier.id, code: dossier.code, txnRef: order.txn_ref, amount: due },
      requestId: input.requestId,
      ip: input.ip,
    });
    return redirect(order);
  });
}
