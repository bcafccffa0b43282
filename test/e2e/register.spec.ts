import { expect, test } from '@playwright/test';
import { readMailedCode } from './mail';

test('a new citizen registers with an e-mail, confirms with the mailed code and lands signed in', async ({
  page,
}) => {
  const email = `dan.${Date.now()}@example.vn`;
  const name = 'Phạm Thị Hồng Nhung';
  await page.goto('/dang-nhap');
  await page.getByRole('link', { name: 'Đăng ký tài khoản' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký tài khoản');

  await page.getByLabel('Họ và tên').fill(name);
  await page.getByText('E-mail', { exact: true }).click();
  await page.getByLabel('Địa chỉ e-mail').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill('Sen-Hong#2026');
  await page.getByLabel('Nhập lại mật khẩu').fill('Sen-Hong#2026');
  await page.getByRole('button', { name: 'Đăng ký và nhận mã' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhập mã xác nhận');
  await expect(page.getByText(`Chúng tôi đã gửi mã 6 chữ số đến ${email}.`)).toBeVisible();
  // A wrong code is refused with the server's message.
  await page.getByLabel('Mã xác nhận').fill('12');
  await page.getByRole('button', { name: 'Xác nhận và đăng nhập' }).click();
  await expect(page.getByText('Mã xác nhận gồm đúng 6 chữ số.')).toBeVisible();

  await page.getByLabel('Mã xác nhận').fill(await readMailedCode(email));
  await page.getByRole('button', { name: 'Xác nhận và đăng nhập' }).click();
  await expect(page).toHaveURL(/\/ho-so-cua-toi$/);
  await expect(page.getByText(`Chào mừng ${name}, tài khoản của bạn đã sẵn sàng.`)).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(name);

  // The session is real: the account page opens without signing in again.
  await page.goto('/tai-khoan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText(email)).toBeVisible();
});
