import { useCatalogueT } from '../../i18n';

/**
 * Messages of the fee panel, the payment result page (portal) and the staff fee block, Vietnamese
 * first; the same `{name}` placeholders in both languages.
 */
export const viPayment = {
  'pay.title': 'Phí, lệ phí',
  'pay.free': 'Hồ sơ này không phải nộp phí, lệ phí.',
  'pay.total': 'Tổng phải nộp',
  'pay.paid': 'Đã nộp',
  'pay.outstanding': 'Còn phải nộp',
  'pay.status.free': 'Miễn phí',
  'pay.status.unpaid': 'Chưa thanh toán',
  'pay.status.paid': 'Đã thanh toán',
  'pay.status.refunded': 'Đã hoàn trả',
  'pay.status.none': 'Không phải nộp',
  'pay.line.exempt': 'Được miễn: {reason}',
  'pay.line.basis': 'Căn cứ: {basis}',
  'pay.feeRequested':
    'Cơ quan giải quyết đã yêu cầu thực hiện nghĩa vụ tài chính. Hồ sơ được xử lý tiếp sau khi bạn nộp phí, lệ phí.',
  'pay.button': 'Thanh toán trực tuyến',
  'pay.redirecting': 'Đang chuyển đến cổng thanh toán…',
  'pay.help': 'Bạn sẽ được chuyển đến cổng thanh toán; sau khi thanh toán, biên lai điện tử có ở mục này.',
  'pay.orders': 'Lịch sử thanh toán',
  'pay.order.line': '{amount} · {method} · {status} · {time}',
  'pay.method.vnpay': 'trực tuyến',
  'pay.method.cash': 'tiền mặt tại bộ phận một cửa',
  'pay.receipt': 'Tải biên lai điện tử (PDF)',
  'pay.result.title': 'Kết quả thanh toán',
  'pay.result.checking': 'Đang kiểm tra kết quả thanh toán…',
  'pay.result.paid': 'Thanh toán thành công {amount} cho hồ sơ {code}.',
  'pay.result.pending':
    'Cổng thanh toán báo đã thanh toán {amount}; hệ thống đang chờ xác nhận từ cổng thanh toán. Hồ sơ sẽ tự cập nhật khi có xác nhận.',
  'pay.result.failed': 'Thanh toán không thành công: {message}',
  'pay.result.order': 'Mã giao dịch: {txnRef}',
  'pay.result.back': 'Xem hồ sơ {code}',
  'pay.result.invalid':
    'Kết quả trả về không hợp lệ. Vui lòng xem lại trạng thái thanh toán trong hồ sơ của bạn.',
  'pay.staff.title': 'Phí, lệ phí và thanh toán',
  'pay.staff.online': 'Đã thanh toán trực tuyến',
  'pay.staff.settledBy.ipn': 'xác nhận qua IPN',
  'pay.staff.settledBy.query': 'xác nhận qua đối soát',
  'pay.staff.cash': 'Đã thu tiền mặt',
  'pay.staff.settledBy.desk': 'người thu: {name}',
  'pay.cash.button': 'Thu tiền mặt {amount}',
  'pay.cash.title': 'Thu phí, lệ phí bằng tiền mặt',
  'pay.cash.body':
    'Ghi nhận người nộp đã nộp {amount} tiền mặt cho hồ sơ {code}. Biên lai điện tử được lập ngay, mang tên bạn là người thu tiền.',
  'pay.cash.feeRequested': 'Hồ sơ đang chờ nộp phí sẽ được chuyển xử lý tiếp.',
  'pay.cash.confirm': 'Xác nhận đã thu {amount}',
  'pay.cash.cancel': 'Hủy',
  'pay.cash.done': 'Đã thu {amount} tiền mặt, biên lai số {receiptNo}.',
  'pay.refunded': 'Đã hoàn trả',
  'pay.refund.line': 'Hoàn trả {amount} · {status} · {reason}',
  'pay.refund.by': '{name}, {time}',
  'pay.refund.button': 'Hoàn trả',
  'pay.refund.title': 'Hoàn trả phí, lệ phí',
  'pay.refund.body.gateway':
    'Yêu cầu cổng thanh toán hoàn trả cho người nộp; tiền về tài khoản ngân hàng của họ theo thời hạn của ngân hàng.',
  'pay.refund.body.cash': 'Trả lại tiền mặt cho người nộp tại bộ phận một cửa.',
  'pay.refund.of': 'Khoản thanh toán {amount}, {receiptNo}. Có thể hoàn trả tối đa {max}.',
  'pay.refund.amount': 'Số tiền hoàn trả (đồng)',
  'pay.refund.reason': 'Lý do hoàn trả',
  'pay.refund.reasonHint': 'Ví dụ: Người nộp thanh toán hai lần cho cùng một hồ sơ.',
  'pay.refund.confirm': 'Hoàn trả {amount}',
  'pay.refund.done': 'Đã hoàn trả {amount}.',
  'pay.refund.waiting': 'Đã gửi yêu cầu hoàn trả {amount}; đang chờ cổng thanh toán trả lời.',
  'pay.refund.failed': 'Cổng thanh toán từ chối hoàn trả: {message}',
} as const;

export type PaymentKey = keyof typeof viPayment;

/** The colour of a dossier's fee status tag, on the portal and in the back office. */
export const FEE_STATUS_COLOUR = {
  free: 'gray',
  unpaid: 'orange',
  paid: 'teal',
  refunded: 'gray',
  none: 'gray',
} as const;

export const enPayment: Record<PaymentKey, string> = {
  'pay.title': 'Fees and charges',
  'pay.free': 'This dossier owes no fees or charges.',
  'pay.total': 'Total due',
  'pay.paid': 'Paid',
  'pay.outstanding': 'Still to pay',
  'pay.status.free': 'Free',
  'pay.status.unpaid': 'Not paid',
  'pay.status.paid': 'Paid',
  'pay.status.refunded': 'Refunded',
  'pay.status.none': 'Nothing due',
  'pay.line.exempt': 'Waived: {reason}',
  'pay.line.basis': 'Legal basis: {basis}',
  'pay.feeRequested': 'The agency asked for the fees. Processing continues once you have paid them.',
  'pay.button': 'Pay online',
  'pay.redirecting': 'Going to the payment gateway…',
  'pay.help': 'You will be taken to the payment gateway; after paying, the electronic receipt is here.',
  'pay.orders': 'Payments',
  'pay.order.line': '{amount} · {method} · {status} · {time}',
  'pay.method.vnpay': 'online',
  'pay.method.cash': 'cash at the one-stop desk',
  'pay.receipt': 'Download the electronic receipt (PDF)',
  'pay.result.title': 'Payment result',
  'pay.result.checking': 'Checking the payment result…',
  'pay.result.paid': 'You paid {amount} for dossier {code}.',
  'pay.result.pending':
    'The gateway says you paid {amount}; we are waiting for its confirmation. The dossier updates itself once it comes.',
  'pay.result.failed': 'The payment did not go through: {message}',
  'pay.result.order': 'Order: {txnRef}',
  'pay.result.back': 'Open dossier {code}',
  'pay.result.invalid': 'The result sent back is not valid. Please check the payment status on your dossier.',
  'pay.staff.title': 'Fees and payment',
  'pay.staff.online': 'Paid online',
  'pay.staff.settledBy.ipn': 'confirmed by IPN',
  'pay.staff.settledBy.query': 'confirmed by reconciliation',
  'pay.staff.cash': 'Paid in cash',
  'pay.staff.settledBy.desk': 'taken by {name}',
  'pay.cash.button': 'Take {amount} in cash',
  'pay.cash.title': 'Fees paid in cash',
  'pay.cash.body':
    'Record that the applicant paid {amount} in cash for dossier {code}. The electronic receipt is issued at once, with you as the official who took the money.',
  'pay.cash.feeRequested': 'The dossier waiting for its fees goes back to processing.',
  'pay.cash.confirm': 'I took {amount}',
  'pay.cash.cancel': 'Cancel',
  'pay.cash.done': 'Took {amount} in cash; receipt {receiptNo}.',
  'pay.refunded': 'Refunded',
  'pay.refund.line': 'Refund of {amount} · {status} · {reason}',
  'pay.refund.by': '{name}, {time}',
  'pay.refund.button': 'Refund',
  'pay.refund.title': 'Refund fees',
  'pay.refund.body.gateway':
    "Ask the gateway to give the money back; it reaches the payer's bank account in the bank's own time.",
  'pay.refund.body.cash': 'Give the cash back to the payer at the one-stop desk.',
  'pay.refund.of': 'Payment of {amount}, {receiptNo}. At most {max} can be refunded.',
  'pay.refund.amount': 'Amount to refund (đồng)',
  'pay.refund.reason': 'Reason for the refund',
  'pay.refund.reasonHint': 'For example: the applicant paid twice for the same dossier.',
  'pay.refund.confirm': 'Refund {amount}',
  'pay.refund.done': 'Refunded {amount}.',
  'pay.refund.waiting': 'Asked the gateway to refund {amount}; waiting for its answer.',
  'pay.refund.failed': 'The gateway refused the refund: {message}',
};

const catalogue = { vi: viPayment, en: enPayment };

export function usePaymentT() {
  return useCatalogueT(catalogue);
}
