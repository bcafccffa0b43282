import { z } from 'zod';

/**
 * Fees and online payment, shared by the server and the web: what a dossier owes (line items with
 * exemptions), its payment orders and receipts, and the outcome shown after the gateway sends the
 * browser back.
 */

/**
 * Outbox topic published when a payment order is settled as paid: online (by IPN or by the status
 * query) or in cash at the desk (`settledBy: 'desk'`).
 */
export const PAYMENT_SETTLED_TOPIC = 'payment.settled';

/** Outbox topic published when money is given back: a refund the gateway accepted, or cash at the desk. */
export const PAYMENT_REFUNDED_TOPIC = 'payment.refunded';

const Localized = z.object({ vi: z.string(), en: z.string() });
const Iso = z.iso.datetime();

export const PAYMENT_STATUSES = ['pending', 'paid', 'failed', 'expired'] as const;
export const PaymentStatus = z.enum(PAYMENT_STATUSES);
export type PaymentStatus = z.infer<typeof PaymentStatus>;

export const paymentStatusInfo: Record<PaymentStatus, { vi: string; en: string }> = {
  pending: { vi: 'Đang chờ thanh toán', en: 'Awaiting payment' },
  paid: { vi: 'Đã thanh toán', en: 'Paid' },
  failed: { vi: 'Thanh toán không thành công', en: 'Payment failed' },
  expired: { vi: 'Hết hạn thanh toán', en: 'Payment expired' },
};

export const FeeLine = z.object({
  /** charge = lệ phí, fee = phí. */
  kind: z.enum(['charge', 'fee']),
  name: z.string(),
  /** What is counted: the dossier, copies, pages… */
  basis: z.string(),
  quantity: z.number().int().min(0),
  /** VND per unit before tiers and caps (the first tier). */
  unitAmount: z.number().int().min(0),
  /** VND due for this line after tiers, caps and exemptions. */
  amount: z.number().int().min(0),
  /** How the amount was reached, e.g. "2 bản × 8.000 đ". */
  detail: Localized,
  /** Set when the line is waived; the amount is then 0. */
  exemption: z.object({ reason: Localized, legalBasis: z.string() }).nullable(),
  legalBasis: z.string().nullable(),
});
export type FeeLine = z.infer<typeof FeeLine>;

export const FeeAssessment = z.object({
  currency: z.literal('VND'),
  lines: z.array(FeeLine),
  total: z.number().int().min(0),
  /** Fee rules the record could not price here (another currency, a basis the form does not give). */
  notes: z.array(Localized),
});
export type FeeAssessment = z.infer<typeof FeeAssessment>;

export const REFUND_STATUSES = ['requested', 'refunded', 'failed'] as const;
export const RefundStatus = z.enum(REFUND_STATUSES);
export type RefundStatus = z.infer<typeof RefundStatus>;

export const refundStatusInfo: Record<RefundStatus, { vi: string; en: string }> = {
  requested: { vi: 'Đang chờ cổng thanh toán xác nhận', en: 'Waiting for the gateway' },
  refunded: { vi: 'Đã hoàn trả', en: 'Refunded' },
  failed: { vi: 'Hoàn trả không thành công', en: 'Refund failed' },
};

/** Money given back for a paid order: through the gateway for an online payment, in cash at the desk. */
export const Refund = z.object({
  id: z.uuid(),
  orderId: z.uuid(),
  amount: z.number().int(),
  reason: z.string(),
  method: z.enum(['gateway', 'cash']),
  status: RefundStatus,
  statusName: Localized,
  /** The gateway's answer when it refused (vnp_ResponseCode and its meaning). */
  gatewayAnswer: z.object({ code: z.string(), message: Localized }).nullable(),
  requestedByName: z.string(),
  createdAt: Iso,
  settledAt: Iso.nullable(),
});
export type Refund = z.infer<typeof Refund>;

export const PaymentOrder = z.object({
  id: z.uuid(),
  txnRef: z.string(),
  amount: z.number().int(),
  status: PaymentStatus,
  statusName: Localized,
  /** vnpay: online through the gateway; cash: taken at the one-stop desk. */
  gateway: z.enum(['vnpay', 'cash']),
  createdAt: Iso,
  /** Null for cash, which is paid when it is recorded. */
  expiresAt: Iso.nullable(),
  settledAt: Iso.nullable(),
  settledBy: z.enum(['ipn', 'query', 'desk']).nullable(),
  /** Cash: the official who took the money. */
  collectorName: z.string().nullable(),
  bankCode: z.string().nullable(),
  gatewayTransactionNo: z.string().nullable(),
  /** Receipt number (biên lai điện tử) once paid. */
  receiptNo: z.string().nullable(),
  receiptUrl: z.string().nullable(),
  refunds: z.array(Refund),
  /** What the caller may still refund of this order (0 unless the dossier paid more than it owes). */
  refundable: z.number().int().min(0),
});
export type PaymentOrder = z.infer<typeof PaymentOrder>;

export const DossierFees = z.object({
  dossierId: z.uuid(),
  dossierCode: z.string(),
  assessment: FeeAssessment,
  /** Paid, less what was refunded or is being refunded. */
  paid: z.number().int().min(0),
  refunded: z.number().int().min(0),
  outstanding: z.number().int().min(0),
  /**
   * free: no fees; unpaid / paid: as it says; refunded: everything paid was given back; none: the
   * dossier ended without a result before anything was paid, so nothing is due.
   */
  status: z.enum(['free', 'unpaid', 'paid', 'refunded', 'none']),
  /** The applicant may pay online now (amount due, dossier still open, a gateway configured). */
  canPayOnline: z.boolean(),
  /** The caller, an official of the desk, may record the amount due as paid in cash. */
  canCollectCash: z.boolean(),
  /** The agency asked for the financial obligations (national status 6). */
  feeRequested: z.boolean(),
  orders: z.array(PaymentOrder),
});
export type DossierFees = z.infer<typeof DossierFees>;

export const StartPaymentRequest = z.object({
  /** A bank to preselect at the gateway (VNPay bank code such as NCB, VNBANK, INTCARD). */
  bankCode: z
    .string()
    .regex(/^[A-Z0-9]{2,20}$/, 'Mã ngân hàng: chữ in hoa và số / bank code: capitals and digits')
    .optional(),
  locale: z.enum(['vn', 'en']).default('vn'),
});

export const StartPaymentResponse = z.object({
  orderId: z.uuid(),
  txnRef: z.string(),
  amount: z.number().int(),
  expiresAt: Iso,
  /** Where to send the browser: the gateway's payment page with the signed request. */
  payUrl: z.string(),
});
export type StartPaymentResponse = z.infer<typeof StartPaymentResponse>;

/** An amount a form sends: whole đồng, above 0. */
const WholeDong = z
  .number()
  .int('Số tiền là số nguyên đồng / the amount is whole đồng')
  .positive('Số tiền phải lớn hơn 0 / the amount must be above 0');

/**
 * Cash taken at the desk. The amount is what the official saw due and took: when it is no longer
 * what the dossier owes (paid meanwhile, fees changed), nothing is recorded and the answer says so.
 */
export const CollectCashRequest = z.object({
  amount: WholeDong,
});
export type CollectCashRequest = z.infer<typeof CollectCashRequest>;

/**
 * A refund asked for by the desk: of one paid order, at most what the dossier paid and does not owe
 * (a second payment of the same fees; everything when it ended without a result), with the reason.
 */
export const RefundRequest = z.object({
  orderId: z.uuid(),
  amount: WholeDong,
  reason: z
    .string()
    .trim()
    .min(5, 'Lý do hoàn trả: ít nhất 5 ký tự / the reason: at least 5 characters')
    .max(500, 'Lý do hoàn trả: tối đa 500 ký tự / the reason: at most 500 characters'),
});
export type RefundRequest = z.infer<typeof RefundRequest>;

/** vnp_ResponseCode of the refund command, as the gateway documents them. */
export const VNPAY_REFUND_MESSAGES: Record<string, { vi: string; en: string }> = {
  '00': { vi: 'Cổng thanh toán đã nhận yêu cầu hoàn trả.', en: 'The gateway accepted the refund.' },
  '02': { vi: 'Mã website (TmnCode) không hợp lệ.', en: 'Invalid terminal code.' },
  '03': {
    vi: 'Dữ liệu gửi sang không đúng định dạng (số tiền hoặc kiểu hoàn trả).',
    en: 'Invalid data (amount or refund type).',
  },
  '91': {
    vi: 'Cổng thanh toán không tìm thấy giao dịch cần hoàn trả.',
    en: 'The gateway does not know the transaction.',
  },
  '94': {
    vi: 'Yêu cầu hoàn trả này đã được gửi và đang được xử lý.',
    en: 'This refund was already requested and is being processed.',
  },
  '95': {
    vi: 'Giao dịch không thành công tại cổng thanh toán; không thể hoàn trả.',
    en: 'The transaction did not succeed at the gateway; it cannot be refunded.',
  },
  '97': { vi: 'Chữ ký không hợp lệ.', en: 'Invalid signature.' },
  '99': { vi: 'Lỗi khác tại cổng thanh toán.', en: 'Another error at the gateway.' },
};

/**
 * The fee ledger of an agency (bảng kê thu phí, lệ phí) over a period: every receipt it issued and
 * every refund it gave, by time, with totals per way of payment, so the desk can hand over the day's
 * cash and the accountant can match the gateway's settlements.
 */
export const FeeLedgerEntry = z.object({
  kind: z.enum(['payment', 'refund']),
  at: Iso,
  /** The receipt of the payment (for a refund, of the payment refunded). */
  receiptNo: z.string().nullable(),
  dossierId: z.uuid(),
  dossierCode: z.string(),
  payerName: z.string(),
  method: z.enum(['vnpay', 'cash']),
  /** Who took or gave back the cash, or the gateway's transaction number. */
  handledBy: z.string().nullable(),
  gatewayTransactionNo: z.string().nullable(),
  /** VND; a refund is negative. */
  amount: z.number().int(),
  reason: z.string().nullable(),
});
export type FeeLedgerEntry = z.infer<typeof FeeLedgerEntry>;

const LedgerTotals = z.object({
  payments: z.number().int(),
  refunds: z.number().int(),
  net: z.number().int(),
});

export const FeeLedger = z.object({
  agencyId: z.uuid(),
  agencyName: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  entries: z.array(FeeLedgerEntry),
  totals: z.object({ cash: LedgerTotals, online: LedgerTotals, all: LedgerTotals }),
});
export type FeeLedger = z.infer<typeof FeeLedger>;

/** What the portal's return page shows; only the IPN or the status query settle the order. */
export const PaymentReturn = z.object({
  txnRef: z.string(),
  /** The gateway said the customer paid (vnp_ResponseCode 00 and vnp_TransactionStatus 00). */
  gatewaySuccess: z.boolean(),
  responseCode: z.string(),
  message: Localized,
  amount: z.number().int(),
  orderStatus: PaymentStatus,
  orderStatusName: Localized,
  dossierId: z.uuid(),
  dossierCode: z.string(),
});
export type PaymentReturn = z.infer<typeof PaymentReturn>;

export const IpnAnswer = z.object({ RspCode: z.string(), Message: z.string() });

/** vnp_ResponseCode of the pay command, as the gateway documents them (the ones a citizen meets). */
export const VNPAY_RESPONSE_MESSAGES: Record<string, { vi: string; en: string }> = {
  '00': { vi: 'Giao dịch thành công.', en: 'The transaction succeeded.' },
  '07': {
    vi: 'Trừ tiền thành công; giao dịch bị nghi ngờ và đang được kiểm tra.',
    en: 'Money was taken; the transaction is suspected and under review.',
  },
  '09': {
    vi: 'Thẻ/tài khoản chưa đăng ký dịch vụ Internet Banking.',
    en: 'The card or account is not registered for Internet Banking.',
  },
  '10': {
    vi: 'Xác thực thông tin thẻ/tài khoản không đúng quá 3 lần.',
    en: 'Card or account verification failed more than 3 times.',
  },
  '11': { vi: 'Đã hết hạn chờ thanh toán.', en: 'The payment window expired.' },
  '12': { vi: 'Thẻ/tài khoản bị khóa.', en: 'The card or account is locked.' },
  '13': { vi: 'Nhập sai mật khẩu xác thực giao dịch (OTP).', en: 'Wrong one-time password (OTP).' },
  '24': { vi: 'Bạn đã hủy giao dịch.', en: 'You cancelled the transaction.' },
  '51': { vi: 'Tài khoản không đủ số dư.', en: 'Insufficient balance.' },
  '65': { vi: 'Tài khoản vượt quá hạn mức giao dịch trong ngày.', en: 'Daily transaction limit exceeded.' },
  '75': { vi: 'Ngân hàng thanh toán đang bảo trì.', en: 'The bank is under maintenance.' },
  '79': { vi: 'Nhập sai mật khẩu thanh toán quá số lần quy định.', en: 'Too many wrong payment passwords.' },
  '99': { vi: 'Lỗi không xác định.', en: 'Unknown error.' },
};

/** "150.000 đ": amounts as Vietnamese write them. */
export function formatVnd(amount: number): string {
  return `${new Intl.NumberFormat('vi-VN').format(amount)} đ`;
}
