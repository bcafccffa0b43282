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
