import { randomBytes } from 'node:crypto';
import type { Callback, PaymentGateway, QueryTransport, RefundAnswer, StatusAnswer } from './gateway';
import {
  formatVnpDate,
  hmacSha512,
  pipeData,
  QUERY_REQUEST_FIELDS,
  QUERY_RESPONSE_FIELDS,
  REFUND_REQUEST_FIELDS,
  REFUND_RESPONSE_FIELDS,
  sameHash,
  signedQuery,
  VNP_VERSION,
  verifySignedParams,
} from './vnpay-protocol';

export type VnpaySettings = {
  kind: 'vnpay' | 'sandbox';
  tmnCode: string;
  hashSecret: string;
  payUrl: string;
  queryUrl: string;
};

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** The answer's signature over `fields`, with our terminal code in its place whatever it echoes. */
function answerVerified(
  answer: Record<string, unknown>,
  fields: readonly string[],
  tmnCode: string,
  secret: string,
) {
  const received = str(answer.vnp_SecureHash);
  const expected = hmacSha512(secret, pipeData({ ...answer, vnp_TmnCode: tmnCode }, fields));
  return /^[0-9a-fA-F]{128}$/.test(received) && sameHash(expected, received);
}

/** The VNPay 2.1.0 adapter: pay redirect, IPN/return checks, querydr, refund. */
export function vnpayGateway(settings: VnpaySettings, transport: QueryTransport): PaymentGateway {
  const { tmnCode, hashSecret } = settings;
  return {
    kind: settings.kind,
    tmnCode,
    payUrl(r) {
      const params: Record<string, string> = {
        vnp_Version: VNP_VERSION,
        vnp_Command: 'pay',
        vnp_TmnCode: tmnCode,
        vnp_Amount: String(r.amount * 100),
        vnp_CurrCode: 'VND',
        vnp_TxnRef: r.txnRef,
        vnp_OrderInfo: r.orderInfo,
        // 250000 would be "bill payment"; "other" is what the gateway accepts without a category contract.
        vnp_OrderType: 'other',
        vnp_Locale: r.locale,
        vnp_ReturnUrl: r.returnUrl,
        vnp_IpAddr: r.ipAddr,
        vnp_CreateDate: formatVnpDate(r.createdAt),
        vnp_ExpireDate: formatVnpDate(r.expiresAt),
        ...(r.bankCode ? { vnp_BankCode: r.bankCode } : {}),
      };
      return `${settings.payUrl}?${signedQuery(params, hashSecret)}`;
    },
    verifyCallback(params): Callback | undefined {
      if (!verifySignedParams(params, hashSecret)) return undefined;
      const raw = params.vnp_Amount ?? '';
      const amount = /^\d{1,15}$/.test(raw) && raw.endsWith('00') ? Number(raw) / 100 : Number.NaN;
      const responseCode = str(params.vnp_ResponseCode);
      const transactionStatus = str(params.vnp_TransactionStatus);
      return {
        tmnCode: str(params.vnp_TmnCode),
        txnRef: str(params.vnp_TxnRef),
        amount,
        responseCode,
        transactionStatus,
        transactionNo: str(params.vnp_TransactionNo),
        bankCode: str(params.vnp_BankCode),
        payDate: str(params.vnp_PayDate),
        success: responseCode === '00' && transactionStatus === '00',
      };
    },
    async queryStatus(q): Promise<StatusAnswer> {
      const now = new Date();
      const body: Record<string, string> = {
        // Unique per request and day, as the gateway requires.
        vnp_RequestId: `${formatVnpDate(now)}${randomBytes(4).toString('hex')}`,
        vnp_Version: VNP_VERSION,
        vnp_Command: 'querydr',
        vnp_TmnCode: tmnCode,
        vnp_TxnRef: q.txnRef,
        vnp_TransactionDate: formatVnpDate(q.transactionDate),
        vnp_CreateDate: formatVnpDate(now),
        vnp_IpAddr: q.ipAddr,
        vnp_OrderInfo: q.orderInfo,
      };
      body.vnp_SecureHash = hmacSha512(hashSecret, pipeData(body, QUERY_REQUEST_FIELDS));
      const answer = await transport(settings.queryUrl, body);
      const rawAmount = str(answer.vnp_Amount);
      return {
        verified:
          answerVerified(answer, QUERY_RESPONSE_FIELDS, tmnCode, hashSecret) &&
          str(answer.vnp_TxnRef) === q.txnRef,
        responseCode: str(answer.vnp_ResponseCode),
        transactionStatus: str(answer.vnp_TransactionStatus),
        amount: /^\d{1,15}$/.test(rawAmount) ? Number(rawAmount) / 100 : Number.NaN,
        transactionNo: str(answer.vnp_TransactionNo),
        bankCode: str(answer.vnp_BankCode),
        payDate: str(answer.vnp_PayDate),
        message: str(answer.vnp_Message),
      };
    },
    async refund(r): Promise<RefundAnswer> {
      const body: Record<string, string> = {
        vnp_RequestId: r.requestId,
        vnp_Version: VNP_VERSION,
        vnp_Command: 'refund',
        vnp_TmnCode: tmnCode,
        vnp_TransactionType: r.full ? '02' : '03',
        vnp_TxnRef: r.txnRef,
        vnp_Amount: String(r.amount * 100),
        vnp_TransactionNo: r.transactionNo,
        vnp_TransactionDate: formatVnpDate(r.transactionDate),
        vnp_CreateBy: r.createdBy,
        vnp_CreateDate: formatVnpDate(new Date()),
        vnp_IpAddr: r.ipAddr,
        vnp_OrderInfo: r.orderInfo,
      };
      body.vnp_SecureHash = hmacSha512(hashSecret, pipeData(body, REFUND_REQUEST_FIELDS));
      const answer = await transport(settings.queryUrl, body);
      return {
        verified:
          answerVerified(answer, REFUND_RESPONSE_FIELDS, tmnCode, hashSecret) &&
          str(answer.vnp_TxnRef) === r.txnRef,
        responseCode: str(answer.vnp_ResponseCode),
        transactionStatus: str(answer.vnp_TransactionStatus),
        transactionNo: str(answer.vnp_TransactionNo),
        message: str(answer.vnp_Message),
      };
    },
  };
}
