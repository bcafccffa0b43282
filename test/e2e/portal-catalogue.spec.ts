import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectNoSeriousAxeViolations, expectNoSidewaysScroll, watchErrors } from './support';

const shot = (name: string) => fileURLToPath(new URL(`../../test-results/${name}.png`, import.meta.url));

test.describe('the public catalogue', () => {
  test('a search without diacritics finds “Chứng thực…”; “khai sinh” opens the birth registration', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/thu-tuc');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục hành chính');
    const search = page.getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' });

    // Results follow the box as the person types: no button to press.
    await search.fill('chung thuc');
    await expect(page).toHaveURL(/\/thu-tuc\?q=chung\+thuc$/);
    const results = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 2 }) });
    await expect(results.getByRole('link', { name: /^Chứng thực bản sao từ bản chính/ })).toBeVisible();
    await expect(results.getByRole('link', { name: 'Chứng thực di chúc' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /Tìm thấy \d+ thủ tục/ })).toBeVisible();

    await search.fill('khai sinh');
    await results.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true }).click();
    await expect(page).toHaveURL(/\/thu-tuc\/1\.001193\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai sinh');
    for (const section of [
      'Đối tượng thực hiện',
      'Thời hạn giải quyết',
      'Phí, lệ phí',
      'Thành phần hồ sơ',
      'Kết quả giải quyết',
      'Trình tự thực hiện',
      'Cách thức và nơi nộp hồ sơ',
      'Căn cứ pháp lý',
    ])
      await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
    await expect(
      page.getByText('Hồ sơ nộp sau 15:00 được tính là tiếp nhận vào ngày làm việc tiếp theo'),
    ).toBeVisible();
    const papers = page.getByRole('region', { name: 'Thành phần hồ sơ' });
    await expect(papers.getByRole('listitem').filter({ hasText: 'Giấy chứng sinh;' })).toContainText(
      'Bắt buộc',
    );
    await expect(page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' })).toHaveAttribute(
      'href',
      '/nop-ho-so/1.001193/',
    );

    // The page survives a reload (the address keeps a slash after the code: see paths.ts).
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai sinh');
    expect(errors).toEqual([]);
  });

  test('filters narrow the list, and the home page tiles and search lead into it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /^Kết hôn/ }).click();
    await expect(page.getByRole('link', { name: 'Thủ tục đăng ký kết hôn', exact: true })).toBeVisible();

    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Tìm thủ tục hành chính' }).fill('ho kinh doanh');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await expect(page.getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' })).toHaveValue('ho kinh doanh');
    await expect(page.getByRole('link', { name: 'Đăng ký thành lập hộ kinh doanh' })).toBeVisible();

    await page.goto('/thu-tuc');
    await page.getByLabel('Lĩnh vực').selectOption({ label: 'Chứng thực (7)' });
    await expect(page).toHaveURL(/linh-vuc=chung-thuc/);
    await expect(page.getByText('Tìm thấy 7 thủ tục')).toBeVisible();
    await page
      .getByLabel('Mức độ dịch vụ công trực tuyến')
      .selectOption({ label: 'Dịch vụ công trực tuyến một phần' });
    await expect(page.getByText(/Tìm thấy [1-6] thủ tục/)).toBeVisible();
    await page.getByRole('button', { name: 'Xóa tìm kiếm và bộ lọc' }).click();
    await expect(page).toHaveURL(/\/thu-tuc$/);
  });
});

test.describe('catalogue pages are accessible and fit a phone', () => {
  test.use({ bypassCSP: true, reducedMotion: 'reduce' });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ])
    test(`axe and layout at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/thu-tuc?q=khai%20sinh');
      await expect(page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page, `catalogue ${viewport.width}`);
      await page.screenshot({ path: shot(`portal-catalogue-${viewport.width}`), fullPage: true });

      await page.goto('/thu-tuc/1.001193/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai sinh');
      await page.waitForLoadState('networkidle');
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page, `procedure ${viewport.width}`);
      await page.screenshot({ path: shot(`portal-procedure-${viewport.width}`), fullPage: true });
    });
});

test('the agency filter lists what one commune receives', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/thu-tuc');
  const select = page.getByLabel('Cơ quan tiếp nhận');
  const value = await select.locator('option', { hasText: 'Hàm Rồng' }).first().getAttribute('value');
  await select.selectOption(value!);
  await expect(page).toHaveURL(new RegExp(`co-quan=${value}`));
  await expect(page.getByRole('status').filter({ hasText: /Tìm thấy \d+ thủ tục/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xóa tìm kiếm và bộ lọc' })).toBeVisible();
  await page.screenshot({ path: shot('portal-catalogue-agency-1280') });
});

test('the precompiled e-form validator loads under the portal’s policy, which forbids eval', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const response = await page.goto('/thu-tuc/1.001193/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toContain('unsafe-eval');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai sinh');
  const procedure = await (await page.request.get('/api/v1/procedures/1.001193')).json();
  const url = procedure.currentVersion.eformValidator as string;
  // The module is fetched and evaluated by the page as a script under that policy.
  const factory = await page.evaluate(async (address) => {
    const module = await import(/* @vite-ignore */ address);
    return typeof module.default;
  }, url);
  expect(factory).toBe('function');
  expect(errors).toEqual([]);
});

test('the form is checked in the browser as the citizen types, without asking the server', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const asked: string[] = [];
  page.on('request', (r) => {
    if (/\/eform\/validate$|\/validator\.js/.test(r.url())) asked.push(new URL(r.url()).pathname);
  });
  await page.goto('/thu-tuc/1.001193/');
  await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
  await page.getByLabel('Số điện thoại hoặc e-mail').fill('0900000001');
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai sinh');
  // A draft left by an earlier run is offered back once it has loaded; this check starts afresh.
  await page.waitForLoadState('networkidle');
  const startOver = page.getByRole('button', { name: 'Xóa nháp, làm lại từ đầu' });
  if (await startOver.isVisible()) await startOver.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cơ quan tiếp nhận' })).toBeVisible();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Tờ khai' })).toBeFocused();
  const motherId = page.getByLabel('Số định danh cá nhân của mẹ');
  await motherId.fill('0381920043');
  await motherId.blur();
  const message = '«Số định danh cá nhân của mẹ» phải gồm đúng 12 chữ số (số định danh cá nhân).';
  await expect(page.getByText(message)).toBeVisible();
  await motherId.fill('038192004321');
  await expect(page.getByText(message)).toBeHidden();
  // The version's precompiled module did the checking: loaded once, and no round trip per keystroke.
  expect(asked.filter((p) => p.endsWith('validator.js'))).toHaveLength(1);
  expect(asked.filter((p) => p.endsWith('/eform/validate'))).toEqual([]);
  await page.screenshot({ path: shot('portal-form-validated-1280') });
  // The session probe before signing in (401) and the absent draft (404) are expected.
  expect(errors.filter((e) => !/status of (401|404)/.test(e))).toEqual([]);
});
