import type { PaymentOrder } from '../../../../contracts/payments';
import { formatVnd } from '../../../../contracts/payments';
import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { findPersonById } from '../../identity';
import type { PaymentDeps } from '../deps';
import { appendEvent, insertCashOrder, listOrdersOfDossier, lockDossierPayments } from '../repo/orders.repo';
import { amountDue } from './amount-due';
import { assessDossierFees } from './assess-dossier-fees';
import { dossierFor } from './dossier-access';
import { isOpen } from './get-dossier-fees';
import { presentOrder } from './present';
import { issueReceiptNumber, publishSettled } from './settle-order';
import { newTxnRef } from './start-payment';

/**
 * The receiver records the fees a citizen paid in cash at the one-stop desk: a paid order with the
 * agency's next receipt number and the collector's name, its event, the audit record and the
 * settlement event that confirms the fee on the dossier (when the agency had asked for it) and
 * renders the receipt; all in one transaction. The amount must be exactly what the dossier still
 * owes, so a second click, a second official or a stale screen records nothing.
 */
export async function collectCash(
  input: { actor: Actor; dossierId: string; amount: number; requestId: string; ip: string },
  deps: Pick<PaymentDeps, 'db' | 'jobs'>,
): Promise<PaymentOrder> {
  // Permission before existence: only officials take cash, whichever dossier id is asked for.
  if (input.actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (input.actor.kind !== 'staff') throw new AppError('FORBIDDEN');
  const dossier = await dossierFor(deps.db, input.actor, input.dossierId, 'payment.collect_cash');
  if (!isOpen(dossier))
    throw new AppError('CONFLICT', {
      vi: 'Hồ sơ đã kết thúc, không thể thu phí, lệ phí.',
      en: 'The dossier is closed; no fees can be collected.',
    });
  const collector = await findPersonById(deps.db, input.actor.accountId);
  if (!collector) throw new AppError('FORBIDDEN');
  const assessment = await assessDossierFees(deps.db, dossier);
  const now = new Date();

  const order = await deps.db.transaction().execute(async (trx) => {
    await lockDossierPayments(trx, dossier.id);
    const orders = await listOrdersOfDossier(trx, dossier.id);
    const due = amountDue(orders, assessment.total);
    if (input.amount !== due)
      throw new AppError('CONFLICT', {
        vi: `Số tiền phải nộp hiện là ${formatVnd(due)}, không phải ${formatVnd(input.amount)}; vui lòng tải lại trang.`,
        en: `The amount due is now ${formatVnd(due)}, not ${formatVnd(input.amount)}; please reload the page.`,
      });
    // The paid order needs its number at once; the agency's receipt counter stays locked until commit.
    const receiptNo = await issueReceiptNumber(trx, dossier.agencyId, dossier.agencyOrgId, now);
    const row = await insertCashOrder(trx, {
      txn_ref: newTxnRef(now),
      dossier_id: dossier.id,
      agency_id: dossier.agencyId,
      account_id: dossier.applicantAccountId,
      amount: due,
      lines: JSON.stringify(assessment.lines),
      created_at: now,
      receipt_no: receiptNo,
      collected_by: collector.id,
      collector_name: collector.fullName,
    });
    await appendEvent(trx, {
      order_id: row.id,
      kind: 'cash',
      outcome: 'paid',
      dedupe_key: `cash:${row.txn_ref}`,
      data: { amount: due, collectedBy: collector.id },
      at: now,
    });
    await publishSettled(trx, row, dossier.code, 'desk');
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: 'payment.cash_collected',
      subject: { type: 'payment_order', id: row.id },
      agencyId: dossier.agencyId,
      data: { dossierId: dossier.id, code: dossier.code, txnRef: row.txn_ref, amount: due, receiptNo },
      requestId: input.requestId,
      ip: input.ip,
    });
    return row;
  });
  deps.jobs.kick();
  return presentOrder(order);
}
