import { expect, type Page, test } from '@playwright/test';
import { scanPng } from '../support/files';
import { uploadBirthCertificate } from './dossier-fixtures';
import { DEMO_PASSWORD, switchLanguage } from './support';

// The demo citizen Nguyễn Văn An (0900000001) lives in phường Hàm Rồng, whose People's Committee
// has the organisation id 000.31.21.H56: his dossiers are numbered 000.31.21.H56-YYMMDD-NNNN.
const CODE = /^000\.31\.21\.H56-(\d{6})-\d{4}$/;
const BIRTH = '/thu-tuc/1.001193/';

/** Today in Việt Nam as YYMMDD, as the dossier code carries it (TT 01/2018). */
function vnToday(): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })
    .format(new Date())
    .split('-');
  return `${y?.slice(2)}${m}${d}`;
}

async function fillChild(page: Page) {
  await page.getByLabel('Họ, chữ đệm, tên người được khai sinh').fill('Nguyễn Minh Khôi');
  await page.getByRole('radio', { name: 'Nam', exact: true }).check();
  await page.getByLabel('Ngày, tháng, năm sinh').fill('2026-11-20');
  await page.getByLabel('Nơi sinh').fill('Bệnh viện Đa khoa tỉnh Thanh Hóa');
  await page.getByRole('textbox', { name: 'Dân tộc', exact: true }).fill('Kinh');
  await page.getByRole('textbox', { name: 'Quốc tịch', exact: true }).fill('Việt Nam');
  await page.getByLabel('Quê quán').fill('Phường Hàm Rồng, tỉnh Thanh Hóa');
}

async function fillMother(page: Page) {
  await page.getByLabel('Họ, chữ đệm, tên của mẹ').fill('Lê Thị Bình');
  await page.getByLabel('Năm sinh của mẹ').fill('1992');
  await page.getByLabel('Dân tộc của mẹ').fill('Kinh');
  await page.getByLabel('Quốc tịch của mẹ').fill('Việt Nam');
  await page.getByLabel('Nơi cư trú của mẹ').fill('Số 12, ngõ 5, đường Đông Cương, phường Hàm Rồng');
}

test('the demo citizen registers a birth online, end to end, and finds the dossier again', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // From the procedure page: signing in is asked for, then the wizard opens where it was asked.
  await page.goto(BIRTH);
  await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng nhập');
  await page.getByLabel('Số điện thoại hoặc e-mail').fill('0900000001');
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page).toHaveURL(/\/nop-ho-so\/1\.001193\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai sinh');
  // A draft left by an earlier run is offered back; this journey starts afresh.
  const startOver = page.getByRole('button', { name: 'Xóa nháp, làm lại từ đầu' });
  if (await startOver.isVisible()) await startOver.click();

  // 1. The agency of his own commune is already chosen.
  await expect(page.getByRole('heading', { level: 2, name: 'Cơ quan tiếp nhận' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Ủy ban nhân dân phường Hàm Rồng' })).toBeChecked();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // 2. The form: what the account knows is filled in; a wrong number is explained before sending.
  await expect(page.getByRole('heading', { level: 2, name: 'Tờ khai' })).toBeFocused();
  await expect(page.getByLabel('Họ, chữ đệm, tên người yêu cầu')).toHaveValue('Nguyễn Văn An');
  await expect(page.getByLabel('Số định danh cá nhân người yêu cầu')).toHaveValue('038090012345');
  await expect(page.getByRole('textbox', { name: 'Kính gửi' })).toHaveValue(
    'Ủy ban nhân dân phường Hàm Rồng',
  );
  const motherId = page.getByLabel('Số định danh cá nhân của mẹ');
  await motherId.fill('0381920043');
  await motherId.blur();
  const vi = '«Số định danh cá nhân của mẹ» phải gồm đúng 12 chữ số (số định danh cá nhân).';
  await expect(page.getByText(vi)).toBeVisible();
  await expect(motherId).toHaveAttribute('aria-invalid', 'true');
  await switchLanguage(page, 'en');
  await expect(
    page.getByText(
      '“Personal identification number of the mother” must be exactly 12 digits (personal identification number).',
    ),
  ).toBeVisible();
  await switchLanguage(page, 'vi');
  await motherId.fill('038192004321');
  await expect(page.getByText(vi)).toBeHidden();

  // Going on with a half-filled form lists what is missing, and stays.
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /Tờ khai còn \d+ mục cần sửa/ })).toBeFocused();
  // A part left entirely blank is marked as a whole, with the server's own wording.
  await expect(page.getByRole('group', { name: 'Người được khai sinh' })).toContainText(
    '«Người được khai sinh» là thông tin bắt buộc.',
  );

  // The draft is saved as he types, and a reload brings it back.
  await fillChild(page);
  await expect
    .poll(
      async () => {
        const saved = await page.request.get('/api/v1/me/drafts/1.001193');
        return ((await saved.json()) as { formData?: { child?: { fullName?: string } } }).formData?.child
          ?.fullName;
      },
      { timeout: 15_000 },
    )
    .toBe('Nguyễn Minh Khôi');
  await expect(page.getByText(/^Đã lưu nháp lúc \d\d:\d\d$/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Đã khôi phục bản nháp bạn lưu lúc/)).toBeVisible();
  await expect(page.getByLabel('Họ, chữ đệm, tên người được khai sinh')).toHaveValue('Nguyễn Minh Khôi');
  await expect(page.getByLabel('Số định danh cá nhân của mẹ')).toHaveValue('038192004321');

  await page.getByLabel('Quan hệ với người được khai sinh').selectOption({ label: 'Cha' });
  await fillMother(page);
  await page.getByRole('checkbox', { name: /^Tôi cam đoan nội dung khai trên đây là đúng sự thật/ }).check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // 3. Papers: the e-form is the declaration; the birth certificate is uploaded with progress.
  await expect(page.getByRole('heading', { level: 2, name: 'Giấy tờ đính kèm' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Mẫu hộ tịch điện tử tương tác' })).toContainText(
    'Đã khai trên tờ khai điện tử',
  );
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  const certificate = page.getByRole('listitem').filter({ hasText: 'Giấy chứng sinh;' });
  await expect(certificate.getByText('Giấy tờ bắt buộc: hãy đính kèm tệp.')).toBeVisible();
  await uploadBirthCertificate(page);
  // A paper of several pages takes a file a page, kept in the order attached.
  const nextPage = page.waitForEvent('filechooser');
  await certificate.getByRole('button', { name: 'Thêm tệp (trang tiếp theo)' }).click();
  await (await nextPage).setFiles({
    name: 'giay-chung-sinh-trang-2.png',
    mimeType: 'image/png',
    buffer: scanPng(),
  });
  await expect(certificate.getByRole('listitem')).toHaveText([
    /giay-chung-sinh\.pdf/,
    /giay-chung-sinh-trang-2\.png/,
  ]);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // 4. Review, then send. The first answer is lost on the way back: "Gửi lại" uses the same key.
  await expect(page.getByRole('heading', { level: 2, name: 'Xem lại và nộp' })).toBeVisible();
  await expect(page.getByText('Nguyễn Minh Khôi')).toBeVisible();
  await expect(page.getByText('giay-chung-sinh.pdf')).toBeVisible();
  await expect(page.getByText('giay-chung-sinh-trang-2.png')).toBeVisible();
  const keys: string[] = [];
  await page.route('**/api/v1/dossiers', async (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    if (keys.length === 1) {
      await route.fetch(); // the server makes the dossier…
      await route.abort('connectionreset'); // …but the answer never arrives
    } else await route.continue();
  });
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expect(page.getByText('Chưa nhận được phản hồi từ máy chủ')).toBeVisible();
  await page.getByRole('button', { name: 'Gửi lại' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đã nộp hồ sơ thành công');
  expect(keys).toHaveLength(2);
  expect(keys[1]).toBe(keys[0]);
  const code = (await page.getByTestId('dossier-code').textContent())?.trim() ?? '';
  expect(code).toMatch(CODE);
  expect(CODE.exec(code)?.[1]).toBe(vnToday());
  await expect(page.getByText('Chờ tiếp nhận')).toBeVisible();

  // "Hồ sơ của tôi" lists it once (the retry made no second dossier).
  await page.getByRole('link', { name: 'Xem hồ sơ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(code);
  await expect(page.getByRole('region', { name: 'Quá trình giải quyết' })).toContainText('Nộp hồ sơ');
  await expect(page.getByRole('link', { name: 'giay-chung-sinh-trang-2.png' })).toBeVisible();
  await page.goto('/ho-so-cua-toi');
  await expect(page.getByRole('link', { name: code, exact: true })).toHaveCount(1);
  // The draft went with the submission.
  expect((await page.request.get('/api/v1/me/drafts/1.001193')).status()).toBe(404);

  // Public tracking: the code and the last 4 digits of 0900000001, nothing with other digits.
  await page.goto(`/tra-cuu-ho-so?ma=${encodeURIComponent(code)}`);
  await expect(page.getByLabel('Mã hồ sơ')).toHaveValue(code);
  const digits = page.getByLabel('4 số cuối điện thoại');
  await digits.fill('9999');
  await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
  await expect(page.getByText('Không tìm thấy hồ sơ', { exact: true })).toBeVisible();
  await expect(page.getByText('Mới đăng ký')).toHaveCount(0);
  await digits.fill('0001');
  await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
  const result = page.getByRole('region', { name: code });
  await expect(result).toContainText('Mới đăng ký');
  await expect(result).toContainText('Mã trạng thái quốc gia: 1');
  await expect(result).toContainText('Thủ tục đăng ký khai sinh');
  await expect(result).not.toContainText('Nguyễn');
});
