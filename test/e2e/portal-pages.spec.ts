import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, expectNoSidewaysScroll, signInCitizen } from './support';

// axe-core is injected as an inline script, which the server's CSP rightly forbids; bypass it for this check only.
test.use({ bypassCSP: true, reducedMotion: 'reduce' });

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
])
  test(`the citizen’s service pages at ${viewport.width} px: axe, no sideways scroll`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    const check = async (name: string) => {
      await page.waitForLoadState('networkidle');
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page, `${name} ${viewport.width}`);
    };

    await page.goto('/tra-cuu-ho-so');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tra cứu hồ sơ');
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect(page.getByText('Vui lòng nhập đúng 4 chữ số.')).toBeVisible();
    await check('tracking');

    await signInCitizen(page, '0900000001', '/dang-nhap?returnTo=%2Fho-so-cua-toi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ của tôi');
    await expect(page.getByRole('listitem').first()).toBeVisible();
    await check('my dossiers');

    // A dossier waiting for a supplement shows the request and the upload of papers.
    const waiting = page.getByRole('listitem').filter({ hasText: 'Yêu cầu bổ sung giấy tờ' }).first();
    const open = (await waiting.count()) ? waiting : page.getByRole('listitem').first();
    await open.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Quá trình giải quyết' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Tờ khai đã nộp' })).toBeVisible();
    await check('dossier');

    // The wizard's form with every message shown.
    await page.goto('/nop-ho-so/1.001193/?buoc=to-khai');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai sinh');
    const form = page.getByRole('heading', { level: 2, name: 'Tờ khai' });
    if (!(await form.isVisible())) await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /cần sửa/ })).toBeVisible();
    await check('wizard form');
    await page.goto('/nop-ho-so/1.001193/?buoc=giay-to');
    await expect(page.getByRole('heading', { level: 2, name: 'Giấy tờ đính kèm' })).toBeVisible();
    await check('wizard papers');
  });
