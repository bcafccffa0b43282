import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The VNPay 2.1.0 wire format, shared by the merchant side (our adapter) and the sandbox gateway:
 * the pay request and its callbacks are signed with HMAC-SHA512 over the `vnp_*` parameters sorted
 * by name and form-encoded as PHP's urlencode does (the gateway's reference code), without
 * vnp_SecureHash and vnp_SecureHashType; querydr signs its fields joined by "|" in a fixed order.
 */
export const VNP_VERSION = '2.1.0';

/** PHP urlencode: every byte except A–Z a–z 0–9 - _ . is %XX (upper case), and a space is "+". */
export function formEncode(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

export type VnpParams = Record<string, string>;

/** The signed string: sorted `vnp_*` parameters (empty values left out), form-encoded, joined by "&". */
export function signData(params: VnpParams): string {
  return Object.keys(params)
    .filter(
      (k) => k.startsWith('vnp_') && k !== 'vnp_SecureHash' && k !== 'vnp_SecureHashType' && params[k] !== '',
    )
    .sort()
    .map((k) => `${formEncode(k)}=${formEncode(params[k]!)}`)
    .join('&');
}

export function hmacSha512(secret: string, data: string): string {
  return createHmac('sha512', secret).update(data, 'utf8').digest('hex');
}

/** The query string to send: the signed parameters plus vnp_SecureHash. */
export function signedQuery(params: VnpParams, secret: string): string {
  const data = signData(params);
  return `${data}&vnp_SecureHash=${hmacSha512(secret, data)}`;
}

/** Constant-time comparison of two hex digests (case-insensitive, as the gateway's samples compare). */
export function sameHash(expected: string, received: string): boolean {
  const a = Buffer.from(expected.toLowerCase(), 'utf8');
  const b = Buffer.from(received.toLowerCase(), 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Checks vnp_SecureHash of a callback (IPN or return URL) or of a pay request. */
export function verifySignedParams(params: VnpParams, secret: string): boolean {
  const received = params.vnp_SecureHash;
  if (!received || !/^[0-9a-fA-F]{128}$/.test(received)) return false;
  return sameHash(hmacSha512(secret, signData(params)), received);
}

/** The `vnp_*` members of a parsed query string; a repeated parameter makes the whole query invalid. */
export function vnpParamsOf(query: unknown): VnpParams | undefined {
  if (!query || typeof query !== 'object') return undefined;
  const out: VnpParams = {};
  for (const [k, v] of Object.entries(query as Record<string, unknown>)) {
    if (!k.startsWith('vnp_')) continue;
    if (typeof v !== 'string' || v.length > 1000) return undefined;
    out[k] = v;
  }
  return out;
}

/* ---------- querydr (JSON POST, fields joined by "|") ---------- */

export const QUERY_REQUEST_FIELDS = [
  'vnp_RequestId',
  'vnp_Version',
  'vnp_Command',
  'vnp_TmnCode',
  'vnp_TxnRef',
  'vnp_TransactionDate',
  'vnp_CreateDate',
  'vnp_IpAddr',
  'vnp_OrderInfo',
] as const;

export const QUERY_RESPONSE_FIELDS = [
  'vnp_ResponseId',
  'vnp_Command',
  'vnp_ResponseCode',
  'vnp_Message',
  'vnp_TmnCode',
  'vnp_TxnRef',
  'vnp_Amount',
  'vnp_BankCode',
  'vnp_PayDate',
  'vnp_TransactionNo',
  'vnp_TransactionType',
  'vnp_TransactionStatus',
  'vnp_OrderInfo',
  'vnp_PromotionCode',
  'vnp_PromotionAmount',
] as const;

/* ---------- refund (same endpoint, vnp_Command "refund") ---------- */

export const REFUND_REQUEST_FIELDS = [
  'vnp_RequestId',
  'vnp_Version',
  'vnp_Command',
  'vnp_TmnCode',
  'vnp_TransactionType',
  'vnp_TxnRef',
  'vnp_Amount',
  'vnp_TransactionNo',
  'vnp_TransactionDate',
  'vnp_CreateBy',
  'vnp_CreateDate',
  'vnp_IpAddr',
  'vnp_OrderInfo',
] as const;

/** The refund answer is signed over the query answer's fields without the promotion pair. */
export const REFUND_RESPONSE_FIELDS = QUERY_RESPONSE_FIELDS.slice(0, 13);

/** "a|b|c" over the named fields in their order; a missing field is an empty string. */
export function pipeData(body: Record<string, unknown>, fields: readonly string[]): string {
  return fields.map((f) => (body[f] === undefined || body[f] === null ? '' : String(body[f]))).join('|');
}

/* ---------- dates: yyyyMMddHHmmss in GMT+7 ---------- */

const GMT7_MS = 7 * 3_600_000;

export function formatVnpDate(at: Date): string {
  return new Date(at.getTime() + GMT7_MS).toISOString().slice(0, 19).replace(/[-T:]/g, '');
}

export function parseVnpDate(s: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, se] = m.map(Number) as [number, number, number, number, number, number, number];
  const t = Date.UTC(y, mo - 1, d, h, mi, se) - GMT7_MS;
  const back = new Date(t);
  return Number.isNaN(t) || formatVnpDate(back) !== s ? undefined : back;
}

/** vnp_OrderInfo must be Vietnamese without diacritics and without special characters. */
export function plainOrderInfo(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 .:-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 255);
}
