import { expect, test } from '@playwright/test';

// Demo mode: the national eID is a sandbox provider on the same server (/sandbox/eid).
test('signing in with the national eID (sandbox) lands signed in, with the identity locked as verified', async ({
  page,
}) => {
  await page.goto('/dang-nhap?returnTo=%2Ftai-khoan');
  await page.getByRole('link', { name: 'Đăng nhập bằng tài khoản định danh điện tử' }).click();
  await page.getByRole('button', { name: 'Đăng nhập là Phạm Thị Dung' }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phạm Thị Dung');
  await expect(page.getByText('Đã xác thực qua định danh điện tử')).toBeVisible();
  await expect(page.getByLabel('Số định danh cá nhân')).toHaveValue('038195001122');
  await expect(page.getByLabel('Số định danh cá nhân')).toHaveAttribute('readonly', '');
  await expect(page.getByLabel('Họ và tên')).toHaveAttribute('readonly', '');
});

test('cancelling at the national eID comes back to the sign-in page with the reason', async ({ page }) => {
  await page.goto('/dang-nhap');
  await page.getByRole('link', { name: 'Đăng nhập bằng tài khoản định danh điện tử' }).click();
  await page.getByRole('button', { name: /Hủy, quay lại/ }).click();
  await expect(page).toHaveURL(/\/dang-nhap\?eid_error=access_denied$/);
  await expect(page.getByRole('alert')).toContainText(
    'Bạn đã hủy đăng nhập bằng tài khoản định danh điện tử.',
  );
});
