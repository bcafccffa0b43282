/**
 * The closed set of error codes the platform answers with, their HTTP status and their messages.
 * Every expected failure is one of these; anything else is an internal error without detail.
 */
export const errorCodes = {
  VALIDATION_FAILED: {
    status: 400,
    vi: 'Dữ liệu gửi lên không hợp lệ.',
    en: 'The submitted data is not valid.',
  },
  MALFORMED_JSON: {
    status: 400,
    vi: 'Nội dung JSON không đúng cú pháp.',
    en: 'The JSON body is malformed.',
  },
  UNAUTHENTICATED: { status: 401, vi: 'Bạn cần đăng nhập.', en: 'You need to sign in.' },
  INVALID_CREDENTIALS: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'The login or password is incorrect.',
  },
  FORBIDDEN: {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  MFA_REQUIRED: {
    status: 403,
    vi: 'Bạn cần bật và xác thực hai lớp (mã TOTP) trước khi thực hiện thao tác này.',
    en: 'Set up and pass two-factor authentication (TOTP) before doing this.',
  },
  CSRF_FAILED: {
    status: 403,
    vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang.',
    en: 'The request could not be verified; please reload the page.',
  },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy.', en: 'Not found.' },
  GONE: {
    status: 410,
    vi: 'Mã hoặc liên kết đã hết hạn hoặc đã được sử dụng.',
    en: 'The code or link has expired or was already used.',
  },
  ROUTE_NOT_FOUND: {
    status: 404,
    vi: 'Không có địa chỉ API này.',
    en: 'There is no such API route.',
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    vi: 'Phương thức không được hỗ trợ.',
    en: 'Method not allowed.',
  },
  CONFLICT: {
    status: 409,
    vi: 'Thao tác xung đột với trạng thái hiện tại.',
    en: 'The request conflicts with the current state.',
  },
  INVALID_TRANSITION: {
    status: 409,
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại.',
    en: 'This action is not allowed in the current state.',
  },
  IDEMPOTENCY_MISMATCH: {
    status: 422,
    vi: 'Khóa chống gửi trùng đã được dùng cho một yêu cầu khác.',
    en: 'The Idempotency-Key was already used for a different request.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    vi: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.',
    en: 'The request body is too large.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    vi: 'Định dạng nội dung không được hỗ trợ.',
    en: 'Unsupported media type.',
  },
  LOCKED: {
    status: 423,
    vi: 'Tài khoản tạm thời bị khóa, vui lòng thử lại sau.',
    en: 'The account is temporarily locked; try again later.',
  },
  RATE_LIMITED: {
    status: 429,
    vi: 'Bạn gửi quá nhiều yêu cầu, vui lòng thử lại sau.',
    en: 'Too many requests; please try again later.',
  },
  INTERNAL: {
    status: 500,
    vi: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.',
    en: 'An internal error occurred. Please try again later.',
  },
  UNAVAILABLE: {
    status: 503,
    vi: 'Hệ thống tạm thời không sẵn sàng.',
    en: 'The service is temporarily unavailable.',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof errorCodes;
