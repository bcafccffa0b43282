import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { actDone, findInInbox, uploadBirthCertificate } from './dossier-fixtures';
import { signInStaff } from './support';

// The seed story of issue 5, in Vietnamese, in one browser run: a father registers on the portal,
// files his baby's birth registration with the birth certificate, gets the code and the receipt; the
// one-stop desk of phường Hàm Rồng accepts it, the specialist examines it, the leader approves and
// signs the extract; the desk hands it over, and the father downloads the signed extract and sees
// "Đã trả kết quả" on public tracking.
//
// He registers with his phone number: public tracking asks for the last 4 digits of the applicant's
// phone, which an e-mail-only account does not have. The e2e server writes every SMS to a text file
// under DATA_DIR/sms, as it writes mail to .eml files (see mail.ts).

const SMS_DIR = fileURLToPath(new URL('../../.tmp/e2e-data/sms', import.meta.url));
const SHOTS = process.env.JOURNEY_SHOTS;
const CODE = /^000\.31\.21\.H56-\d{6}-\d{4}$/;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The code in the newest SMS to `phone` (delivery goes through the outbox, so it waits). */
async function readTextedCode(phone: string): Promise<string> {
  let code: string | null = null;
  await expect
    .poll(
      () => {
        let files: string[] = [];
        try {
          files = readdirSync(SMS_DIR).filter((f) => f.endsWith(`-${phone}.txt`));
        } catch {
          return null;
        }
        const newest = files.sort().at(-1);
        code = newest
          ? (/ma xac nhan cua ban la (\d{6})/.exec(readFileSync(join(SMS_DIR, newest), 'utf8'))?.[1] ?? null)
          : null;
        return code;
      },
      { timeout: 20_000, message: `an SMS with a code to ${phone}` },
    )
    .not.toBeNull();
  return code as unknown as string;
}

const staffErrors: string[] = [];

async function staffPage(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
  page.on('pageerror', (error) => staffErrors.push(`${username}: ${error.message}`));
  await signInStaff(page, username);
  return page;
}

/** Finds a dossier in the inbox by its code and checks its row carries a step deadline. */
async function openFromInbox(page: Page, code: string) {
  const found = await findInInbox(page, code);
  // The row carries the current step with its deadline, and the appointment.
  await expect(found.row).toContainText(/Còn \d+ (giờ|ngày) làm việc|Quá hạn/);
  return found;
}

/** Opens the dossier's page in the back office and checks the step and the appointment are shown. */
async function header(page: Page, code: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(code);
  return page.locator('dl').first();
}

test('a father registers, files a birth registration and gets the signed extract back on time', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const phone = `09${String(Date.now()).slice(-8)}`;
  const name = 'Trịnh Văn Hùng';
  const citizen = await (await browser.newContext({ acceptDownloads: true })).newPage();
  const citizenErrors: string[] = [];
  citizen.on('pageerror', (error) => citizenErrors.push(error.message));

  // 1. He registers with his phone number and confirms with the texted code.
  await citizen.goto('/dang-nhap');
  await citizen.getByRole('link', { name: 'Đăng ký tài khoản' }).click();
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText('Đăng ký tài khoản');
  await citizen.getByLabel('Họ và tên').fill(name);
  await citizen.getByLabel('Số điện thoại di động').fill(phone);
  await citizen.getByLabel('Mật khẩu', { exact: true }).fill('Hoa-Sen#2026');
  await citizen.getByLabel('Nhập lại mật khẩu').fill('Hoa-Sen#2026');
  await shot(citizen, '01-dang-ky');
  await citizen.getByRole('button', { name: 'Đăng ký và nhận mã' }).click();
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText('Nhập mã xác nhận');
  await citizen.getByLabel('Mã xác nhận').fill(await readTextedCode(phone));
  await citizen.getByRole('button', { name: 'Xác nhận và đăng nhập' }).click();
  await expect(citizen).toHaveURL(/\/ho-so-cua-toi$/);
  await expect(citizen.getByRole('banner')).toContainText(name);

  // 2. He files the birth registration of his son at phường Hàm Rồng.
  await citizen.goto('/thu-tuc/1.001193/');
  await citizen.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai sinh');
  await citizen.getByRole('radio', { name: 'Ủy ban nhân dân phường Hàm Rồng' }).check();
  await shot(citizen, '02-co-quan');
  await citizen.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(citizen.getByRole('heading', { level: 2, name: 'Tờ khai' })).toBeFocused();
  await expect(citizen.getByLabel('Họ, chữ đệm, tên người yêu cầu')).toHaveValue(name);
  await citizen.getByLabel('Số định danh cá nhân người yêu cầu').fill('038090054321');
  await citizen
    .getByLabel('Nơi cư trú người yêu cầu')
    .fill('Số 8, đường Đông Cương, phường Hàm Rồng, tỉnh Thanh Hóa');
  await citizen.getByLabel('Quan hệ với người được khai sinh').selectOption({ label: 'Cha' });
  await citizen.getByLabel('Họ, chữ đệm, tên người được khai sinh').fill('Trịnh Minh Quân');
  await citizen.getByRole('radio', { name: 'Nam', exact: true }).check();
  await citizen.getByLabel('Ngày, tháng, năm sinh').fill('2026-11-21');
  await citizen.getByLabel('Nơi sinh').fill('Bệnh viện Đa khoa tỉnh Thanh Hóa');
  await citizen.getByRole('textbox', { name: 'Dân tộc', exact: true }).fill('Kinh');
  await citizen.getByRole('textbox', { name: 'Quốc tịch', exact: true }).fill('Việt Nam');
  await citizen.getByLabel('Quê quán').fill('Phường Hàm Rồng, tỉnh Thanh Hóa');
  await citizen.getByLabel('Họ, chữ đệm, tên của mẹ').fill('Đỗ Thị Lan');
  await citizen.getByLabel('Năm sinh của mẹ').fill('1994');
  await citizen.getByLabel('Dân tộc của mẹ').fill('Kinh');
  await citizen.getByLabel('Quốc tịch của mẹ').fill('Việt Nam');
  await citizen
    .getByLabel('Nơi cư trú của mẹ')
    .fill('Số 8, đường Đông Cương, phường Hàm Rồng, tỉnh Thanh Hóa');
  await citizen
    .getByRole('checkbox', { name: /^Tôi cam đoan nội dung khai trên đây là đúng sự thật/ })
    .check();
  await shot(citizen, '03-to-khai');
  await citizen.getByRole('button', { name: 'Tiếp tục' }).click();

  await expect(citizen.getByRole('heading', { level: 2, name: 'Giấy tờ đính kèm' })).toBeVisible();
  await uploadBirthCertificate(citizen);
  await shot(citizen, '04-giay-to');
  await citizen.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(citizen.getByRole('heading', { level: 2, name: 'Xem lại và nộp' })).toBeVisible();
  await expect(citizen.getByText('Trịnh Minh Quân')).toBeVisible();
  await citizen.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText('Đã nộp hồ sơ thành công');
  const code = (await citizen.getByTestId('dossier-code').textContent())?.trim() ?? '';
  expect(code).toMatch(CODE);
  await shot(citizen, '05-da-nop');

  // 3. The one-stop desk accepts it: the receipt with the appointment, and the next step's deadline.
  const receiver = await staffPage(browser, 'motcua.hamrong');
  // Every tab keeps its count whichever tab is shown.
  const tabs = receiver.getByRole('navigation', { name: 'Lọc theo trạng thái' });
  const allTab = tabs.getByRole('link', { name: /^Tất cả/ });
  await expect(allTab).toHaveText(/Tất cả\d+/);
  const counts = await tabs.textContent();
  await tabs.getByRole('link', { name: /^Mới đăng ký/ }).click();
  await expect(receiver).toHaveURL(/state=submitted/);
  await expect(tabs).toHaveText(counts ?? '');
  const waiting = await openFromInbox(receiver, code);
  await expect(waiting.row).toContainText('Kiểm tra, tiếp nhận hồ sơ');
  await shot(receiver, '06-hop-viec-mot-cua');
  await waiting.open();
  const deskHead = await header(receiver, code);
  await expect(deskHead).toContainText('Bước hiện tạiKiểm tra, tiếp nhận hồ sơ');
  // She takes the dossier: the header says who holds it and since when.
  await receiver.getByRole('button', { name: 'Nhận xử lý' }).click();
  await expect(deskHead).toContainText(
    /Người đang giữ hồ sơBạn giữ hồ sơ từ \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/,
  );
  await actDone(receiver, 'Tiếp nhận');
  await expect(deskHead).toContainText(/Hẹn trả kết quả\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
  await expect(deskHead).toContainText('Chuyển hồ sơ đến người xử lý');
  await actDone(receiver, 'Phân công xử lý', async (dialog) => {
    await dialog.getByRole('combobox', { name: 'Chuyên viên xử lý' }).click();
    await receiver.getByRole('option', { name: /Trần Văn Đức/ }).click();
  });
  await expect(deskHead).toContainText('Thẩm định, xử lý hồ sơ');
  await expect(deskHead).toContainText(/Thẩm định, xử lý hồ sơHạn: \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
  await shot(receiver, '07-ho-so-da-phan-cong');

  // The father sees the appointment and downloads the receipt (Mẫu 01).
  await citizen.goto('/ho-so-cua-toi');
  await citizen.getByRole('link', { name: code, exact: true }).click();
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(code);
  const receipt = citizen.getByRole('link', { name: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả' });
  await expect(receipt).toBeVisible();
  const receiptPdf = await citizen.request.get((await receipt.getAttribute('href')) ?? '');
  expect(receiptPdf.headers()['content-type']).toBe('application/pdf');
  expect((await receiptPdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await shot(citizen, '08-bien-nhan');

  // 4. The specialist finds it, with its step deadline, and sends it for approval.
  const specialist = await staffPage(browser, 'chuyenvien.hamrong');
  const assigned = await openFromInbox(specialist, code);
  await expect(assigned.row).toContainText('Thẩm định, xử lý hồ sơ');
  await shot(specialist, '09-hop-viec-chuyen-vien');
  await assigned.open();
  await header(specialist, code);
  await actDone(specialist, 'Trình lãnh đạo duyệt');
  await specialist.context().close();

  // 5. The leader approves, then signs the extract with the commune's certificate.
  const leader = await staffPage(browser, 'lanhdao.hamrong');
  const proposed = await openFromInbox(leader, code);
  await expect(proposed.row).toContainText('Lãnh đạo xem xét, phê duyệt');
  await proposed.open();
  const leaderHead = await header(leader, code);
  await actDone(leader, 'Duyệt, chuyển ký');
  await expect(leaderHead).toContainText('Ký số kết quả');
  await actDone(leader, 'Ký số kết quả');
  await expect(leader.getByText('Đã xử lý xong', { exact: true }).first()).toBeVisible();
  await shot(leader, '10-lanh-dao-da-ky');
  await leader.context().close();

  // 6. The desk hands the result over.
  await receiver.goto(`/can-bo/ho-so?q=${encodeURIComponent(code)}`);
  const ready = await openFromInbox(receiver, code);
  await expect(ready.row).toContainText('Trả kết quả');
  await ready.open();
  await header(receiver, code);
  await actDone(receiver, 'Trả kết quả');
  await expect(receiver.getByText('Đã trả kết quả', { exact: true }).first()).toBeVisible();
  await shot(receiver, '11-da-tra-ket-qua');
  // The control slip (Mẫu 06) lists every hand-over with its step deadline.
  const slip = receiver.getByRole('link', {
    name: 'Xem: Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)',
  });
  const slipPdf = await receiver.request.get((await slip.getAttribute('href')) ?? '');
  expect(slipPdf.headers()['content-type']).toBe('application/pdf');
  expect((await slipPdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await receiver.context().close();

  // 7. The father finds the result in "Hồ sơ của tôi" and downloads the signed extract.
  await citizen.goto('/ho-so-cua-toi');
  const mine = citizen.getByRole('link', { name: code, exact: true });
  await expect(citizen.getByRole('listitem').filter({ has: mine })).toContainText('Đã trả kết quả');
  await shot(citizen, '12-ho-so-cua-toi');
  await mine.click();
  const result = citizen.getByRole('link', { name: `Trích lục khai sinh — ${code}` });
  await expect(result).toBeVisible();
  await expect(citizen.getByText('Đã ký số').first()).toBeVisible();
  await shot(citizen, '13-ket-qua');
  const extract = await citizen.request.get((await result.getAttribute('href')) ?? '');
  expect(extract.headers()['content-type']).toBe('application/pdf');
  const bytes = await extract.body();
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.toString('latin1')).toContain('/ByteRange');

  // 8. Public tracking, without signing in: the result was returned.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/tra-cuu-ho-so?ma=${encodeURIComponent(code)}`);
  await visitor.getByLabel('4 số cuối điện thoại').fill(phone.slice(-4));
  await visitor.getByRole('button', { name: 'Tra cứu', exact: true }).click();
  const tracked = visitor.getByRole('region', { name: code });
  await expect(tracked).toContainText('Đã trả kết quả');
  await expect(tracked).toContainText('Mã trạng thái quốc gia: 10');
  await expect(tracked).not.toContainText(name);
  await shot(visitor, '14-tra-cuu');

  expect(citizenErrors).toEqual([]);
  expect(staffErrors).toEqual([]);
});
