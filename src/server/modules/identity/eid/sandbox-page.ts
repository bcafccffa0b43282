import { SANDBOX_IDENTITIES } from './sandbox-identities';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const formatDate = (iso: string) => iso.split('-').reverse().join('/');

// No script at all (the site's CSP allows none inline); the styles are inline, which it allows.
const STYLE = `body{font-family:system-ui,sans-serif;background:#f3f5f8;color:#1b1f24;margin:0;padding:24px}
main{max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px;box-shadow:0 1px 3px #0002}
h1{font-size:1.4rem;margin:0 0 8px}.warn{background:#fff4d6;border-left:4px solid #d9a400;padding:8px 12px}
ul{list-style:none;padding:0}li{border:1px solid #d0d7de;border-radius:6px;padding:12px;margin:12px 0}
button{font:inherit;padding:8px 16px;border-radius:6px;border:1px solid #b4232a;cursor:pointer}
.pick{background:#b4232a;color:#fff}.cancel{background:#fff;color:#b4232a}small{color:#57606a}`;

function layout(title: string, body: string) {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

/** The sandbox's sign-in page: the demo user chooses who to be. */
export function renderPickPage(input: { action: string; abortAction: string; siteName: string }) {
  const people = SANDBOX_IDENTITIES.map(
    (p) => `<li><strong>${escapeHtml(p.name)}</strong><br>
<small>Số định danh cá nhân: ${p.personalId} · Ngày sinh: ${formatDate(p.birthdate)} · Giới tính: ${p.gender === 'male' ? 'Nam' : 'Nữ'}</small><br>
<small>${escapeHtml(p.note)}</small><br>
<button class="pick" type="submit" name="who" value="${p.key}">Đăng nhập là ${escapeHtml(p.name)}</button></li>`,
  ).join('\n');
  return layout(
    'Định danh điện tử (thử nghiệm)',
    `<h1>Định danh điện tử — môi trường thử nghiệm</h1>
<p class="warn">Đây là nhà cung cấp định danh <strong>mô phỏng</strong> của bản trình diễn ${escapeHtml(input.siteName)},
không phải hệ thống định danh điện tử quốc gia. Chọn một người mẫu để đăng nhập vào ${escapeHtml(input.siteName)}.</p>
<form method="post" action="${escapeHtml(input.action)}"><ul>${people}</ul></form>
<form method="post" action="${escapeHtml(input.abortAction)}">
<button class="cancel" type="submit">Hủy, quay lại ${escapeHtml(input.siteName)}</button></form>`,
  );
}

export function renderErrorPage(input: { error: string; description?: string | undefined }) {
  return layout(
    'Lỗi định danh điện tử (thử nghiệm)',
    `<h1>Không thể tiếp tục đăng nhập</h1>
<p>Nhà cung cấp định danh thử nghiệm không xử lý được yêu cầu. Hãy quay lại trang đăng nhập và thử lại.</p>
<p><small>${escapeHtml(input.error)}${input.description ? `: ${escapeHtml(input.description)}` : ''}</small></p>
<p><a href="/dang-nhap">Quay lại trang đăng nhập</a></p>`,
  );
}
