import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { signInStaff, switchLanguage } from './support';

// The reports page shows the QĐ 766 service indicators of the demo agency.

const SHOTS = process.env.STORE_SHOTS ?? '';

test('the leader reads the QĐ 766 indicators on the reports page', async ({ page }) => {
  await signInStaff(page, 'lanhdao.hamrong', '/can-bo/bao-cao');
  const section = page.getByRole('region', { name: 'Chỉ số phục vụ (QĐ 766)' });
  await expect(section).toBeVisible();
  // Exact figures are checked by the integration tests; here other specs may already have filed, signed
  // or paid dossiers in the same data directory, so the page is checked for each indicator's shape.
  const online = section.locator('[data-indicator="online"]');
  await expect(online).toContainText('3.3');
  await expect(online).toContainText('Hồ sơ nộp trực tuyến');
  await expect(online).toContainText(/\d+ %/);
  await expect(section.locator('[data-indicator="electronicResult"]')).toContainText(/\d+ \/ \d+/);
  await expect(section.locator('[data-indicator="paidOnline"]')).toContainText(/N\/A|\d+ \/ \d+/);
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await section.screenshot({ path: `${SHOTS}/reports-766-vi.png` });
    await page.screenshot({ path: `${SHOTS}/reports-vi.png`, fullPage: true });
  }
  await switchLanguage(page, 'en');
  await expect(page.getByRole('region', { name: 'Service indicators (Decision 766)' })).toBeVisible();
  if (SHOTS)
    await page
      .getByRole('region', { name: 'Service indicators (Decision 766)' })
      .screenshot({ path: `${SHOTS}/reports-766-en.png` });
  await switchLanguage(page, 'vi');
});
