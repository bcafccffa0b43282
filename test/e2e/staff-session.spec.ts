import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, passSecondStep, signInStaff } from './support';

test('when an official’s session expires, a dialog signs them in again and the open form keeps its input', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000); // signing in twice may wait for the next 30-second TOTP code
  await signInStaff(page, 'quantri.hamrong', '/can-bo/quan-tri');
  await page
    .getByRole('navigation', { name: 'Mục quản trị' })
    .getByRole('link', { name: 'Thông tin cơ quan' })
    .click();
  const phone = page.getByLabel('Điện thoại');
  const typed = `0237 3960 ${String(Date.now() % 1000).padStart(3, '0')}`;
  await phone.fill(typed);

  await context.clearCookies(); // the session ends on the server's side
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Đăng nhập lại để tiếp tục' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Trang bạn đang mở vẫn được giữ nguyên');
  await dialog.getByLabel('Tên đăng nhập').fill('quantri.hamrong');
  await dialog.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await dialog.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await passSecondStep(dialog, 'quantri.hamrong');
  await expect(dialog).toBeHidden();

  // Same page, same input: saving now works.
  await expect(phone).toHaveValue(typed);
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu thông tin cơ quan.')).toBeVisible();
});
