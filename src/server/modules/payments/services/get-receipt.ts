import { Readable } from 'node:stream';
import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { getVersionById } from '../../catalog';
import { findDossierSummary } from '../../dossiers';
import { findAgencyById } from '../../identity';
import type { PaymentDeps } from '../deps';
import { renderReceipt } from '../receipt/render-receipt';
import { findOrder, type OrderRow, updateOrder } from '../repo/orders.repo';
import { dossierFor } from './dossier-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The receipt of a paid order, rendered once and kept in the blob store (the job after settlement
 * renders it; a download that comes first renders it itself — the same input gives the same bytes).
 */
export async function ensureReceipt(
  order: OrderRow,
  deps: Pick<PaymentDeps, 'db' | 'blobs' | 'config' | 'gateway'>,
): Promise<{ sha256: string; size: number }> {
  if (order.status !== 'paid' || !order.receipt_no || !order.settled_at) throw new AppError('NOT_FOUND');
  if (order.receipt_sha256 && order.receipt_size)
    return { sha256: order.receipt_sha256, size: order.receipt_size };
  const dossier = await findDossierSummary(deps.db, order.dossier_id);
  if (!dossier) throw new AppError('NOT_FOUND');
  const version = await getVersionById(deps.db, dossier.procedureVersionId);
  const agency = await findAgencyById(deps.db, order.agency_id);
  const parent = agency?.parentId ? await findAgencyById(deps.db, agency.parentId) : undefined;
  const bytes = await renderReceipt({
    receiptNo: order.receipt_no,
    agency: {
      name: agency?.name ?? '',
      parentName: parent?.name ?? null,
      place: (agency?.adminUnitName ?? '').replace(/^(Phường|Xã|Đặc khu|Tỉnh|Thành phố)\s+/u, ''),
      address: agency?.address ?? null,
    },
    payer: { name: dossier.applicantName },
    dossier: { code: dossier.code, procedureName: version.procedureName },
    lines: order.lines,
    amount: Number(order.amount),
    payment:
      order.gateway === 'cash'
        ? { method: 'cash', collectorName: order.collector_name ?? '', paidAt: new Date(order.settled_at) }
        : {
            method: 'online',
            gatewayName:
              deps.gateway?.kind === 'sandbox'
                ? 'cổng thanh toán thử nghiệm (giao thức VNPay)'
                : 'cổng thanh toán VNPay',
            transactionNo: order.gateway_txn_no ?? '',
            bankCode: order.bank_code,
            txnRef: order.txn_ref,
            paidAt: new Date(order.settled_at),
          },
    trackingUrl: `${deps.config.publicUrl}/tra-cuu-ho-so?ma=${encodeURIComponent(dossier.code)}`,
  });
  const stored = await deps.blobs.put(Readable.from([Buffer.from(bytes)]));
  await updateOrder(deps.db, order.id, { receipt_sha256: stored.sha256, receipt_size: stored.size });
  return stored;
}

/** GET /payments/{id}/receipt: the receipt PDF, for the applicant and officials in scope. */
export async function getReceipt(
  input: { actor: Actor; orderId: string },
  deps: Pick<PaymentDeps, 'db' | 'blobs' | 'config' | 'gateway'>,
) {
  if (input.actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  const order = UUID.test(input.orderId) ? await findOrder(deps.db, input.orderId) : undefined;
  if (!order) throw new AppError('NOT_FOUND');
  await dossierFor(deps.db, input.actor, order.dossier_id, 'fees.view');
  if (order.status !== 'paid') throw new AppError('NOT_FOUND');
  const stored = await ensureReceipt(order, deps);
  return { stream: await deps.blobs.get(stored.sha256), filename: `bien-lai-${order.receipt_no}.pdf` };
}
