import type { Executor } from '../../../platform/db';

type SandboxTransaction = {
  tmn_code: string;
  txn_ref: string;
  transaction_no: string;
  amount: number;
  order_info: string;
  bank_code: string;
  response_code: string;
  transaction_status: string;
  pay_date: string;
  ipn_sent: boolean;
};

/** Records the sandbox's transaction for an order once; a second payment of the same order is refused. */
export async function insertSandboxTransaction(db: Executor, t: SandboxTransaction): Promise<boolean> {
  const row = await db
    .insertInto('payment_sandbox_transactions')
    .values(t)
    .onConflict((oc) => oc.columns(['tmn_code', 'txn_ref']).doNothing())
    .returning('txn_ref')
    .executeTakeFirst();
  return Boolean(row);
}

export async function findSandboxTransaction(db: Executor, tmnCode: string, txnRef: string) {
  return db
    .selectFrom('payment_sandbox_transactions')
    .selectAll()
    .where('tmn_code', '=', tmnCode)
    .where('txn_ref', '=', txnRef)
    .executeTakeFirst();
}

type SandboxRefund = {
  tmn_code: string;
  request_id: string;
  txn_ref: string;
  amount: number;
  transaction_type: '02' | '03';
  transaction_no: string;
  created_by: string;
};

/** Records a refund once per request id; false when that request id was already recorded. */
export async function insertSandboxRefund(db: Executor, r: SandboxRefund): Promise<boolean> {
  const row = await db
    .insertInto('payment_sandbox_refunds')
    .values(r)
    .onConflict((oc) => oc.columns(['tmn_code', 'request_id']).doNothing())
    .returning('request_id')
    .executeTakeFirst();
  return Boolean(row);
}

export async function findSandboxRefund(db: Executor, tmnCode: string, requestId: string) {
  return db
    .selectFrom('payment_sandbox_refunds')
    .selectAll()
    .where('tmn_code', '=', tmnCode)
    .where('request_id', '=', requestId)
    .executeTakeFirst();
}

/** What the sandbox has refunded of a transaction so far, in đồng. */
export async function sandboxRefunded(db: Executor, tmnCode: string, txnRef: string): Promise<number> {
  const row = await db
    .selectFrom('payment_sandbox_refunds')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('amount'), eb.lit(0)).as('total'))
    .where('tmn_code', '=', tmnCode)
    .where('txn_ref', '=', txnRef)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}
