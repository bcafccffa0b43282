import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { scanPng } from '../support/files';
import {
  DEMO_PASSWORD,
  expectNoSeriousAxeViolations,
  expectNoSidewaysScroll,
  signInApi,
  signInStaff,
  switchLanguage,
} from './support';

// Signing in Vietnamese: anyone verifies a signed demo result (upload and QR link), a leader signs from
// the queue in one go, a receiver certifies an electronic copy that lands in the citizen's store.

const SHOTS = process.env.SIGNING_SHOTS ?? join(tmpdir(), 'cuaso-signing-shots');
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
const HAM_RONG = '000.31.21.H56';
const CITIZEN_ID = '038090012345'; // the demo citizen Nguyễn Văn An (0900000001)

async function plainPdf(text: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText(text, { x: 60, y: 760, size: 16, font });
  return Buffer.from(await pdf.save());
}

/** The demo citizen's signed result, downloaded as he would from his dossier page. */
async function demoResult(api: APIRequestContext): Promise<Buffer> {
  await signInApi(api, '0900000001');
  const store = (await (await api.get('/api/v1/me/documents')).json()) as {
    items: { kind: string; sourceDossierId: string | null }[];
  };
  const result = store.items.find((d) => d.kind === 'result' && d.sourceDossierId);
  expect(result, 'the demo citizen has a signed result').toBeTruthy();
  const dossier = (await (await api.get(`/api/v1/dossiers/${result!.sourceDossierId}`)).json()) as {
    documents: { id: string; kind: string; signed: boolean }[];
  };
  const doc = dossier.documents.find((d) => d.kind === 'result' && d.signed);
  const file = await api.get(`/api/v1/dossiers/${result!.sourceDossierId}/documents/${doc!.id}`);
  expect(file.ok()).toBe(true);
  return Buffer.from(await file.body());
}

async function staffPage(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ bypassCSP: true, reducedMotion: 'reduce' })).newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInStaff(page, username);
  return page;
}

async function csrf(page: Page): Promise<string> {
  return ((await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string }).csrfToken;
}

const verifyInput = (page: Page) => page.getByLabel('Tệp PDF cần xác minh');

test('anyone verifies a signed demo result by upload and by the QR link, without signing in', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(90_000);
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const pdf = await demoResult(api);
  // bypassCSP lets axe be injected.
  const page = await (await browser.newContext({ bypassCSP: true, reducedMotion: 'reduce' })).newPage();
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Xác minh văn bản' })
    .click();
  await expect(page).toHaveURL(/\/xac-minh$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xác minh văn bản điện tử có chữ ký số');
  await expect(page.getByText('Chỉ nhận tệp PDF, tối đa 20 MB.', { exact: false })).toBeVisible();
  await shot(page, '01-verify-empty');

  // Refused before any upload: not a PDF, an empty file.
  await verifyInput(page).setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: scanPng() });
  await expect(page.getByRole('alert')).toContainText('không phải PDF');
  await verifyInput(page).setInputFiles({
    name: 'rong.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(0),
  });
  await expect(page.getByRole('alert')).toContainText('rỗng (0 byte)');

  // The signed result: the leader's signature and the agency seal both pass, with the registered record.
  await verifyInput(page).setInputFiles({ name: 'ket-qua.pdf', mimeType: 'application/pdf', buffer: pdf });
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toContainText('Tất cả 2 chữ ký hợp lệ');
  await expect(verdict).toHaveAttribute('data-valid', 'true');
  const signatures = page.getByTestId('signature-report');
  await expect(signatures).toHaveCount(2);
  for (const s of await signatures.all())
    await expect(s.getByTestId('indication')).toHaveText('Hợp lệ (PASSED)');
  await expect(signatures.first()).toContainText('PAdES B-T (có dấu thời gian)');
  await expect(signatures.first()).toContainText('Chưa bị thu hồi');
  await expect(signatures.first()).toContainText('Chứng thư gốc tin cậy');
  await expect(page.getByTestId('registered-record')).toContainText('Kết quả giải quyết thủ tục hành chính');
  await expect(page.getByTestId('record-status')).toHaveText('Đã ký, đang có hiệu lực');
  await expect(page.getByText('đúng là phiên bản mới nhất')).toBeVisible();
  await shot(page, '02-verify-upload-result');
  await expectNoSeriousAxeViolations(page, 'verify result');

  // A phone: the report reflows to one column and nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 760 });
  await expectNoSidewaysScroll(page);
  await shot(page, '02b-verify-upload-result-phone');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The same page in English.
  await switchLanguage(page, 'en');
  await expect(verdict).toContainText('All 2 signatures are valid');
  await expect(signatures.first().getByTestId('indication')).toHaveText('Valid (PASSED)');
  await shot(page, '03-verify-upload-result-en');
  await switchLanguage(page, 'vi');

  // The QR link: opened directly (the server's page fallback serves the app), the hash matches.
  await page.getByRole('link', { name: /Mở trang thông tin của văn bản/ }).click();
  await expect(page).toHaveURL(/\/xac-minh\/[0-9a-f-]{36}\?hash=[0-9a-f]{64}$/);
  const qrUrl = page.url();
  const fresh = await await page.context().newPage();
  await fresh.goto(qrUrl);
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('Xác minh qua mã QR');
  await expect(fresh.getByTestId('link-match')).toHaveText(
    'Mã băm trong liên kết khớp với văn bản đã đăng ký.',
  );
  await expect(fresh.getByTestId('registered-record')).toContainText('Ủy ban nhân dân phường Hàm Rồng');
  await expect(fresh.getByTestId('verdict')).toHaveAttribute('data-valid', 'true');
  await expect(fresh.getByRole('link', { name: 'Tải bản đã ký (PDF)' })).toBeVisible();
  await shot(fresh, '04-verify-qr-link');

  // A link whose hash does not match the registered document finds nothing.
  await fresh.goto(qrUrl.replace(/hash=[0-9a-f]{64}/, `hash=${'0'.repeat(64)}`));
  await expect(fresh.getByTestId('link-not-found')).toContainText('Không tìm thấy văn bản');
  await shot(fresh, '05-verify-qr-bad-hash');

  // An unsigned PDF: no signature, said plainly.
  await page.goto('/xac-minh');
  await verifyInput(page).setInputFiles({
    name: 'khong-ky.pdf',
    mimeType: 'application/pdf',
    buffer: await plainPdf('Van ban chua ky'),
  });
  await expect(page.getByTestId('verdict')).toContainText('Tệp không có chữ ký số');
  await shot(page, '06-verify-unsigned');
  await api.dispose();
});

test('a leader signs two documents from the queue in one go, then verifies one', async ({ browser }) => {
  test.setTimeout(120_000);
  const leader = await staffPage(browser, 'lanhdao.hamrong');
  const token = await csrf(leader);
  const agencies = (await (await leader.request.get('/api/v1/agencies')).json()) as {
    items: { id: string; orgId: string }[];
  };
  const agencyId = agencies.items.find((a) => a.orgId === HAM_RONG)!.id;
  const run = randomUUID().slice(0, 8);
  const titles = [`Quyết định khen thưởng ${run}`, `Công văn triệu tập họp ${run}`];
  for (const title of titles) {
    const res = await leader.request.post('/api/v1/documents', {
      headers: { 'x-csrf-token': token },
      multipart: {
        agencyId,
        kind: 'official_document',
        title,
        steps: 'official',
        file: { name: 'van-ban.pdf', mimeType: 'application/pdf', buffer: await plainPdf(title) },
      },
    });
    expect(res.status(), await res.text()).toBe(201);
  }

  await leader.goto('/can-bo/ky-so');
  await expect(leader).toHaveURL(/\/can-bo\/ky-so\/cho-ky$/);
  await expect(leader.getByRole('heading', { level: 1 })).toHaveText('Chữ ký số và chứng thực');
  const queue = leader.getByTestId('signing-queue');
  for (const title of titles) {
    await expect(queue).toContainText(title);
    await leader.getByRole('checkbox', { name: `Chọn: ${title}` }).check();
  }
  await shot(leader, '10-queue-selected');
  await leader.getByRole('button', { name: 'Ký số (2)' }).click();
  const outcomes = leader.getByTestId('sign-outcomes');
  await expect(outcomes.getByText('Đã ký xong — văn bản có hiệu lực')).toHaveCount(2, { timeout: 30_000 });
  await expect(leader.getByText('Đã ký 2 văn bản, lỗi 0.')).toBeVisible();
  for (const title of titles) await expect(queue.getByText(title)).toHaveCount(0);
  await shot(leader, '11-queue-signed');
  await expectNoSeriousAxeViolations(leader, 'signing queue');

  const verifyHref = await outcomes
    .getByRole('link', { name: `Xác minh văn bản ${titles[0]}` })
    .getAttribute('href');
  const anon = await (await browser.newContext()).newPage();
  await anon.goto(verifyHref!);
  await expect(anon.getByTestId('link-match')).toBeVisible();
  await expect(anon.getByTestId('registered-record')).toContainText(titles[0]!);
  await expect(anon.getByTestId('verdict')).toHaveAttribute('data-valid', 'true');
  await expect(anon.getByTestId('signature-report')).toContainText('Lê');
  await shot(anon, '11b-signed-document-record');

  // Revoked (e.g. issued by mistake): the QR page says so at once.
  const docId = /\/xac-minh\/([0-9a-f-]{36})\?/.exec(verifyHref!)![1]!;
  const revoked = await leader.request.post(`/api/v1/documents/${docId}/revoke`, {
    headers: { 'x-csrf-token': token },
    data: { reason: 'Ban hành nhầm đối tượng' },
  });
  expect(revoked.ok(), await revoked.text()).toBe(true);
  await anon.reload();
  await expect(anon.getByTestId('record-status')).toHaveText('Đã bị thu hồi');
  await expect(anon.getByText(/Văn bản đã bị thu hồi lúc .*Lý do: Ban hành nhầm đối tượng/)).toBeVisible();
  await expect(anon.getByTestId('withdrawn')).toContainText('không còn giá trị');
  await shot(anon, '11c-revoked-document-record');

  // My certificate and signature image.
  await leader.getByRole('link', { name: 'Chứng thư của tôi' }).click();
  await expect(leader.getByTestId('certificates')).toContainText('Đang hoạt động');
  await expect(leader.getByRole('img', { name: 'Ảnh chữ ký' })).toBeVisible();
  await shot(leader, '12-my-certificate');
  // A wrong file is refused with the server's reason, nothing stored.
  await leader.getByRole('button', { name: 'Nhập tệp .p12' }).click();
  const dialog = leader.getByRole('dialog');
  await dialog.getByTestId('p12-file').click();
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'hong.p12',
    mimeType: 'application/x-pkcs12',
    buffer: Buffer.from('không phải tệp chứng thư'),
  });
  await dialog.getByLabel('Mật khẩu của tệp').fill('sai-mat-khau');
  await dialog.getByRole('button', { name: 'Nhập chứng thư' }).click();
  await expect(dialog.getByRole('alert')).toContainText('không phải là tệp chứng thư PKCS#12');
  await shot(leader, '13-import-error');
  await dialog.getByRole('button', { name: 'Hủy' }).click();

  await leader.getByRole('link', { name: 'Con dấu cơ quan' }).click();
  await expect(leader.getByRole('img', { name: 'Ảnh con dấu' })).toBeVisible();
  await shot(leader, '14-agency-seal-readonly');

  // The reports page carries the signing rate.
  await leader.goto('/can-bo/bao-cao');
  await expect(leader.getByTestId('signing-rate')).toContainText('Ủy ban nhân dân phường Hàm Rồng');
  await shot(leader, '15-reports-signing-rate');
});

test('a receiver certifies an electronic copy; it lands in the citizen’s personal data store', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(120_000);
  const receiver = await staffPage(browser, 'motcua.hamrong');
  await receiver.goto('/can-bo/ky-so/chung-thuc');
  await expect(
    receiver.getByRole('heading', { level: 2, name: 'Chứng thực bản sao điện tử từ bản chính' }),
  ).toBeVisible();
  const title = `Bằng tốt nghiệp THPT (bản chính) ${randomUUID().slice(0, 6)}`;
  await receiver
    .getByLabel('Tìm tài khoản công dân theo số định danh cá nhân (CCCD, 12 số)')
    .fill(CITIZEN_ID);
  await receiver.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(receiver.getByTestId('found-person')).toContainText('Nguyễn Văn An');
  await expect(receiver.getByLabel('Họ và tên người yêu cầu')).toHaveValue('Nguyễn Văn An');
  await receiver.getByLabel('Tên giấy tờ (bản chính)').fill(title);
  // Issuing without the comparison confirmed is refused in the form.
  await receiver.getByTestId('scan-file').click();
  await receiver
    .locator('input[type=file]')
    .setInputFiles({ name: 'bang.png', mimeType: 'image/png', buffer: scanPng() });
  await receiver.getByRole('button', { name: 'Chứng thực và ký số' }).click();
  await expect(receiver.getByText('Hãy xác nhận đã đối chiếu với bản chính.')).toBeVisible();
  await receiver
    .getByLabel('Tôi đã đối chiếu bản chụp với bản chính giấy do người yêu cầu xuất trình.')
    .check();
  await shot(receiver, '20-certify-form');
  await receiver.getByRole('button', { name: 'Chứng thực và ký số' }).click();
  await expect(receiver.getByText(/Đã chứng thực: số \d+\/\d{4}\/SCT-BS/)).toBeVisible({ timeout: 30_000 });
  await expect(receiver.getByTestId('certification-book')).toContainText(title);
  await shot(receiver, '21-certified-and-book');
  await expectNoSeriousAxeViolations(receiver, 'certified copies');

  // The citizen signs in on the portal; the copy is in his personal data store.
  const citizen = await (await browser.newContext()).newPage();
  await citizen.goto('/dang-nhap');
  await citizen.getByLabel('Số điện thoại hoặc e-mail').fill('0900000001');
  await citizen.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await citizen.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(citizen).toHaveURL(/\/ho-so-cua-toi/);
  await expect
    .poll(
      async () => {
        const store = (await (await citizen.request.get('/api/v1/me/documents')).json()) as {
          items: { kind: string; title: string }[];
        };
        return store.items.find((d) => d.title === title)?.kind ?? null;
      },
      { timeout: 20_000 },
    )
    .toBe('certified_copy');
  void playwright;
});

test('an agency administrator sees the seal certificate and the officials’ certificates', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const admin = await staffPage(browser, 'quantri.hamrong');
  await admin.goto('/can-bo/ky-so/co-quan');
  await expect(admin.getByRole('heading', { level: 2, name: 'Chứng thư con dấu của cơ quan' })).toBeVisible();
  const tables = admin.getByTestId('certificates');
  await expect(tables.first()).toContainText('Đang hoạt động');
  await expect(tables.first()).toContainText('Con dấu');
  await expect(
    admin.getByRole('heading', { level: 2, name: 'Chứng thư của cán bộ trong cơ quan' }),
  ).toBeVisible();
  await expect(admin.getByRole('button', { name: 'Chọn ảnh PNG' })).toBeVisible();
  await shot(admin, '16-agency-seal-admin');
  await expectNoSeriousAxeViolations(admin, 'agency seal');
  await switchLanguage(admin, 'en');
  await expect(admin.getByRole('heading', { level: 2, name: 'Agency seal certificate' })).toBeVisible();
  // Switching language re-renders in place: one seal image panel, in English.
  await expect(admin.getByRole('heading', { level: 2, name: 'Seal image' })).toHaveCount(1);
  await expect(admin.getByRole('heading', { level: 2, name: 'Ảnh con dấu' })).toHaveCount(0);
  await shot(admin, '17-agency-seal-admin-en');
});
