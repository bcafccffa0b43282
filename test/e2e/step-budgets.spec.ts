import { mkdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { signInStaff, switchLanguage, watchErrors } from './support';

// The internal-process editor in Vietnamese: the administrator opens it from the procedure's catalogue
// page, gives the processing step its own time, is told what is wrong, fixes it and saves.

const SHOTS = process.env.STORE_SHOTS ?? '';

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('an administrator sets the time of the processing step, with validation and the legal basis', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await signInStaff(page, 'admin', '/can-bo/thu-tuc/1.001193/');
  await page.getByRole('link', { name: 'Thời gian từng bước (quy trình nội bộ)' }).click();
  await expect(page).toHaveURL(/\/can-bo\/quy-trinh\/1\.001193\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thời gian từng bước xử lý' })).toBeVisible();
  await expect(page.locator('tr[data-step]')).toHaveCount(6);

  const step = 'Thẩm định, xử lý hồ sơ';
  const custom = page.getByRole('checkbox', { name: `Đặt thời gian riêng cho bước “${step}”` });
  if (!(await custom.isChecked())) await custom.check();
  await page.getByRole('combobox', { name: `Đơn vị thời gian của bước “${step}”` }).click();
  await page.getByRole('option', { name: 'Ngày làm việc' }).click();
  const value = page.getByRole('textbox', { name: `Thời gian của bước “${step}”` });
  await value.fill('1,5');
  const basis = page.getByLabel('Căn cứ phê duyệt quy trình nội bộ');
  await basis.fill('');
  await page.getByRole('button', { name: 'Lưu quy trình' }).click();
  await expect(page.getByText('Số ngày làm việc là số nguyên từ 0 đến 120.')).toBeVisible();
  await expect(page.getByText('Nhập căn cứ phê duyệt quy trình nội bộ.')).toBeVisible();
  await expect(page.getByText('Vui lòng sửa các ô được đánh dấu.')).toBeVisible();
  await shot(page, 'process-errors');

  await value.fill('5');
  await basis.fill('Quyết định số 123/QĐ-UBND ngày 05/3/2026 của UBND tỉnh Thanh Hóa');
  await page.getByRole('button', { name: 'Lưu quy trình' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu thời gian từng bước' })).toBeVisible();
  await shot(page, 'process-saved');

  await page.reload();
  await expect(custom).toBeChecked();
  await expect(value).toHaveValue('5');
  await expect(page.getByText(/Cập nhật lần cuối:/)).toBeVisible();

  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Time of each processing step' })).toBeVisible();
  await shot(page, 'process-en');
  await switchLanguage(page, 'vi');
  expect(errors).toEqual([]);
});
