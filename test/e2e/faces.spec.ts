import { expect, test } from '@playwright/test';
import { FACES, fetchSite, signInStaff, switchLanguage, watchErrors } from './support';

test.describe('citizen portal', () => {
  test('home page renders in Vietnamese with its landmarks and the agency from /api/v1/site', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const site = await fetchSite(page);
    await page.goto('/');

    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(FACES.portal.h1.vi);
    const banner = page.getByRole('banner');
    await expect(banner).toContainText(site.name);
    await expect(banner).toContainText(site.agency.name);

    const nav = page.getByRole('navigation', { name: FACES.portal.nav.vi });
    for (const name of ['Thủ tục hành chính', 'Tra cứu hồ sơ', 'Hồ sơ của tôi', 'Đăng nhập']) {
      await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Tìm thủ tục hành chính' })).toBeVisible();
    for (const service of ['Khai sinh', 'Kết hôn', 'Chứng thực', 'Hộ kinh doanh']) {
      await expect(page.getByRole('link', { name: service })).toBeVisible();
    }
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText(site.agency.name);
    await expect(footer).toContainText('Đường dây nóng');
    await expect(footer).toContainText('Phát triển trên nền tảng mã nguồn mở Cửa Số');
    await expect(page).toHaveTitle(/Cửa Số/);
    expect(errors).toEqual([]);
  });

  test('the dossier box asks for a code, then opens the tracking page for it', async ({ page }) => {
    await page.goto('/');
    const track = page.getByRole('region', { name: 'Tra cứu hồ sơ' });
    await track.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect(track.getByText('Vui lòng nhập mã hồ sơ.')).toBeVisible();

    await track.getByRole('textbox', { name: 'Mã hồ sơ' }).fill('000.00.00.H56-250701-0001');
    await track.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect(page).toHaveURL(/\/tra-cuu-ho-so\?ma=000\.00\.00\.H56-250701-0001$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tra cứu hồ sơ');
    await expect(page.getByRole('textbox', { name: 'Mã hồ sơ' })).toHaveValue('000.00.00.H56-250701-0001');
  });

  test('searching for a procedure keeps the query on the procedures page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Tìm thủ tục hành chính' }).fill('đăng ký khai sinh');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await expect(page).toHaveURL(/\/thu-tuc\?q=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục hành chính');
    await expect(page.getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' })).toHaveValue(
      'đăng ký khai sinh',
    );
    await expect(page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true })).toBeVisible();
  });
});

test('back office: every page asks to sign in, then shows the official’s own navigation', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const site = await fetchSite(page);
  await page.goto('/can-bo/hop-viec');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FACES.backoffice.h1.vi);
  await expect(page.getByRole('banner')).toContainText(site.agency.name);
  // Nothing to navigate to before signing in.
  await expect(page.getByRole('navigation', { name: FACES.backoffice.nav.vi })).toHaveCount(0);
  await expect(page.getByRole('main')).toBeVisible();
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page.getByText('Vui lòng nhập tên đăng nhập.')).toBeVisible();
  await expect(page.getByText('Vui lòng nhập mật khẩu.')).toBeVisible();

  await signInStaff(page, 'motcua.hamrong', page.url());
  // The page asked for is the page shown.
  await expect(page).toHaveURL(/\/can-bo\/hop-viec$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hộp việc');
  await expect(page.getByRole('banner')).toContainText('Nguyễn Thị Hoa');
  const nav = page.getByRole('navigation', { name: FACES.backoffice.nav.vi });
  for (const name of ['Hộp việc', 'Tiếp nhận hồ sơ', 'Ký số', 'Báo cáo']) {
    await expect(nav.getByRole('link', { name })).toBeVisible();
  }
  await expect(nav.getByRole('link', { name: 'Quản trị' })).toHaveCount(0); // a receiver is no administrator
  await expect(nav.getByRole('link', { name: 'Hộp việc' })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('button', { name: 'Tài khoản: Nguyễn Thị Hoa' }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FACES.backoffice.h1.vi);
  await expect(page.getByText('Bạn đã đăng xuất.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('operations centre is a dark dashboard with four KPI cards and no data yet', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/dieu-hanh');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FACES.ioc.h1.vi);
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(page.getByRole('banner')).toContainText('Trung tâm điều hành thông minh');
  for (const name of ['Hồ sơ tiếp nhận', 'Đúng hạn', 'Tỷ lệ ký số', 'Phản ánh hiện trường']) {
    const card = page.getByRole('region', { name, exact: true });
    await expect(card).toContainText('—');
    await expect(card).toContainText('Chưa có dữ liệu');
  }
  expect(errors).toEqual([]);
});

test('unknown addresses show the Vietnamese 404 page inside their face', async ({ page }) => {
  await page.goto('/trang-khong-ton-tai');
  await expect(page.getByRole('navigation', { name: FACES.portal.nav.vi })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  await page.getByRole('link', { name: 'Về trang chủ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FACES.portal.h1.vi);
});

for (const [face, spec] of Object.entries(FACES)) {
  test(`${face}: switching to English and back updates the page, <html lang> and survives a reload`, async ({
    page,
  }) => {
    await page.goto(spec.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(spec.h1.vi);

    await switchLanguage(page, 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(spec.h1.en);
    // The back office has no navigation before signing in.
    if (face === 'portal')
      await expect(page.getByRole('navigation', { name: FACES.portal.nav.en })).toBeVisible();
    await page.getByRole('link', { name: 'Skip to main content' }).focus();
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeVisible();

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(spec.h1.en);

    await switchLanguage(page, 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(spec.h1.vi);
  });
}

test('an API problem is shown in the reader’s language, with its request id', async ({ page }) => {
  await page.route('**/api/v1/site', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: 'urn:cuaso:problem:unavailable',
        title: 'Service unavailable',
        status: 503,
        detail: 'The service is temporarily unavailable.',
        code: 'UNAVAILABLE',
        message_vi: 'Dịch vụ tạm thời gián đoạn.',
        message_en: 'The service is temporarily unavailable.',
        request_id: 'e2e-req-1',
      }),
    }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Không tải được thông tin cơ quan.');
  await expect(alert).toContainText('Dịch vụ tạm thời gián đoạn.');
  await expect(alert).toContainText('Mã yêu cầu: e2e-req-1');
  // The page itself still works without the agency details.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FACES.portal.h1.vi);

  await switchLanguage(page, 'en');
  await expect(alert).toContainText('The service is temporarily unavailable.');
  await expect(alert).toContainText('Request id: e2e-req-1');
});
