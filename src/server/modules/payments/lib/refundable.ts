import { type DossierState, stateInfo } from '../../../../contracts/dossier-workflow';

// Amounts as the rows hold them: bigint columns come back from pg as strings.
type Order = { id: string; status: string; amount: number | string };
type Refund = { order_id: string; status: string; amount: number | string };

/** Ended without a result: whatever was paid for it is owed back. */
export const endedWithoutResult = (state: string) =>
  Boolean(stateInfo[state as DossierState]?.terminal) && state !== 'returned';

/** Refunds that count against what was paid: given back, or asked of the gateway and not refused. */
const counts = (r: Refund) => r.status !== 'failed';

/**
 * What may still be refunded of each paid order: the dossier's paid total, less refunds, less what it
 * owes (its assessed fees; nothing when it ended without a result), taken from no order beyond what
 * is left of that order.
 */
export function refundableByOrder(
  orders: readonly Order[],
  refunds: readonly Refund[],
  owes: number,
): Map<string, number> {
  const paid = orders.filter((o) => o.status === 'paid');
  const refundedOf = (id: string) =>
    refunds.filter((r) => r.order_id === id && counts(r)).reduce((s, r) => s + Number(r.amount), 0);
  const net = paid.reduce((s, o) => s + Number(o.amount) - refundedOf(o.id), 0);
  const excess = Math.max(0, net - owes);
  return new Map(paid.map((o) => [o.id, Math.min(excess, Math.max(0, Number(o.amount) - refundedOf(o.id)))]));
}

/** Paid less refunded (or being refunded): what the dossier holds of the applicant's money. */
export function netPaid(orders: readonly Order[], refunds: readonly Refund[]): number {
  const paid = orders.filter((o) => o.status === 'paid');
  const paidIds = new Set(paid.map((o) => o.id));
  return (
    paid.reduce((s, o) => s + Number(o.amount), 0) -
    refunds.filter((r) => paidIds.has(r.order_id) && counts(r)).reduce((s, r) => s + Number(r.amount), 0)
  );
}

/** What was paid, whatever became of it since. */
export const grossPaid = (orders: readonly Pick<Order, 'status' | 'amount'>[]) =>
  orders.filter((o) => o.status === 'paid').reduce((s, o) => s + Number(o.amount), 0);
