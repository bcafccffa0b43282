import { expect, test } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { signInStaff, watchErrors } from './support';

test('agency admin passes two-factor, adds an official with two roles, issues an API token and revokes it', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const stamp = Date.now().toString(36);
  // A deep link to an admin page shows the sign-in first, then the page itself.
  await signInStaff(page, 'quantri.hamrong', '/can-bo/quan-tri');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ủy ban nhân dân phường Hàm Rồng');
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('Vũ Đình Khoa');
  await expect(banner).toContainText('Ủy ban nhân dân phường Hàm Rồng');

  const tabs = page.getByRole('navigation', { name: 'Mục quản trị' });
  await tabs.getByRole('link', { name: 'Cán bộ' }).click();
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cán bộ' });
  await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(dialog.getByText('Chọn ít nhất một vai trò.')).toBeVisible();
  await dialog.getByLabel('Họ và tên').fill('Hoàng Thị Thu Trang');
  await dialog.getByLabel('Tên đăng nhập').fill(`chuyenvien.${stamp}`);
  await dialog.getByRole('button', { name: 'Tạo ngẫu nhiên' }).click();
  const password = await dialog.getByLabel('Mật khẩu ban đầu').inputValue();
  expect(password).toMatch(/^.{12,}$/);
  await dialog.getByRole('checkbox', { name: 'Chuyên viên' }).check();
  await dialog.getByRole('checkbox', { name: 'Văn thư' }).check();
  await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Đã tạo tài khoản Hoàng Thị Thu Trang (chuyenvien.${stamp}).`)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: `chuyenvien.${stamp}` });
  await expect(row).toContainText('Chuyên viên');
  await expect(row).toContainText('Văn thư');
  await expect(row).toContainText('Chưa bật');

  // Change the roles: drop "Văn thư", add "Lãnh đạo".
  await row.getByRole('button', { name: 'Phân quyền cho Hoàng Thị Thu Trang' }).click();
  const roles = page.getByRole('dialog', { name: 'Phân quyền: Hoàng Thị Thu Trang' });
  await roles.getByRole('checkbox', { name: 'Văn thư' }).uncheck();
  await roles.getByRole('checkbox', { name: 'Lãnh đạo' }).check();
  await roles.getByRole('button', { name: 'Lưu vai trò' }).click();
  await expect(roles).toBeHidden();
  await expect(row).toContainText('Lãnh đạo');
  await expect(row).not.toContainText('Văn thư');

  await tabs.getByRole('link', { name: 'Khóa API' }).click();
  await page.getByRole('button', { name: 'Cấp khóa API' }).click();
  const create = page.getByRole('dialog', { name: 'Cấp khóa API' });
  const tokenName = `Phần mềm báo cáo ${stamp}`;
  await create.getByLabel('Tên gợi nhớ').fill(tokenName);
  await create.getByRole('checkbox', { name: /Xem hồ sơ/ }).check();
  await create.getByRole('checkbox', { name: /Gửi báo cáo/ }).check();
  await create.getByRole('button', { name: 'Cấp khóa' }).click();
  const shown = page.getByRole('dialog', { name: 'Khóa API mới' });
  await expect(shown.getByText('Khóa chỉ hiển thị một lần này.', { exact: false })).toBeVisible();
  const token = (await shown.getByTestId('new-token').textContent()) ?? '';
  expect(token).toMatch(/^cst_/);
  await shown.getByRole('button', { name: 'Tôi đã lưu khóa' }).click();
  await expect(shown).toBeHidden();
  await expect(page.getByText(token)).toHaveCount(0); // never shown again

  const tokenRow = page.getByRole('row').filter({ hasText: tokenName });
  await expect(tokenRow).toContainText('Đang dùng');
  await expect(tokenRow).toContainText(token.slice(0, 10));
  await tokenRow.getByRole('button', { name: `Thu hồi khóa ${tokenName}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Thu hồi khóa API?' });
  await expect(confirm).toContainText(tokenName);
  await confirm.getByRole('button', { name: 'Thu hồi khóa' }).click();
  await expect(confirm).toBeHidden();
  await expect(tokenRow).toContainText('Đã thu hồi');
  // A revoked token no longer opens the API.
  const response = await page.request.get('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(401);

  await tabs.getByRole('link', { name: 'Đơn vị trực thuộc' }).click();
  await expect(
    page.getByRole('link', { name: 'Trung tâm Phục vụ hành chính công phường Hàm Rồng' }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('a new official turns on two-factor with the QR code and keeps the recovery codes', async ({
  page,
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const username = `motcua.${stamp}`;
  const password = `Tiep-Nhan#${stamp}`;
  // The admin of phường Hạc Thành creates the account…
  await signInStaff(page, 'quantri.hacthanh', '/can-bo/quan-tri');
  await page.getByRole('navigation', { name: 'Mục quản trị' }).getByRole('link', { name: 'Cán bộ' }).click();
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cán bộ' });
  await dialog.getByLabel('Họ và tên').fill('Lý Văn Phúc');
  await dialog.getByLabel('Tên đăng nhập').fill(username);
  await dialog.getByLabel('Mật khẩu ban đầu').fill(password);
  await dialog.getByRole('checkbox', { name: 'Cán bộ một cửa' }).check();
  await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(dialog).toBeHidden();

  // …who signs in for the first time in another browser.
  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto('/can-bo');
  await newcomer.getByLabel('Tên đăng nhập').fill(username);
  await newcomer.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await newcomer.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText('Bật xác thực hai lớp');
  await newcomer.getByRole('button', { name: 'Tạo mã QR' }).click();
  await expect(
    newcomer.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' }),
  ).toBeVisible();
  const secret = ((await newcomer.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
  const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();
  await newcomer.getByLabel('Mã 6 chữ số từ ứng dụng').fill(code);
  await newcomer.getByRole('button', { name: 'Xác nhận và bật' }).click();
  await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText('Mã khôi phục');
  await expect(newcomer.getByRole('list', { name: 'Mã khôi phục' }).getByRole('listitem')).toHaveCount(10);
  await newcomer.getByRole('button', { name: 'Tôi đã lưu các mã, tiếp tục' }).click();
  await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText('Xin chào, Lý Văn Phúc');
  // Not an administrator: no admin entry.
  await expect(
    newcomer.getByRole('navigation', { name: 'Chức năng cán bộ' }).getByRole('link', { name: 'Quản trị' }),
  ).toHaveCount(0);
  await context.close();
});
