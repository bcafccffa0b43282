import { AppError } from '../../../platform/errors';
import { grossPaid } from '../lib/refundable';
import type { OrderRow } from '../repo/orders.repo';

/**
 * What a dossier still owes, read in the transaction that will take it: the assessed total less the
 * paid orders. Nothing left is a 409 (no fees at all, or paid in full), for the gateway and the desk
 * alike.
 */
export function amountDue(orders: readonly Pick<OrderRow, 'status' | 'amount'>[], total: number): number {
  const due = total - grossPaid(orders);
  if (due <= 0)
    throw new AppError('CONFLICT', {
      vi: total === 0 ? 'Hồ sơ này không phải nộp phí, lệ phí.' : 'Hồ sơ đã được thanh toán đủ.',
      en: total === 0 ? 'This dossier owes no fees.' : 'The dossier is already paid in full.',
    });
  return due;
}
