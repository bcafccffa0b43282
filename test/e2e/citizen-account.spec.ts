import { expect, test } from '@playwright/test';
import { signInCitizen, switchLanguage, watchErrors } from './support';

// Demo citizen Nguyễn Văn An: số định danh 038090012345 (male, born 1990), lives in phường Hàm Rồng.
const AN = { login: '0900000001', name: 'Nguyễn Văn An' };

test('a wrong password gets the bilingual message and nothing else', async ({ page }) => {
  await signInCitizen(page, '0999999999');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await expect(page).toHaveURL(/\/dang-nhap/);
  await switchLanguage(page, 'en');
  await expect(alert).toContainText('The login or password is incorrect.');
  await switchLanguage(page, 'vi');
});

test('citizen signs in, corrects the profile after a refused birth year, and reads the access log', async ({
  page,
}) => {
  const errors = watchErrors(page);
  // Asking for a page behind sign-in comes back to it afterwards.
  await page.goto('/tai-khoan');
  await expect(page).toHaveURL(/\/dang-nhap\?returnTo=%2Ftai-khoan$/);
  await signInCitizen(page, AN.login, page.url());
  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(page.getByRole('banner')).toContainText(AN.name);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AN.name);

  const dob = page.getByLabel('Ngày sinh');
  const original = await dob.inputValue();
  await dob.fill('1991-03-15');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  // The server checks the number against the birth year and answers per field, in both languages.
  const fieldError = 'Năm sinh trong số định danh không khớp với ngày sinh.';
  await expect(page.locator('.mantine-InputWrapper-error', { hasText: fieldError })).toBeVisible();
  await expect(dob).toHaveAttribute('aria-invalid', 'true');
  await switchLanguage(page, 'en');
  await expect(
    page.getByText('The birth year in the number does not match the date of birth.').first(),
  ).toBeVisible();
  await switchLanguage(page, 'vi');

  // Fix it (to another day of 1990, so there is always something to save).
  await dob.fill(original === '1990-03-15' ? '1990-03-16' : '1990-03-15');
  await expect(dob).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu thông tin của bạn.' })).toBeVisible();

  // The identification number is checked while typing.
  const personalId = page.getByLabel('Số định danh cá nhân');
  await personalId.fill('999090012345');
  await expect(page.getByText('Ba chữ số đầu không phải mã tỉnh nơi đăng ký khai sinh.')).toBeVisible();
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(personalId).toHaveValue('038090012345');

  // An old commune name leads to the unit it was merged into.
  const commune = page.getByRole('combobox', { name: 'Xã, phường, đặc khu' });
  await expect(commune).toHaveValue('Phường Hàm Rồng');
  await commune.fill('Đông Cương');
  await page.getByRole('option', { name: 'Phường Đông Cương (cũ) → nay thuộc Phường Hàm Rồng' }).click();
  await expect(commune).toHaveValue('Phường Hàm Rồng');
  await expect(page.getByText('Phường Đông Cương (cũ) nay thuộc Phường Hàm Rồng.')).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Mục tài khoản' })
    .getByRole('link', { name: 'Nhật ký truy cập dữ liệu' })
    .click();
  await expect(page.getByRole('heading', { name: 'Nhật ký truy cập dữ liệu của tôi' })).toBeVisible();
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'Cập nhật thông tin cá nhân' }).first()).toContainText('Bạn');
  await expect(rows.filter({ hasText: 'Cập nhật thông tin cá nhân' }).first()).toContainText('Ngày sinh');
  await expect(rows.filter({ hasText: 'Đăng nhập' }).first()).toContainText('bằng mật khẩu');
  // Times are Vietnam time, dd/mm/yyyy.
  await expect(rows.nth(1).locator('time')).toHaveText(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);

  await page
    .getByRole('button', { name: `Tài khoản: ${AN.name}` })
    .first()
    .click();
  await page.getByRole('menuitem', { name: 'Đăng xuất', exact: true }).click();
  await expect(page.getByText('Bạn đã đăng xuất.')).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đăng nhập' }),
  ).toBeVisible();
  await page.goto('/tai-khoan');
  await expect(page).toHaveURL(/\/dang-nhap\?returnTo=/);
  // The refused save (400) and the sign-in checks (401) are expected answers, not errors.
  expect(errors.filter((e) => !/status of 40[01]/.test(e))).toEqual([]);
});

test('when the session expires mid-edit, signing in again brings back the page and what was typed', async ({
  page,
  context,
}) => {
  await signInCitizen(page, '0900000002', '/dang-nhap?returnTo=%2Ftai-khoan');
  await expect(page).toHaveURL(/\/tai-khoan$/);
  const line = page.getByLabel('Số nhà, đường, thôn, tổ dân phố');
  const typed = `Số 8, đường Hàm Rồng, tổ ${Date.now() % 1000}`;
  await line.fill(typed);

  await context.clearCookies(); // the server no longer knows this browser
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page).toHaveURL(/\/dang-nhap\?returnTo=%2Ftai-khoan$/);
  await expect(page.getByText('Phiên đăng nhập đã hết hạn.')).toBeVisible();

  await page.getByLabel('Số điện thoại hoặc e-mail').fill('0900000002');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('CuaSo@2026');
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(line).toHaveValue(typed);
  await expect(page.getByText('Nội dung bạn nhập dở vẫn còn')).toBeVisible();
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu thông tin của bạn.')).toBeVisible();
  await page.reload();
  await expect(line).toHaveValue(typed);
});

test('a failed national eID sign-in explains itself in both languages', async ({ page }) => {
  await page.goto('/dang-nhap?eid_error=access_denied');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Bạn đã hủy đăng nhập bằng tài khoản định danh điện tử.');
  await switchLanguage(page, 'en');
  await expect(alert).toContainText('You cancelled the sign-in with the national eID.');
  await switchLanguage(page, 'vi');
  const eid = page.getByRole('link', { name: 'Đăng nhập bằng tài khoản định danh điện tử' });
  await expect(eid).toHaveAttribute('href', '/api/v1/auth/eid/start?returnTo=%2Fho-so-cua-toi');
});
