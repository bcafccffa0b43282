import { type Browser, expect, type Page, request, test } from '@playwright/test';
import { makePdf } from '../support/files';
import { act, actDone, fileBirthRegistration, findInInbox } from './dossier-fixtures';
import { expectNoSeriousAxeViolations, expectNoSidewaysScroll, signInStaff } from './support';

// The one-stop desk in Vietnamese: a dossier filed online goes from the receiver to the specialist and
// the leader; a refusal without a reason is refused in both languages.

const pageErrors: string[] = [];

async function staffPage(browser: Browser, username: string): Promise<Page> {
  // bypassCSP lets axe be injected; reducedMotion keeps dialogs from being checked mid-animation.
  const page = await (await browser.newContext({ bypassCSP: true, reducedMotion: 'reduce' })).newPage();
  page.on('pageerror', (error) => pageErrors.push(`${username}: ${error.message}`));
  await signInStaff(page, username);
  return page;
}

/** A 360 px phone: the side navigation slides away first, then the page must not scroll sideways. */
async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 360, height: 760 });
  const nav = page.getByRole('navigation', { name: 'Chức năng cán bộ' });
  await expect(nav.getByRole('link', { name: 'Hộp việc' })).not.toBeInViewport();
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(nav.getByRole('link', { name: 'Hộp việc' })).toBeInViewport();
}

/** Finds a dossier in the inbox by its code and opens it. */
async function openFromInbox(page: Page, code: string) {
  await (await findInInbox(page, code)).open();
}

test('a dossier filed online goes from the one-stop desk to the specialist and the leader', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const api = await request.newContext({ baseURL });
  const dossier = await fileBirthRegistration(api, 'Nguyễn Minh Khôi');
  const toRefuse = await fileBirthRegistration(api, 'Nguyễn Gia Hân');
  await api.dispose();

  // The receiver lands on the inbox and finds the new dossier under "Mới đăng ký".
  const receiver = await staffPage(browser, 'motcua.hamrong');
  await expect(receiver.getByRole('heading', { level: 1 })).toHaveText('Xin chào, Nguyễn Thị Hoa');
  const tabs = receiver.getByRole('navigation', { name: 'Lọc theo trạng thái' });
  await tabs.getByRole('link', { name: /^Mới đăng ký/ }).click();
  await expect(receiver).toHaveURL(/state=submitted/);
  await expect(receiver.getByRole('link', { name: dossier.code, exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(receiver, 'inbox');
  await fitsPhone(receiver);
  await openFromInbox(receiver, dossier.code);
  await expectNoSeriousAxeViolations(receiver, 'dossier');
  const header = receiver.locator('dl').first();
  await expect(receiver.getByText('Mới đăng ký', { exact: true }).first()).toBeVisible();
  await expect(header).toContainText('Chưa có hẹn trả');

  // Accepting issues the receipt (Mẫu 01) and sets the appointment.
  await actDone(receiver, 'Tiếp nhận');
  await expect(receiver.getByText('Đã tiếp nhận', { exact: true }).first()).toBeVisible();
  await expect(header).toContainText(/Hẹn trả kết quả\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
  await expect(header).toContainText(/Còn \d+ (giờ|ngày) làm việc/);
  const receipt = receiver.getByRole('link', { name: 'Xem: Giấy tiếp nhận hồ sơ và hẹn trả kết quả' });
  await expect(receipt).toBeVisible();
  const pdf = await receiver.request.get((await receipt.getAttribute('href')) ?? '');
  expect(pdf.headers()['content-type']).toBe('application/pdf');

  // …and assigns it to the specialist Trần Văn Đức (chuyenvien.hamrong).
  await act(receiver, 'Phân công xử lý', async (dialog) => {
    await dialog.getByRole('combobox', { name: 'Chuyên viên xử lý' }).click();
    await receiver.getByRole('option', { name: /Trần Văn Đức/ }).click();
  });
  await expect(receiver.getByText('Đang xử lý', { exact: true }).first()).toBeVisible();
  await expect(header).toContainText('Chuyên viên xử lýTrần Văn Đức');

  // A refusal needs a reason: without one the server's answer is shown in both languages.
  await receiver.goto(`/can-bo/ho-so/${toRefuse.id}`);
  await expect(receiver.getByRole('heading', { level: 1 })).toHaveText(toRefuse.code);
  const refusal = await act(receiver, 'Từ chối tiếp nhận');
  const problem = refusal.getByRole('alert');
  await expect(problem).toContainText('Cần ghi rõ lý do.');
  await expect(problem).toContainText('A reason is required.');
  await expect(refusal.getByText('Bắt buộc.', { exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(receiver, 'refusal dialog');
  await refusal.getByRole('button', { name: 'Hủy' }).click();
  await expect(receiver.getByText('Mới đăng ký', { exact: true }).first()).toBeVisible();
  await fitsPhone(receiver);

  // The walk-in intake page: applicant look-up, procedure, the shared e-form, scans.
  await receiver
    .getByRole('navigation', { name: 'Chức năng cán bộ' })
    .getByRole('link', { name: 'Tiếp nhận hồ sơ' })
    .click();
  await expect(receiver.getByRole('heading', { level: 1 })).toHaveText('Tiếp nhận hồ sơ');
  await receiver.getByLabel('Số định danh cá nhân').fill('038192004321');
  await receiver.getByRole('button', { name: 'Tra cứu', exact: true }).click();
  await expect(receiver.getByRole('status').filter({ hasText: 'Lê Thị Bình' })).toBeVisible();
  await receiver.getByRole('combobox', { name: 'Thủ tục hành chính' }).fill('khai sinh');
  await receiver.getByRole('option', { name: /Thủ tục đăng ký khai sinh \(1\.001193\)/ }).click();
  await expect(receiver.getByRole('heading', { name: '4. Giấy tờ quét (bản scan)' })).toBeVisible();
  await expectNoSeriousAxeViolations(receiver, 'intake');
  await receiver.context().close();

  // The specialist finds it in their inbox and sends it for approval with the draft of the result.
  const specialist = await staffPage(browser, 'chuyenvien.hamrong');
  await openFromInbox(specialist, dossier.code);
  await act(specialist, 'Trình lãnh đạo duyệt', async (dialog) => {
    await expect(dialog.getByText('Dự thảo kết quả (không bắt buộc)')).toBeVisible();
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'du-thao-trich-luc.pdf',
      mimeType: 'application/pdf',
      buffer: await makePdf('DU THAO TRICH LUC KHAI SINH', 4),
    });
    await expect(dialog.getByText('Đã lưu')).toBeVisible();
    await expectNoSeriousAxeViolations(specialist, 'propose dialog with a draft');
  });
  await expect(specialist.getByText('Chờ lãnh đạo duyệt', { exact: true }).first()).toBeVisible();
  await expect(specialist.getByRole('link', { name: 'Xem: Dự thảo kết quả giải quyết' })).toBeVisible();
  await specialist.context().close();

  // The leader approves it; signing is next (built elsewhere, offered like any other action).
  const leader = await staffPage(browser, 'lanhdao.hamrong');
  await leader
    .getByRole('navigation', { name: 'Lọc theo trạng thái' })
    .getByRole('link', { name: /^Chờ lãnh đạo duyệt/ })
    .click();
  await openFromInbox(leader, dossier.code);
  await act(leader, 'Duyệt, chuyển ký');
  await expect(leader.getByText('Chờ ký số', { exact: true }).first()).toBeVisible();
  await expect(
    leader.getByRole('group', { name: 'Thao tác với hồ sơ' }).getByRole('button', { name: 'Ký số kết quả' }),
  ).toBeVisible();
  const history = leader.getByRole('region', { name: 'Quá trình xử lý' });
  for (const step of [
    'Nộp hồ sơ',
    'Tiếp nhận',
    'Phân công xử lý',
    'Trình lãnh đạo duyệt',
    'Duyệt, chuyển ký',
  ])
    await expect(history.getByText(step, { exact: true })).toBeVisible();
  await leader.context().close();
  expect(pageErrors).toEqual([]);
});

test('the reports page counts the dossiers and downloads the dossier book', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext({ bypassCSP: true, acceptDownloads: true })).newPage();
  await signInStaff(page, 'quantri.hamrong', '/can-bo/bao-cao');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Báo cáo');
  const received = page.getByText('Hồ sơ tiếp nhận', { exact: true }).locator('xpath=..');
  await expect(received).toContainText(/Hồ sơ tiếp nhận[1-9]\d*/);
  const figures = page.getByRole('region', { name: 'Số liệu chi tiết' });
  await expect(figures.getByRole('rowheader', { name: /Thủ tục đăng ký khai sinh/ })).toBeVisible();
  await expect(figures.getByRole('row', { name: /Tổng cộng/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Thủ tục đăng ký khai sinh: Trước hạn \d+/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'reports');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải sổ theo dõi hồ sơ (Excel)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const path = await download.path();
  const { statSync, readFileSync } = await import('node:fs');
  expect(statSync(path).size).toBeGreaterThan(1000);
  // An .xlsx is a zip archive.
  expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK');
});
