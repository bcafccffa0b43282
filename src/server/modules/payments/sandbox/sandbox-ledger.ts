import { randomBytes, randomInt } from 'node:crypto';
import type { Executor } from '../../../platform/db';
import {
  formatVnpDate,
  hmacSha512,
  parseVnpDate,
  pipeData,
  QUERY_REQUEST_FIELDS,
  QUERY_RESPONSE_FIELDS,
  REFUND_REQUEST_FIELDS,
  REFUND_RESPONSE_FIELDS,
  sameHash,
  signedQuery,
  VNP_VERSION,
  type VnpParams,
  verifySignedParams,
} from '../lib/vnpay-protocol';
import {
  findSandboxRefund,
  findSandboxTransaction,
  insertSandboxRefund,
  insertSandboxTransaction,
  sandboxRefunded,
} from '../repo/sandbox.repo';

/**
 * The sandbox gateway's side of the VNPay 2.1.0 protocol: it checks a merchant's pay request,
 * keeps its own ledger of transactions, signs the callbacks (return URL and IPN) and answers the
 * status query. Demo mode only; it never touches the merchant's tables.
 */
export type SandboxSettings = { tmnCode: string; hashSecret: string };

export const SANDBOX_BANKS = [
  { code: 'NCB', name: 'Ngân hàng TMCP Quốc Dân (NCB)' },
  { code: 'VCB', name: 'Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)' },
  { code: 'BIDV', name: 'Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV)' },
  { code: 'VIETINBANK', name: 'Ngân hàng TMCP Công thương Việt Nam (VietinBank)' },
  { code: 'AGRIBANK', name: 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank)' },
] as const;

export type PayRequestCheck =
  | { ok: true; params: VnpParams; amount: number }
  | { ok: false; code: string; message: string };

/** Checks a pay request as the gateway would: signature, terminal, command, amount, expiry. */
export function checkPayRequest(
  params: VnpParams | undefined,
  s: SandboxSettings,
  now: Date,
): PayRequestCheck {
  if (!params || !verifySignedParams(params, s.hashSecret))
    return { ok: false, code: '97', message: 'Chữ ký không hợp lệ.' };
  if (params.vnp_TmnCode !== s.tmnCode)
    return { ok: false, code: '02', message: 'Mã website (vnp_TmnCode) không đúng.' };
  if (params.vnp_Command !== 'pay' || params.vnp_Version !== VNP_VERSION || params.vnp_CurrCode !== 'VND')
    return { ok: false, code: '03', message: 'Dữ liệu gửi sang không đúng định dạng.' };
  const raw = params.vnp_Amount ?? '';
  if (!/^[1-9]\d{2,14}$/.test(raw) || !raw.endsWith('00'))
    return { ok: false, code: '03', message: 'Số tiền không hợp lệ.' };
  if (!params.vnp_TxnRef || !params.vnp_ReturnUrl || !params.vnp_OrderInfo)
    return { ok: false, code: '03', message: 'Thiếu thông tin đơn hàng.' };
  const expires = parseVnpDate(params.vnp_ExpireDate ?? '');
  if (!expires || !parseVnpDate(params.vnp_CreateDate ?? ''))
    return { ok: false, code: '03', message: 'Thời gian tạo hoặc hết hạn không hợp lệ.' };
  if (expires.getTime() < now.getTime())
    return { ok: false, code: '11', message: 'Đã hết hạn chờ thanh toán.' };
  return { ok: true, params, amount: Number(raw) / 100 };
}

export type Outcome = 'pay' | 'pay_no_ipn' | 'cancel';

/**
 * Records the customer's choice in the sandbox ledger and returns the signed callback query (the
 * same for the return URL and the IPN); undefined when this order was already paid or cancelled.
 */
export async function recordOutcome(
  db: Executor,
  s: SandboxSettings,
  input: { params: VnpParams; amount: number; bankCode: string; outcome: Outcome; now: Date },
): Promise<string | undefined> {
  const paid = input.outcome !== 'cancel';
  const transactionNo = String(randomInt(10_000_000, 99_999_999));
  const payDate = formatVnpDate(input.now);
  const recorded = await insertSandboxTransaction(db, {
    tmn_code: s.tmnCode,
    txn_ref: input.params.vnp_TxnRef!,
    transaction_no: transactionNo,
    amount: input.amount,
    order_info: input.params.vnp_OrderInfo!,
    bank_code: input.bankCode,
    // 24: the customer cancelled; 02 is the transaction status of an unfinished payment.
    response_code: paid ? '00' : '24',
    transaction_status: paid ? '00' : '02',
    pay_date: payDate,
    ipn_sent: input.outcome !== 'pay_no_ipn',
  });
  if (!recorded) return undefined;
  return signedQuery(
    {
      vnp_Amount: input.params.vnp_Amount!,
      vnp_BankCode: input.bankCode,
      vnp_BankTranNo: paid ? `${input.bankCode}${payDate}` : '',
      vnp_CardType: 'ATM',
      vnp_OrderInfo: input.params.vnp_OrderInfo!,
      vnp_PayDate: payDate,
      vnp_ResponseCode: paid ? '00' : '24',
      vnp_TmnCode: s.tmnCode,
      vnp_TransactionNo: paid ? transactionNo : '0',
      vnp_TransactionStatus: paid ? '00' : '02',
      vnp_TxnRef: input.params.vnp_TxnRef!,
    },
    s.hashSecret,
  );
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** querydr: the merchant asks for a transaction's status (JSON in, signed JSON out). */
export async function answerQueryDr(
  db: Executor,
  s: SandboxSettings,
  body: Record<string, unknown>,
): Promise<Record<string, string>> {
  const sign = (answer: Record<string, string>) => ({
    ...answer,
    vnp_SecureHash: hmacSha512(s.hashSecret, pipeData(answer, QUERY_RESPONSE_FIELDS)),
  });
  const base = {
    vnp_ResponseId: randomBytes(16).toString('hex'),
    vnp_Command: 'querydr',
    vnp_TmnCode: s.tmnCode,
    vnp_TxnRef: text(body.vnp_TxnRef),
  };
  const received = text(body.vnp_SecureHash);
  const expected = hmacSha512(s.hashSecret, pipeData(body, QUERY_REQUEST_FIELDS));
  if (!/^[0-9a-fA-F]{128}$/.test(received) || !sameHash(expected, received))
    return sign({ ...base, vnp_ResponseCode: '97', vnp_Message: 'Invalid Checksum' });
  if (body.vnp_TmnCode !== s.tmnCode || body.vnp_Command !== 'querydr')
    return sign({ ...base, vnp_ResponseCode: '02', vnp_Message: 'Merchant is not valid' });
  const t = await findSandboxTransaction(db, s.tmnCode, text(body.vnp_TxnRef));
  if (!t) return sign({ ...base, vnp_ResponseCode: '91', vnp_Message: 'Transaction not found' });
  return sign({
    ...base,
    vnp_ResponseCode: '00',
    vnp_Message: 'QueryDR Success',
    vnp_Amount: String(Number(t.amount) * 100),
    vnp_BankCode: t.bank_code,
    vnp_PayDate: t.pay_date,
    vnp_TransactionNo: t.response_code === '00' ? t.transaction_no : '0',
    // 01: payment (as opposed to refunds).
    vnp_TransactionType: '01',
    vnp_TransactionStatus: t.transaction_status,
    vnp_OrderInfo: t.order_info,
    vnp_PromotionCode: '',
    vnp_PromotionAmount: '',
  });
}

/**
 * refund: the merchant gives back all (02) or part (03) of a paid transaction. A repeated request id
 * answers 94 with the refund it recorded; more than what is left of the payment is refused (03).
 */
export async function answerRefund(
  db: Executor,
  s: SandboxSettings,
  body: Record<string, unknown>,
): Promise<Record<string, string>> {
  const type = text(body.vnp_TransactionType);
  const base = {
    vnp_ResponseId: randomBytes(16).toString('hex'),
    vnp_Command: 'refund',
    vnp_TmnCode: s.tmnCode,
    vnp_TxnRef: text(body.vnp_TxnRef),
    vnp_Amount: text(body.vnp_Amount),
    vnp_TransactionType: type,
    vnp_OrderInfo: text(body.vnp_OrderInfo),
  };
  const answer = (code: string, message: string, more: Record<string, string> = {}) => {
    const a: Record<string, string> = { ...base, vnp_ResponseCode: code, vnp_Message: message, ...more };
    return { ...a, vnp_SecureHash: hmacSha512(s.hashSecret, pipeData(a, REFUND_RESPONSE_FIELDS)) };
  };
  const received = text(body.vnp_SecureHash);
  const expected = hmacSha512(s.hashSecret, pipeData(body, REFUND_REQUEST_FIELDS));
  if (!/^[0-9a-fA-F]{128}$/.test(received) || !sameHash(expected, received))
    return answer('97', 'Invalid Checksum');
  if (body.vnp_TmnCode !== s.tmnCode || body.vnp_Command !== 'refund')
    return answer('02', 'Merchant is not valid');
  const requestId = text(body.vnp_RequestId);
  const raw = text(body.vnp_Amount);
  if (!/^[A-Za-z0-9]{8,40}$/.test(requestId) || !/^[1-9]\d{2,14}$/.test(raw) || !raw.endsWith('00'))
    return answer('03', 'Invalid data format');
  if (type !== '02' && type !== '03') return answer('03', 'Invalid transaction type');
  const done = await findSandboxRefund(db, s.tmnCode, requestId);
  if (done)
    return answer('94', 'Refund already requested', {
      vnp_TransactionNo: done.transaction_no,
      vnp_TransactionStatus: '05',
      vnp_PayDate: formatVnpDate(new Date(done.created_at)),
    });
  const t = await findSandboxTransaction(db, s.tmnCode, text(body.vnp_TxnRef));
  if (!t) return answer('91', 'Transaction not found');
  if (t.response_code !== '00') return answer('95', 'Transaction was not successful');
  const amount = Number(raw) / 100;
  const left = Number(t.amount) - (await sandboxRefunded(db, s.tmnCode, t.txn_ref));
  if (amount > left || (type === '02') !== (amount === Number(t.amount)))
    return answer('03', 'Refund amount is not valid');
  const transactionNo = String(randomInt(10_000_000, 99_999_999));
  await insertSandboxRefund(db, {
    tmn_code: s.tmnCode,
    request_id: requestId,
    txn_ref: t.txn_ref,
    amount,
    transaction_type: type,
    transaction_no: transactionNo,
    created_by: text(body.vnp_CreateBy).slice(0, 255),
  });
  // 05: VNPAY is processing the refund (the bank credits the customer later).
  return answer('00', 'Refund Success', {
    vnp_BankCode: t.bank_code,
    vnp_PayDate: formatVnpDate(new Date()),
    vnp_TransactionNo: transactionNo,
    vnp_TransactionStatus: '05',
  });
}

/** The one endpoint of the merchant API: querydr or refund, by vnp_Command. */
export function answerMerchantApi(db: Executor, s: SandboxSettings, body: Record<string, unknown>) {
  return body.vnp_Command === 'refund' ? answerRefund(db, s, body) : answerQueryDr(db, s, body);
}
