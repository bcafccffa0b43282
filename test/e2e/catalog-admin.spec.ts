import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { expectNoSidewaysScroll, signInStaff, watchErrors } from './support';

const shot = (name: string) => fileURLToPath(new URL(`../../test-results/${name}.png`, import.meta.url));
const CODE = '1.000656';

/** The first day of next month in Vietnam, the editor's default start. */
function firstOfNextMonth(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** Data persists between runs: cancel whatever an earlier run scheduled, so the test starts clean. */
async function cancelScheduled(page: Page) {
  // The page may already have a handler from an earlier call: a dialog is accepted once.
  page.on('dialog', (dialog) => void dialog.accept().catch(() => {}));
  const cancel = page.getByRole('button', { name: /^Hủy lịch phiên bản/ });
  while ((await cancel.count()) > 0) {
    const before = await cancel.count();
    await cancel.first().click();
    await expect(cancel).toHaveCount(before - 1);
  }
}

test('the system admin schedules a new version through forms, previews the e-form, exports and imports', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await signInStaff(page, 'admin', '/can-bo/thu-tuc');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quản lý thủ tục');
  await expect(
    page.getByRole('navigation', { name: 'Chức năng cán bộ' }).getByRole('link', { name: 'Thủ tục' }),
  ).toHaveAttribute('aria-current', 'page');

  // Search without diacritics.
  await page.getByLabel('Tìm thủ tục').fill('khai tu');
  const link = page.getByRole('link', { name: 'Thủ tục đăng ký khai tử' });
  await expect(link).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(3); // header + khai tử + đăng ký lại khai tử
  await page.screenshot({ path: shot('catalog-list-1440'), fullPage: true });
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai tử');
  await cancelScheduled(page);

  // The e-form as a citizen sees it, sample data checked by the server.
  await page.getByRole('button', { name: 'Xem trước như công dân thấy' }).click();
  const preview = page.getByRole('dialog', { name: 'Xem trước biểu mẫu như công dân thấy' });
  await expect(preview.getByRole('group', { name: 'Người đã chết' })).toBeVisible();
  await preview.getByRole('button', { name: 'Kiểm tra dữ liệu mẫu' }).click();
  await expect(preview.getByText(/Dữ liệu mẫu còn \d+ lỗi/)).toBeVisible();
  await page.screenshot({ path: shot('catalog-preview-1440') });
  await preview.getByRole('button', { name: 'Đóng' }).click();

  // A new version through the forms: processing time and a fee.
  await page.getByRole('link', { name: 'Lập phiên bản mới' }).click();
  await expect(page.getByLabel('Có hiệu lực từ ngày')).toHaveValue(firstOfNextMonth());
  await page.getByLabel('Số quyết định').fill('2461/QĐ-UBND');
  await page.getByLabel('Thời hạn giải quyết').fill('3');
  await page.getByRole('button', { name: 'Thêm khoản phí' }).click();
  const fee = page.getByRole('group', { name: 'Khoản phí 2' });
  await fee.getByLabel('Tên khoản thu').fill('Phí cấp bản sao trích lục khai tử');
  const amount = fee.getByLabel('Mức thu', { exact: true });
  await amount.fill('-8000');
  await expect(fee.getByText('Số tiền không được âm')).toBeVisible();
  await page.getByRole('button', { name: 'Lưu phiên bản' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Còn 1 chỗ cần sửa' })).toBeVisible();
  await fee.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('catalog-editor-1440') });
  await amount.fill('8000');
  await expect(fee.getByText('Số tiền không được âm')).toBeHidden();
  await page.getByRole('button', { name: 'Lưu phiên bản' }).click();

  await expect(page.getByText(/Đã lập phiên bản \d+/)).toBeVisible();
  const scheduled = page.getByRole('row').filter({ hasText: 'Chờ hiệu lực' });
  await expect(scheduled).toHaveCount(1);
  await expect(scheduled).toContainText('3 ngày làm việc');
  await expect(scheduled).toContainText('2 khoản phí');
  await expect(scheduled).toContainText('2461/QĐ-UBND');
  await page.screenshot({ path: shot('catalog-procedure-1440'), fullPage: true });

  // The same start again overlaps the version just scheduled: the server's message, by the date.
  await page.getByRole('link', { name: 'Lập phiên bản mới' }).click();
  await page.getByLabel('Số quyết định').fill('2462/QĐ-UBND');
  await page.getByRole('button', { name: 'Lưu phiên bản' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Chưa lưu được phiên bản' })).toContainText(
    /Thời gian hiệu lực .* trùng với phiên bản \d+/,
  );
  await expect(page.getByText(/trùng với phiên bản/)).toHaveCount(2); // the alert and under the date
  await page.getByRole('link', { name: 'Hủy' }).click();
  await cancelScheduled(page);

  // Export, then a broken import: every row and its reason, nothing applied.
  await page.getByRole('link', { name: 'Danh mục thủ tục' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Xuất JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);

  await page.getByRole('button', { name: 'Nhập danh mục' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh mục thủ tục' });
  const broken = {
    format: 'cuaso.catalog',
    formatVersion: 1,
    fields: [],
    procedures: [
      {
        code: '1.000656',
        name: '',
        nameEn: null,
        fieldCode: 'ho-tich',
        levels: ['commune'],
        onlineServiceLevel: null,
        versions: [],
      },
    ],
  };
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'danh-muc-loi.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
  const rows = dialog.getByRole('table', { name: 'Các dòng lỗi trong tệp nhập' });
  await expect(rows).toBeVisible();
  // Row, column and the reason in Vietnamese, with the English beneath.
  const row = rows
    .getByRole('row')
    .filter({ hasText: 'Thủ tục 1.000656' })
    .filter({ hasText: '«Tên thủ tục»' });
  await expect(row).toContainText('«Tên thủ tục» không được để trống.');
  await expect(row).toContainText('“name” must not be empty.');
  await expect(rows.getByRole('row').filter({ hasText: '«Phiên bản» cần ít nhất 1 mục.' })).toBeVisible();
  await expect(rows).not.toContainText(/Too small|Invalid input|expected/);
  await expect(dialog.getByRole('alert')).toContainText(
    /Tệp nhập có lỗi ở \d+ dòng\/mục; không có thay đổi nào được áp dụng/,
  );
  await page.screenshot({ path: shot('catalog-import-1440') });
  // The refused save (409) and the refused import (400) are expected; nothing else may fail.
  expect(errors.filter((e) => !/status of (409|400)/.test(e))).toEqual([]);
});

/** The first day of the month `n` months after this one (a version's start). */
function monthStart(n: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const [y, m] = today.split('-').map(Number) as [number, number];
  const month = m - 1 + n;
  return `${y + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
}

test('an admin creates a procedure, builds its e-form in the field editor, schedules a version, previews it', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  page.on('dialog', (dialog) => void dialog.accept().catch(() => {}));
  await page.setViewportSize({ width: 1440, height: 1000 });
  // Data persists between runs: a code of its own each time.
  const code = `9.${String(Date.now() % 1_000_000).padStart(6, '0')}`;
  await signInStaff(page, 'admin', '/can-bo/thu-tuc');
  await page.getByRole('link', { name: 'Thêm thủ tục' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thêm thủ tục mới');

  // Saving too early names what is missing.
  await page.getByRole('button', { name: 'Thêm thủ tục' }).click();
  await expect(page.getByText('Mã thủ tục dạng 1.001193.')).toBeVisible();
  await expect(page.getByText('Hãy chọn lĩnh vực.')).toBeVisible();

  await page.getByLabel('Mã thủ tục').fill(code);
  await page.getByLabel('Lĩnh vực').selectOption({ label: 'Hộ tịch' });
  await page.getByLabel('Tên thủ tục').fill('Xác nhận thông tin hộ tịch (thử nghiệm)');
  await page.getByLabel('Tên tiếng Anh').fill('Confirmation of civil status information (trial)');
  await page.getByRole('combobox', { name: 'Cơ quan tiếp nhận' }).click();
  await page
    .getByRole('option', { name: /Hàm Rồng/ })
    .first()
    .click();
  await page.keyboard.press('Escape');
  await page.getByLabel('Số quyết định').fill('3001/QĐ-UBND');

  // The field editor: a list, a field shown only for one of its choices, a repeating group.
  const applicant = page.getByRole('region', { name: 'Người yêu cầu' });
  await applicant.getByRole('button', { name: 'Thêm trường', exact: true }).click();
  let dialog = page.getByRole('dialog', { name: 'Thêm trường' });
  await dialog.getByLabel('Mã trường').fill('purpose');
  await dialog.getByLabel('Loại trường').selectOption({ label: 'Danh sách chọn' });
  await dialog.getByLabel('Nhãn (tiếng Việt)').fill('Mục đích xác nhận');
  await dialog.getByLabel('Nhãn (tiếng Anh)').fill('Purpose of the confirmation');
  await dialog.getByLabel('Bắt buộc nhập').check();
  await dialog.getByLabel('Nhãn tiếng Việt').nth(0).fill('Đi làm');
  await dialog.getByLabel('Nhãn tiếng Anh').nth(0).fill('Work');
  await dialog.getByLabel('Nhãn tiếng Việt').nth(1).fill('Mục đích khác');
  await dialog.getByLabel('Nhãn tiếng Anh').nth(1).fill('Another purpose');
  await page.screenshot({ path: shot('catalog-field-dialog-1440') });
  await dialog.getByRole('button', { name: 'Thêm', exact: true }).click();
  await expect(applicant.getByText('Mục đích xác nhận')).toBeVisible();

  await applicant.getByRole('button', { name: 'Thêm trường', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Thêm trường' });
  await dialog.getByLabel('Mã trường').fill('purpose');
  await expect(dialog.getByText('Mã «purpose» đã được dùng.')).toBeVisible();
  await dialog.getByLabel('Mã trường').fill('purposeOther');
  await dialog.getByLabel('Nhãn (tiếng Việt)').fill('Mục đích khác, ghi rõ');
  await dialog.getByLabel('Nhãn (tiếng Anh)').fill('Other purpose, in detail');
  await dialog.getByLabel('Bắt buộc nhập').check();
  await dialog.getByLabel('Chỉ hiện khi một trường khác có giá trị nhất định').check();
  await dialog
    .getByLabel('Khi trường', { exact: true })
    .selectOption({ label: 'Mục đích xác nhận (purpose)' });
  await dialog.getByLabel('có giá trị', { exact: true }).selectOption({ label: 'Mục đích khác' });
  await dialog.getByRole('button', { name: 'Thêm', exact: true }).click();
  await expect(applicant.getByText('Hiện khi: Mục đích xác nhận')).toBeVisible();

  await applicant.getByRole('button', { name: 'Thêm trường', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Thêm trường' });
  await dialog.getByLabel('Mã trường').fill('residenceCommune');
  await dialog.getByLabel('Loại trường').selectOption({ label: 'Địa bàn hành chính (tỉnh, xã)' });
  await dialog.getByLabel('Nhãn (tiếng Việt)').fill('Xã, phường nơi cư trú');
  await dialog.getByLabel('Nhãn (tiếng Anh)').fill('Commune of residence');
  await dialog.getByRole('button', { name: 'Thêm', exact: true }).click();

  await applicant.getByRole('button', { name: 'Thêm nhóm lặp' }).click();
  dialog = page.getByRole('dialog', { name: 'Thêm nhóm lặp' });
  await dialog.getByLabel('Mã nhóm').fill('children');
  await dialog.getByLabel('Mã trường đầu tiên').fill('fullName');
  await dialog.getByRole('button', { name: 'Thêm', exact: true }).click();
  await applicant.getByRole('button', { name: 'Sửa Nhóm mới' }).click();
  dialog = page.getByRole('dialog', { name: 'Sửa nhóm lặp children' });
  await dialog.getByLabel('Tên nhóm (tiếng Việt)').fill('Các con chưa thành niên');
  await dialog.getByLabel('Tên nhóm (tiếng Anh)').fill('Children under 18');
  await dialog.getByLabel('Tên mỗi mục (tiếng Việt)').fill('Con');
  await dialog.getByLabel('Tên mỗi mục (tiếng Anh)').fill('Child');
  await dialog.getByLabel('Nhãn nút thêm mục (tiếng Việt)').fill('Thêm con');
  await dialog.getByLabel('Nhãn nút thêm mục (tiếng Anh)').fill('Add a child');
  await dialog.getByLabel('Số mục tối đa').fill('3');
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();

  // The live preview follows: the conditional field appears for its choice only.
  const preview = page.getByTestId('eform-live-preview');
  await expect(preview.getByLabel(/^Mục đích xác nhận/)).toBeVisible();
  await expect(preview.getByLabel(/^Mục đích khác, ghi rõ/)).toHaveCount(0);
  await preview.getByLabel(/^Mục đích xác nhận/).selectOption({ label: 'Mục đích khác' });
  await expect(preview.getByLabel(/^Mục đích khác, ghi rõ/)).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Thêm con' })).toBeVisible();
  await expect(preview.getByText('Xã, phường nơi cư trú')).toBeVisible();
  await preview.getByRole('button', { name: 'Kiểm tra dữ liệu mẫu' }).click();
  await expect(preview.getByText('«Mục đích khác, ghi rõ» là thông tin bắt buộc.')).toBeVisible();
  await page.getByRole('heading', { name: 'Biểu mẫu điện tử' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('catalog-field-editor-1440') });
  await page.screenshot({ path: shot('catalog-new-procedure-1440'), fullPage: true });

  await page.getByRole('button', { name: 'Thêm thủ tục' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xác nhận thông tin hộ tịch (thử nghiệm)');
  await expect(page.getByText(`Đã thêm thủ tục ${code} vào danh mục.`)).toBeVisible();

  // Rename it: the dialog of the procedure's own attributes.
  await page.getByRole('button', { name: 'Sửa thông tin thủ tục' }).click();
  dialog = page.getByRole('dialog', { name: `Sửa thông tin thủ tục ${code}` });
  await dialog.getByLabel('Tên thủ tục').fill('Xác nhận thông tin hộ tịch (thử nghiệm, đã sửa)');
  await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Xác nhận thông tin hộ tịch (thử nghiệm, đã sửa)',
  );

  // Version 1 is not in force yet: it can still be corrected in place.
  await page.getByRole('link', { name: 'Sửa phiên bản 1' }).click();
  await expect(page.getByLabel('Số quyết định')).toHaveValue('3001/QĐ-UBND');
  await page.getByLabel('Số quyết định').fill('3001A/QĐ-UBND');
  await page.getByRole('button', { name: 'Lưu phiên bản' }).click();
  await expect(page.getByText('Đã lưu phiên bản 1.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '3001A/QĐ-UBND' })).toHaveCount(1);

  // A second version from the month after, with one field fewer.
  await page.getByRole('link', { name: 'Lập phiên bản mới' }).click();
  await page.getByLabel('Có hiệu lực từ ngày').fill(monthStart(2));
  await page.getByLabel('Số quyết định').fill('3002/QĐ-UBND');
  await page
    .getByRole('region', { name: 'Người yêu cầu' })
    .getByRole('button', { name: 'Xóa Số điện thoại' })
    .click();
  await page.getByRole('tab', { name: 'JSON (chỉ đọc)' }).click();
  await expect(page.getByText('"purposeOther"').first()).toBeVisible();
  await expect(page.getByText('"phone"')).toHaveCount(0);
  await page.getByRole('button', { name: 'Lưu phiên bản' }).click();
  await expect(page.getByText('Đã lập phiên bản 2.', { exact: false })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Chờ hiệu lực' })).toHaveCount(2);

  await page.getByRole('button', { name: 'Xem trước như công dân thấy' }).click();
  const shown = page.getByRole('dialog', { name: 'Xem trước biểu mẫu như công dân thấy' });
  await expect(shown.getByLabel(/^Mục đích xác nhận/)).toBeVisible();
  await page.screenshot({ path: shot('catalog-new-preview-1440') });
  expect(errors).toEqual([]);
});

test('on a 360 px phone the catalogue and the editor fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInStaff(page, 'admin', `/can-bo/thu-tuc`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quản lý thủ tục');
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: shot('catalog-list-360') });
  await page.goto(`/can-bo/thu-tuc/${CODE}/phien-ban-moi`);
  await expect(page.getByLabel('Số quyết định')).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: shot('catalog-editor-360') });
  await page.getByRole('group', { name: 'Khoản phí 1' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('catalog-editor-fees-360') });
  await page.getByRole('heading', { name: 'Biểu mẫu điện tử' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('catalog-field-editor-360') });
  await page.getByRole('button', { name: 'Sửa Kính gửi' }).first().click();
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: shot('catalog-field-dialog-360') });
  await page.keyboard.press('Escape');
  await page.goto('/can-bo/thu-tuc/moi');
  await expect(page.getByLabel('Mã thủ tục')).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: shot('catalog-new-procedure-360'), fullPage: true });
});
