import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, signInCitizen, signInStaff } from './support';

// axe-core is injected as an inline script, which the server's CSP rightly forbids; bypass it for this check only.
test.use({ bypassCSP: true, reducedMotion: 'reduce' });

test('axe: the citizen’s account pages', async ({ page }) => {
  await signInCitizen(page, '0900000003', '/dang-nhap?returnTo=%2Ftai-khoan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trần Văn Cường');
  await page.waitForLoadState('networkidle');
  await expectNoSeriousAxeViolations(page, 'profile');

  await page.getByRole('combobox', { name: 'Xã, phường, đặc khu' }).fill('Hạc');
  await expect(page.getByRole('option').first()).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'profile with the commune list open');
  await page.keyboard.press('Escape');

  await page.goto('/tai-khoan/to-chuc');
  await page.getByRole('button', { name: 'Thêm tổ chức' }).click();
  await expect(page.getByLabel('Mã số thuế')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'organisations');

  await page.goto('/tai-khoan/nhat-ky-truy-cap');
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'access log');

  await page.getByRole('button', { name: 'Tài khoản: Trần Văn Cường' }).first().click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'account menu');
});

test('axe: the back office second step and administration', async ({ page }) => {
  await page.goto('/can-bo');
  await page.getByLabel('Tên đăng nhập').fill('lanhdao.hamrong');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('CuaSo@2026');
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page.getByText('Mã demo:')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'second step');

  const admin = await page.context().browser()!.newContext({ bypassCSP: true, reducedMotion: 'reduce' });
  const p = await admin.newPage();
  await signInStaff(p, 'admin', '/can-bo/quan-tri');
  await expect(p.getByRole('heading', { level: 1 })).toHaveText('Ủy ban nhân dân tỉnh Thanh Hóa');
  await p.waitForLoadState('networkidle');
  await expectNoSeriousAxeViolations(p, 'agency details');
  const tabs = p.getByRole('navigation', { name: 'Mục quản trị' });
  await tabs.getByRole('link', { name: 'Cán bộ' }).click();
  await expect(p.getByRole('row').nth(1)).toBeVisible();
  await expectNoSeriousAxeViolations(p, 'staff');
  await p.getByRole('button', { name: 'Thêm cán bộ' }).click();
  await expect(p.getByRole('dialog')).toBeVisible();
  await expectNoSeriousAxeViolations(p, 'add staff dialog');
  await p.keyboard.press('Escape');
  await tabs.getByRole('link', { name: 'Khóa API' }).click();
  await p.getByRole('button', { name: 'Cấp khóa API' }).click();
  await expect(p.getByRole('dialog')).toBeVisible();
  await expectNoSeriousAxeViolations(p, 'new API token dialog');
  await p.keyboard.press('Escape');
  await tabs.getByRole('link', { name: 'Đơn vị trực thuộc' }).click();
  await expect(p.getByRole('table')).toBeVisible();
  await expectNoSeriousAxeViolations(p, 'sub-agencies');
  await admin.close();
});
