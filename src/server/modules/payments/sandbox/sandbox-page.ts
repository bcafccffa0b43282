import { formatVnd } from '../../../../contracts/payments';
import { parseVnpDate, type VnpParams } from '../lib/vnpay-protocol';
import { SANDBOX_BANKS } from './sandbox-ledger';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

// No script at all (the site's CSP allows none inline); inline styles are allowed.
const STYLE = `body{font-family:system-ui,sans-serif;background:#eef2f7;color:#1b1f24;margin:0;padding:24px}
main{max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px;box-shadow:0 1px 3px #0002}
h1{font-size:1.35rem;margin:0 0 8px;color:#005baa}.warn{background:#fff4d6;border-left:4px solid #d9a400;padding:8px 12px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 16px}dt{color:#57606a}dd{margin:0;font-weight:600}
.amount{font-size:1.5rem;color:#b4232a}fieldset{border:1px solid #d0d7de;border-radius:6px;margin:16px 0;padding:8px 12px}
label{display:block;padding:6px 0}button{font:inherit;padding:10px 18px;border-radius:6px;cursor:pointer;margin:4px 8px 4px 0}
.pay{background:#005baa;color:#fff;border:1px solid #005baa}.alt{background:#fff;color:#005baa;border:1px solid #005baa}
.cancel{background:#fff;color:#b4232a;border:1px solid #b4232a}small{color:#57606a}`;

function layout(title: string, body: string) {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="icon" href="data:,"><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

const showDate = (s: string | undefined) => {
  const d = s ? parseVnpDate(s) : undefined;
  if (!d) return '';
  const local = new Date(d.getTime() + 7 * 3_600_000).toISOString();
  return `${local.slice(11, 16)} ngày ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
};

/** The sandbox's payment page: the order, a bank to pay from, pay / pay without IPN / cancel. */
export function renderPayPage(input: {
  action: string;
  params: VnpParams;
  amount: number;
  siteName: string;
}) {
  const hidden = Object.entries(input.params)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('\n');
  const preset = input.params.vnp_BankCode;
  const banks = SANDBOX_BANKS.map(
    (b, i) =>
      `<label><input type="radio" name="bank" value="${b.code}"${
        (preset ? preset === b.code : i === 0) ? ' checked' : ''
      }> ${escapeHtml(b.name)}</label>`,
  ).join('\n');
  return layout(
    'Cổng thanh toán thử nghiệm',
    `<h1>Cổng thanh toán — môi trường thử nghiệm</h1>
<p class="warn">Đây là cổng thanh toán <strong>mô phỏng</strong> của bản trình diễn ${escapeHtml(input.siteName)}
(giao thức VNPay 2.1.0). Không có tiền thật nào được chuyển.</p>
<dl>
<dt>Đơn vị chấp nhận thanh toán</dt><dd>${escapeHtml(input.siteName)}</dd>
<dt>Mã đơn hàng</dt><dd>${escapeHtml(input.params.vnp_TxnRef ?? '')}</dd>
<dt>Nội dung</dt><dd>${escapeHtml(input.params.vnp_OrderInfo ?? '')}</dd>
<dt>Số tiền</dt><dd class="amount">${escapeHtml(formatVnd(input.amount))}</dd>
<dt>Hết hạn lúc</dt><dd>${escapeHtml(showDate(input.params.vnp_ExpireDate))}</dd>
</dl>
<form method="post" action="${escapeHtml(input.action)}">
${hidden}
<fieldset><legend>Chọn ngân hàng thanh toán</legend>
${banks}
</fieldset>
<button class="pay" type="submit" name="outcome" value="pay">Thanh toán</button>
<button class="alt" type="submit" name="outcome" value="pay_no_ipn">Thanh toán nhưng không gửi IPN</button>
<button class="cancel" type="submit" name="outcome" value="cancel">Hủy</button>
<p><small>"Thanh toán nhưng không gửi IPN" mô phỏng trường hợp cổng thanh toán không báo được kết quả về máy chủ:
đơn hàng sẽ được đối soát tự động bằng truy vấn trạng thái giao dịch (querydr).</small></p>
</form>`,
  );
}

export function renderSandboxError(input: { code: string; message: string }) {
  return layout(
    'Lỗi thanh toán (thử nghiệm)',
    `<h1>Không thể thực hiện giao dịch</h1>
<p>${escapeHtml(input.message)}</p>
<p><small>Mã lỗi: ${escapeHtml(input.code)}</small></p>
<p><a href="/ho-so-cua-toi">Quay lại Hồ sơ của tôi</a></p>`,
  );
}
