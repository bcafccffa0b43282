import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { expectNoSidewaysScroll, FACES, signInCitizen, signInStaff } from './support';

const SCREENSHOT = fileURLToPath(new URL('../../test-results/portal-360x740.png', import.meta.url));

test.use({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true });

test('portal on a 360 px phone: no sideways scroll, burger menu, screenshot', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FACES.portal.h1.vi);
  await expect(page.getByRole('banner')).toContainText('Cửa Số');

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'page must not scroll sideways').toBeLessThanOrEqual(0);

  // The desktop navigation is hidden; the burger opens the same links in a drawer.
  await expect(page.getByRole('link', { name: 'Hồ sơ của tôi' })).toBeHidden();
  await page.screenshot({ path: SCREENSHOT });

  const burger = page.getByRole('button', { name: 'Mở menu' });
  await expect(burger).toHaveAttribute('aria-expanded', 'false');
  await burger.click();
  const drawer = page.getByRole('dialog', { name: 'Menu' });
  await expect(drawer).toBeVisible();
  await drawer.getByRole('link', { name: 'Tra cứu hồ sơ' }).click();
  await expect(drawer).toBeHidden();
  await expect(page).toHaveURL(/\/tra-cuu-ho-so$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tra cứu hồ sơ');
});

test('back office on a 360 px phone: side navigation sits behind the burger', async ({ page }) => {
  await page.goto('/can-bo');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FACES.backoffice.h1.vi);
  await expectNoSidewaysScroll(page);
  await signInStaff(page, 'quantri.quangphu');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xin chào, Tạ Minh Sơn');
  const nav = page.getByRole('navigation', { name: FACES.backoffice.nav.vi });
  await expect(nav.getByRole('link', { name: 'Hộp việc' })).not.toBeInViewport();
  // While closed, keyboard focus must not wander into the off-screen links.
  const burger = page.getByRole('button', { name: 'Mở menu' });
  await burger.focus();
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('nav')))).toBe(false);
  }
  await burger.click();
  await expect(nav.getByRole('link', { name: 'Hộp việc' })).toBeInViewport();
  await nav.getByRole('link', { name: 'Báo cáo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Báo cáo');
  await expect(nav.getByRole('link', { name: 'Hộp việc' })).not.toBeInViewport();

  // The admin tables scroll inside their panel, never the page.
  await page.goto('/can-bo/quan-tri');
  await page.getByRole('navigation', { name: 'Mục quản trị' }).getByRole('link', { name: 'Cán bộ' }).click();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test('portal account pages fit a 360 px phone', async ({ page }) => {
  await signInCitizen(page, '0900000003', '/dang-nhap?returnTo=%2Ftai-khoan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trần Văn Cường');
  // Signed in: the header shows the person (an avatar button) next to the burger.
  await expect(page.getByRole('button', { name: 'Tài khoản: Trần Văn Cường' })).toBeVisible();
  for (const path of ['/tai-khoan', '/tai-khoan/to-chuc', '/tai-khoan/nhat-ky-truy-cap', '/dang-ky']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoSidewaysScroll(page);
  }
});
