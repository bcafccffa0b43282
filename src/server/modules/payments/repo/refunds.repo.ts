import type { Executor } from '../../../platform/db';
import type { PaymentRefundTable } from '../tables';

type NewRefund = {
  order_id: string;
  dossier_id: string;
  agency_id: string;
  amount: number;
  reason: string;
  method: 'gateway' | 'cash';
  request_id: string | null;
  requested_by: string;
  requested_by_name: string;
  created_at: Date;
};

/** A refund: a gateway one is requested until the gateway answers; cash is given back at once. */
export async function insertRefund(db: Executor, refund: NewRefund) {
  const cash = refund.method === 'cash';
  return db
    .insertInto('payment_refunds')
    .values({
      ...refund,
      status: cash ? 'refunded' : 'requested',
      settled_at: cash ? refund.created_at : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type RefundRow = Awaited<ReturnType<typeof insertRefund>>;

export async function listRefundsOfDossier(db: Executor, dossierId: string) {
  return db
    .selectFrom('payment_refunds')
    .selectAll()
    .where('dossier_id', '=', dossierId)
    .orderBy('created_at')
    .execute();
}

/** The refund row locked while the gateway's answer is recorded: a retry and a late answer settle it once. */
export async function lockRefund(db: Executor, id: string) {
  return db.selectFrom('payment_refunds').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function settleRefundRow(
  db: Executor,
  id: string,
  values: Pick<
    PaymentRefundTable,
    'gateway_response_code' | 'gateway_transaction_status' | 'gateway_transaction_no'
  > & { status: 'refunded' | 'failed'; settled_at: Date },
) {
  await db.updateTable('payment_refunds').set(values).where('id', '=', id).execute();
}

/** Gateway refunds still waiting for an answer, asked before `before`, oldest first. */
export async function listRequestedRefunds(db: Executor, before: Date, limit: number) {
  return db
    .selectFrom('payment_refunds')
    .selectAll()
    .where('status', '=', 'requested')
    .where('created_at', '<', before)
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

/** The agency's refunds given back within [from, to), with the order each gave back from. */
export async function listRefundsGiven(db: Executor, agencyId: string, from: Date, to: Date) {
  return db
    .selectFrom('payment_refunds as r')
    .innerJoin('payment_orders as o', 'o.id', 'r.order_id')
    .selectAll('r')
    .select(['o.receipt_no', 'o.gateway'])
    .where('r.agency_id', '=', agencyId)
    .where('r.status', '=', 'refunded')
    .where('r.settled_at', '>=', from)
    .where('r.settled_at', '<', to)
    .orderBy('r.settled_at')
    .execute();
}
