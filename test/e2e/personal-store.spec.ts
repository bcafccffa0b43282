import { mkdirSync, readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, signInCitizen, switchLanguage, watchErrors } from './support';

// The personal data store in Vietnamese: the demo citizen opens "Kho dữ liệu của tôi" from the user
// menu, sees the electronic results the demo signed for them, downloads one and opens its
// verification page; then reads the page in English.

// axe is injected as an inline script, which the site's CSP forbids (as the a11y specs do).
test.use({ bypassCSP: true });

const SHOTS = process.env.STORE_SHOTS ?? '';

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('the demo citizen sees stored papers, downloads one and verifies it', async ({ page }) => {
  const errors = watchErrors(page);
  await signInCitizen(page, '0900000001');
  await expect(page).toHaveURL(/\/ho-so-cua-toi/);

  // From the user menu, like the other account pages.
  await page
    .getByRole('button', { name: /Tài khoản|Nguyễn/ })
    .first()
    .click();
  await page.getByRole('menuitem', { name: 'Kho dữ liệu của tôi' }).click();
  await expect(page).toHaveURL(/\/tai-khoan\/kho-du-lieu$/);
  await expect(page.getByRole('heading', { name: 'Kho dữ liệu của tôi', level: 2 })).toBeVisible();
  await expect(
    page
      .getByRole('navigation', { name: 'Mục tài khoản' })
      .getByRole('link', { name: 'Kho dữ liệu của tôi' }),
  ).toHaveAttribute('aria-current', 'page');

  const results = page.locator('tr[data-kind="result"]');
  await expect(results).toHaveCount(2);
  const first = results.first();
  await expect(first.getByText('Kết quả điện tử')).toBeVisible();
  await expect(first.getByRole('link', { name: /^Hồ sơ 000\.31\.21\.H56-\d{6}-\d{4}$/ })).toBeVisible();
  await expect(first.getByText(/Cơ quan cấp: .*Hàm Rồng/)).toBeVisible();
  await expect(first.getByText('Chưa dùng lại')).toBeVisible();
  await expect(page.getByText(/giấy tờ, mới nhất trước$/)).toBeVisible();
  await shot(page, 'store-vi');

  // The download: the signed PDF under its Vietnamese name.
  const title = (await first.locator('td').first().locator('p').textContent()) ?? '';
  expect(title).toMatch(/^Trích lục khai sinh — 000\.31\.21\.H56-/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    first.getByRole('link', { name: `Tải về ${title}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${title}.pdf`);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

  // Filtering by kind.
  await page.getByText('Kết quả điện tử (2)').click();
  await expect(results).toHaveCount(2);

  await expectNoSeriousAxeViolations(page, 'personal store');

  // The verification page the QR code of the result opens.
  await first.getByRole('link', { name: `Xác minh chữ ký số của ${title}` }).click();
  await expect(page).toHaveURL(/\/xac-minh\/[0-9a-f-]{36}\?hash=[0-9a-f]{64}$/);
  await shot(page, 'store-verify');

  await page.goBack();
  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { name: 'My data store', level: 2 })).toBeVisible();
  await expect(results.first().getByText('Electronic result')).toBeVisible();
  await expect(results.first().getByText('Not reused yet')).toBeVisible();
  await shot(page, 'store-en');
  await switchLanguage(page, 'vi');
  expect(errors).toEqual([]);
});

test('the store on a phone: each paper a card, nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInCitizen(page, '0900000001');
  await expect(page).toHaveURL(/\/ho-so-cua-toi/);
  await page.goto('/tai-khoan/kho-du-lieu');
  await expect(page.locator('tr[data-kind="result"]')).toHaveCount(2);
  const width = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(width).toBeLessThanOrEqual(0);
  await shot(page, 'store-phone');
});
