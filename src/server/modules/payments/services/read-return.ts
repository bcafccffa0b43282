import {
  type PaymentReturn,
  paymentStatusInfo,
  VNPAY_RESPONSE_MESSAGES,
} from '../../../../contracts/payments';
import { appendAudit } from '../../../platform/audit';
import { AppError } from '../../../platform/errors';
import { findDossierSummary } from '../../dossiers';
import type { PaymentDeps } from '../deps';
import { vnpParamsOf } from '../lib/vnpay-protocol';
import { findOrderByTxnRef } from '../repo/orders.repo';

/**
 * What the browser brought back from the gateway (the return URL), for the portal's result page.
 * It only reports: the order is settled by the IPN or the status query, never by the browser.
 */
export async function readReturn(
  input: { query: unknown; ip: string; requestId: string },
  deps: Pick<PaymentDeps, 'db' | 'gateway'>,
): Promise<PaymentReturn> {
  const params = vnpParamsOf(input.query);
  const callback = params && deps.gateway?.verifyCallback(params);
  const order = callback && (await findOrderByTxnRef(deps.db, callback.txnRef));
  if (!callback || !order || callback.amount !== Number(order.amount)) {
    await appendAudit(deps.db, {
      actor: { type: 'anonymous' },
      action: 'payment.return_rejected',
      agencyId: order ? order.agency_id : null,
      data: {
        reason: !callback ? 'bad_signature' : !order ? 'unknown_order' : 'amount_mismatch',
        txnRef: String(params?.vnp_TxnRef ?? '').slice(0, 40),
      },
      requestId: input.requestId,
      ip: input.ip,
    });
    throw new AppError('VALIDATION_FAILED', {
      vi: 'Kết quả thanh toán trả về không hợp lệ (sai chữ ký hoặc không khớp giao dịch).',
      en: 'The payment result is not valid (bad signature or no matching order).',
    });
  }
  const dossier = await findDossierSummary(deps.db, order.dossier_id);
  if (!dossier) throw new AppError('NOT_FOUND');
  return {
    txnRef: order.txn_ref,
    gatewaySuccess: callback.success,
    responseCode: callback.responseCode,
    message: VNPAY_RESPONSE_MESSAGES[callback.responseCode] ?? VNPAY_RESPONSE_MESSAGES['99']!,
    amount: Number(order.amount),
    orderStatus: order.status,
    orderStatusName: paymentStatusInfo[order.status],
    dossierId: dossier.id,
    dossierCode: dossier.code,
  };
}
