import type { ColumnType, Generated } from 'kysely';
import type { FeeLine, PaymentStatus } from '../../../contracts/payments';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: objects when read, JSON text when written. */
type Json<T> = ColumnType<T, string, string>;
/** bigint columns come back as strings from pg; amounts fit in a JS number (≤ 10^11 đồng). */
type Bigint = ColumnType<string, number | string, number | string>;

export interface PaymentOrderTable {
  id: Generated<string>;
  txn_ref: string;
  dossier_id: string;
  agency_id: string;
  account_id: string | null;
  /** vnpay: paid online through the gateway; cash: taken at the one-stop desk. */
  gateway: 'vnpay' | 'cash';
  amount: Bigint;
  currency: Generated<'VND'>;
  lines: Json<FeeLine[]>;
  status: Generated<PaymentStatus>;
  created_at: Timestamp;
  /** Null for cash: it is paid the moment it is recorded. */
  expires_at: Timestamp | null;
  settled_at: Timestamp | null;
  settled_by: 'ipn' | 'query' | 'desk' | null;
  gateway_txn_no: string | null;
  bank_code: string | null;
  pay_date: string | null;
  receipt_no: string | null;
  receipt_sha256: string | null;
  receipt_size: number | null;
  collected_by: string | null;
  collector_name: string | null;
}

export interface PaymentEventTable {
  id: Generated<string>;
  order_id: string;
  kind: 'created' | 'ipn' | 'query' | 'expired' | 'cash' | 'refund';
  outcome: 'created' | 'paid' | 'failed' | 'pending' | 'expired' | 'refunded';
  dedupe_key: string;
  data: Json<Record<string, unknown>>;
  at: Timestamp;
}

export interface PaymentRefundTable {
  id: Generated<string>;
  order_id: string;
  dossier_id: string;
  agency_id: string;
  amount: Bigint;
  reason: string;
  method: 'gateway' | 'cash';
  status: Generated<'requested' | 'refunded' | 'failed'>;
  request_id: string | null;
  gateway_response_code: string | null;
  gateway_transaction_status: string | null;
  gateway_transaction_no: string | null;
  requested_by: string;
  requested_by_name: string;
  created_at: Timestamp;
  settled_at: Timestamp | null;
}

export interface PaymentSandboxRefundTable {
  tmn_code: string;
  request_id: string;
  txn_ref: string;
  amount: Bigint;
  transaction_type: '02' | '03';
  transaction_no: string;
  created_by: string;
  created_at: Generated<Date>;
}

export interface PaymentReceiptCounterTable {
  agency_id: string;
  year: number;
  last_no: number;
}

export interface PaymentSandboxTransactionTable {
  tmn_code: string;
  txn_ref: string;
  transaction_no: string;
  amount: Bigint;
  order_info: string;
  bank_code: string;
  response_code: string;
  transaction_status: string;
  pay_date: string;
  ipn_sent: boolean;
  created_at: Timestamp;
}

declare module '../../platform/db/types' {
  interface Database {
    payment_orders: PaymentOrderTable;
    payment_events: PaymentEventTable;
    payment_receipt_counters: PaymentReceiptCounterTable;
    payment_refunds: PaymentRefundTable;
    payment_sandbox_refunds: PaymentSandboxRefundTable;
    payment_sandbox_transactions: PaymentSandboxTransactionTable;
  }
}
