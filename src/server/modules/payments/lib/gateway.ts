/**
 * A payment gateway as Cửa Số uses it: build the signed redirect, check a signed callback, ask for
 * a transaction's status. One implementation speaks the VNPay 2.1.0 protocol; the sandbox gateway
 * served by Cửa Số in demo mode speaks the same protocol, so switching to a real gateway is
 * configuration only (terminal code, secret, URLs).
 */
export type PayRequest = {
  txnRef: string;
  /** VND, whole đồng. */
  amount: number;
  orderInfo: string;
  returnUrl: string;
  ipAddr: string;
  createdAt: Date;
  expiresAt: Date;
  locale: 'vn' | 'en';
  bankCode?: string | undefined;
};

/** A callback (IPN or return URL) whose signature was checked. */
export type Callback = {
  tmnCode: string;
  txnRef: string;
  /** VND, whole đồng; NaN when the gateway sent something that is not an amount. */
  amount: number;
  responseCode: string;
  transactionStatus: string;
  transactionNo: string;
  bankCode: string;
  payDate: string;
  /** Paid: both the response code and the transaction status say 00. */
  success: boolean;
};

export type StatusQuery = { txnRef: string; orderInfo: string; transactionDate: Date; ipAddr: string };

export type StatusAnswer = {
  /** The answer's signature checked out. */
  verified: boolean;
  responseCode: string;
  transactionStatus: string;
  amount: number;
  transactionNo: string;
  bankCode: string;
  payDate: string;
  message: string;
};

/** Gives back all (02) or part (03) of a paid transaction. */
export type RefundRequest = {
  /** vnp_RequestId: one per refund, the same when the refund is asked again. */
  requestId: string;
  txnRef: string;
  /** VND, whole đồng. */
  amount: number;
  full: boolean;
  transactionNo: string;
  /** When the payment order was created (its vnp_CreateDate). */
  transactionDate: Date;
  createdBy: string;
  ipAddr: string;
  orderInfo: string;
};

export type RefundAnswer = {
  /** The answer's signature checked out. */
  verified: boolean;
  /** 00 accepted; 94 this refund was already asked and is being processed; anything else refused. */
  responseCode: string;
  transactionStatus: string;
  transactionNo: string;
  message: string;
};

export interface PaymentGateway {
  readonly kind: 'vnpay' | 'sandbox';
  readonly tmnCode: string;
  payUrl(request: PayRequest): string;
  /** The checked callback, or undefined when its signature does not verify. */
  verifyCallback(params: Record<string, string>): Callback | undefined;
  queryStatus(query: StatusQuery): Promise<StatusAnswer>;
  refund(request: RefundRequest): Promise<RefundAnswer>;
}

/** Sends a querydr or refund body and returns the gateway's JSON answer. */
export type QueryTransport = (url: string, body: Record<string, string>) => Promise<Record<string, unknown>>;

/** JSON over HTTPS with a bounded wait: a gateway that hangs must not hold the reconciliation job. */
export const httpTransport: QueryTransport = async (url, body) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) throw new Error(`payment gateway answered HTTP ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
};
