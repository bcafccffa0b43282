import { sql } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { PaymentEventTable, PaymentOrderTable } from '../tables';

type NewOrder = {
  txn_ref: string;
  dossier_id: string;
  agency_id: string;
  account_id: string | null;
  amount: number;
  lines: string;
  created_at: Date;
  expires_at: Date;
};

export type OrderRow = Awaited<ReturnType<typeof findOrderByTxnRef>> & {};

/** When an online order stops being payable (a cash order is never pending: its creation). */
export const expiryOf = (o: Pick<OrderRow, 'expires_at' | 'created_at'>) =>
  new Date(o.expires_at ?? o.created_at);

export async function insertOrder(db: Executor, order: NewOrder) {
  return db
    .insertInto('payment_orders')
    .values({ ...order, gateway: 'vnpay' })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A cash payment taken at the desk: born paid, with its receipt number and collector. */
export async function insertCashOrder(
  db: Executor,
  order: Omit<NewOrder, 'expires_at'> & { receipt_no: string; collected_by: string; collector_name: string },
) {
  return db
    .insertInto('payment_orders')
    .values({
      ...order,
      gateway: 'cash',
      status: 'paid',
      expires_at: null,
      settled_at: order.created_at,
      settled_by: 'desk',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Serialises payments recorded for one dossier: a transaction-scoped advisory lock on its id, so two
 * officials (or a double click) cannot both take the amount due.
 */
export async function lockDossierPayments(db: Executor, dossierId: string) {
  await db
    .selectNoFrom((eb) =>
      eb
        .fn('pg_advisory_xact_lock', [
          eb.fn('hashtextextended', [eb.val(`payments:${dossierId}`), eb.lit(0)]),
        ])
        .as('l'),
    )
    .execute();
}

/** An order the gateway knows by its vnp_TxnRef: a cash order's reference never went there. */
export async function findOrderByTxnRef(db: Executor, txnRef: string) {
  return db
    .selectFrom('payment_orders')
    .selectAll()
    .where('txn_ref', '=', txnRef)
    .where('gateway', '=', 'vnpay')
    .executeTakeFirst();
}

export async function findOrder(db: Executor, id: string) {
  return db.selectFrom('payment_orders').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The order row locked for settlement: a concurrent IPN and status query settle it once. */
export async function lockOrder(db: Executor, id: string) {
  return db.selectFrom('payment_orders').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function listOrdersOfDossier(db: Executor, dossierId: string) {
  return db
    .selectFrom('payment_orders')
    .selectAll()
    .where('dossier_id', '=', dossierId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Whether the dossier already has a paid order (partial index payment_orders_paid). */
export async function hasPaidOrder(db: Executor, dossierId: string): Promise<boolean> {
  const row = await db
    .selectFrom('payment_orders')
    .select('id')
    .where('dossier_id', '=', dossierId)
    .where('status', '=', 'paid')
    .limit(1)
    .executeTakeFirst();
  return Boolean(row);
}

/** Pending orders created before `before`, oldest first: what the reconciliation asks the gateway about. */
export async function listStalePendingOrders(db: Executor, before: Date, limit: number) {
  return db
    .selectFrom('payment_orders')
    .selectAll()
    .where('status', '=', 'pending')
    .where('created_at', '<', before)
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

export async function updateOrder(
  db: Executor,
  id: string,
  values: Partial<
    Pick<
      PaymentOrderTable,
      'settled_by' | 'gateway_txn_no' | 'bank_code' | 'pay_date' | 'receipt_no' | 'receipt_size'
    > & { status: 'pending' | 'paid' | 'failed' | 'expired'; settled_at: Date; receipt_sha256: string | null }
  >,
) {
  await db
    .updateTable('payment_orders')
    .set(values as never)
    .where('id', '=', id)
    .execute();
}

/** Appends an event; false when its dedupe key was already recorded (a replay). */
export async function appendEvent(
  db: Executor,
  event: Pick<PaymentEventTable, 'order_id' | 'kind' | 'outcome' | 'dedupe_key'> & {
    data: Record<string, unknown>;
    at: Date;
  },
): Promise<boolean> {
  const row = await db
    .insertInto('payment_events')
    .values({ ...event, data: JSON.stringify(event.data) })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return Boolean(row);
}

export async function listEvents(db: Executor, orderId: string) {
  return db.selectFrom('payment_events').selectAll().where('order_id', '=', orderId).orderBy('id').execute();
}

/** The next receipt number of an agency in a year, without gaps (the counter row stays locked). */
export async function nextReceiptNumber(db: Executor, agencyId: string, year: number): Promise<number> {
  const row = await db
    .insertInto('payment_receipt_counters')
    .values({ agency_id: agencyId, year, last_no: 1 })
    .onConflict((oc) =>
      oc.columns(['agency_id', 'year']).doUpdateSet({ last_no: sql`payment_receipt_counters.last_no + 1` }),
    )
    .returning('last_no')
    .executeTakeFirstOrThrow();
  return row.last_no;
}

/** The agency's orders paid within [from, to), by settlement time: the receipts of a ledger. */
export async function listPaidOrders(db: Executor, agencyId: string, from: Date, to: Date) {
  return db
    .selectFrom('payment_orders')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'paid')
    .where('settled_at', '>=', from)
    .where('settled_at', '<', to)
    .orderBy('settled_at')
    .execute();
}
