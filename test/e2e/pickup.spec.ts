import { mkdirSync } from 'node:fs';
import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import { type Filed, fileBirthRegistration } from './dossier-fixtures';
import { awayFromVietnamMidnight, signInApi, signInCitizen, signInStaff, watchErrors } from './support';

// Result pickup in Vietnamese: the citizen books a slot for a dossier the desk has received; a walk-in
// visitor takes a number at the kiosk, the counter calls it, and the waiting-room screen shows it live.

const SHOTS = process.env.PICKUP_SHOTS ?? '';
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
  { weekday, session: 'morning', opens: '06:00', closes: '12:00' },
  { weekday, session: 'afternoon', opens: '12:00', closes: '23:30' },
]);

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** A birth registration of the demo citizen, accepted by the desk: it now has an appointment date. */
async function receivedDossier(baseURL: string): Promise<Filed> {
  const citizen = await request.newContext({ baseURL });
  const dossier = await fileBirthRegistration(citizen);
  await citizen.dispose();
  const receiver = await request.newContext({ baseURL });
  const staffHeaders = await signInApi(receiver, 'motcua.hamrong', true);
  const accepted = await receiver.post(`/api/v1/dossiers/${dossier.id}/actions/accept`, {
    headers: staffHeaders,
    data: {},
  });
  expect(accepted.status(), await accepted.text()).toBe(200);
  await receiver.dispose();
  return dossier;
}

async function hamRongDesk(api: APIRequestContext): Promise<string> {
  const desks = (await (await api.get('/api/v1/pickup/desks')).json()) as {
    items: { agencyId: string; name: string }[];
  };
  const desk = desks.items.find((d) => d.name.includes('Hàm Rồng'));
  expect(desk, 'the demo desk of phường Hàm Rồng').toBeTruthy();
  return desk!.agencyId;
}

test('the citizen books a pickup slot; the desk sees it on its day and serves it at a counter', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const dossier = await receivedDossier(baseURL!);
  await signInCitizen(page, '0900000001');
  await expect(page).toHaveURL(/ho-so-cua-toi/);
  await page.goto(`/ho-so-cua-toi/${dossier.id}`);
  const panel = page.getByTestId('pickup-panel');
  await expect(panel.getByRole('heading', { name: 'Đặt lịch nhận kết quả' })).toBeVisible();
  await panel.getByRole('button', { name: 'Chọn khung giờ' }).click();
  const slots = panel.getByRole('radiogroup', { name: 'Chọn khung giờ' });
  await expect(slots).toBeVisible();
  await shot(page, 'portal-slot-picker');
  await slots.locator('[role="radio"]:not([aria-disabled="true"])').first().click();
  await panel.getByRole('button', { name: /^Đặt lịch / }).click();
  await expect(panel.getByText(/Đã đặt lịch\. Mã đặt lịch của bạn là DL-/)).toBeVisible();
  const code = (await panel.getByTestId('booking-code').textContent()) ?? '';
  expect(code).toMatch(/^DL-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(panel.getByRole('button', { name: 'Đổi lịch' })).toBeVisible();
  await shot(page, 'portal-booked');

  await page.goto('/lich-nhan-ket-qua');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch nhận kết quả của tôi');
  await expect(page.getByText(code)).toBeVisible();
  await shot(page, 'portal-my-bookings');
  expect(errors).toEqual([]);

  // The receiver sees it among the bookings of its day and marks it served at their counter.
  const mine = (await (await page.request.get('/api/v1/me/pickup-bookings')).json()) as {
    items: { code: string; startsAt: string }[];
  };
  const startsAt = mine.items.find((b) => b.code === code)!.startsAt;
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(startsAt));
  const staff = await (await browser.newContext()).newPage();
  await signInStaff(staff, 'motcua.hamrong', '/can-bo/nhan-ket-qua');
  await staff.getByLabel('Ngày', { exact: true }).fill(day);
  const row = staff.getByRole('row').filter({ hasText: code });
  await expect(row).toContainText(dossier.code);
  await row.getByRole('button', { name: 'Đã đến nhận' }).click();
  await expect(row).toContainText('Đã nhận kết quả');
  await expect(row.getByRole('cell').nth(5)).toHaveText('1');
  await shot(staff, 'backoffice-bookings');
});

test('a number taken at the kiosk and called at the counter shows live on the waiting-room screen', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const api = await request.newContext({ baseURL });
  const deskId = await hamRongDesk(api);
  // Open every day, so the kiosk works whenever the suite runs (public holidays stay closed).
  const adminHeaders = await signInApi(api, 'quantri.hamrong', true);
  const settings = (await (
    await api.get(`/api/v1/pickup/desks/${deskId}/settings`, { headers: adminHeaders })
  ).json()) as {
    slotMinutes: number;
    slotCapacity: number;
    horizonDays: number;
    services: unknown[];
    counters: { number: number; name: string; services: string[] }[];
  };
  const saved = await api.put(`/api/v1/pickup/desks/${deskId}/settings`, {
    headers: adminHeaders,
    data: {
      ...settings,
      hours: EVERY_DAY,
      counters: settings.counters.map((c) => ({
        number: c.number,
        name: c.name,
        services: c.services,
        active: true,
      })),
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  await api.dispose();

  const screen = await (
    await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1600, height: 900 } })
  ).newPage();
  const screenErrors = watchErrors(screen);
  await screen.goto(`/hien-thi/${deskId}`);
  await expect(screen.getByRole('heading', { level: 1 })).toContainText('Hàm Rồng');
  await expect(screen.getByText('● Trực tiếp')).toBeVisible();

  // The number must be called on the day it was taken.
  test.setTimeout(120_000 + (await awayFromVietnamMidnight()));
  const kiosk = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await kiosk.goto(`/lay-so/${deskId}`);
  await expect(kiosk.getByRole('heading', { name: 'Lấy số thứ tự' })).toBeVisible();
  await shot(kiosk, 'kiosk');
  await kiosk.getByRole('button', { name: /Trả kết quả/ }).click();
  const number = (await kiosk.getByTestId('ticket-number').textContent()) ?? '';
  expect(number).toMatch(/^A\d{3}$/);
  await shot(kiosk, 'kiosk-ticket');

  // The receiver calls from counter 3 (which serves A) in the back office; the screen is not reloaded.
  const staff = await (await browser.newContext()).newPage();
  await signInStaff(staff, 'motcua.hamrong', '/can-bo/nhan-ket-qua');
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Trả kết quả và gọi số');
  await staff.getByRole('tab', { name: 'Gọi số tại quầy' }).click();
  await staff.getByText('Quầy 3 – Trả kết quả', { exact: true }).click();
  await expect(staff.getByRole('radio', { name: 'Quầy 3 – Trả kết quả' })).toBeChecked();
  const current = staff.getByTestId('counter-current');
  // Finish whatever an earlier run left at this counter, then call until our number comes up.
  for (let i = 0; i < 50; i++) {
    if ((await current.textContent()) === number) break;
    const served = staff.getByRole('button', { name: 'Đã phục vụ' });
    if (await served.isVisible()) await served.click();
    await staff.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
    await expect(staff.getByRole('button', { name: 'Đã phục vụ' })).toBeVisible();
  }
  await expect(current).toHaveText(number);
  await shot(staff, 'backoffice-counter');
  await expect(screen.getByTestId('now-number')).toHaveText(number);
  await expect(screen.getByText('đến Quầy 3 – Trả kết quả')).toBeVisible();
  await shot(screen, 'display');
  expect(screenErrors).toEqual([]);
});

test('the agency admin sees the desk settings in Vietnamese', async ({ page }) => {
  test.setTimeout(90_000);
  await signInStaff(page, 'quantri.hamrong', '/can-bo/nhan-ket-qua');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trả kết quả và gọi số');
  await page.getByRole('tab', { name: 'Cấu hình quầy' }).click();
  await expect(page.getByText('Giờ làm việc', { exact: true })).toBeVisible();
  await expect(page.getByText('Thứ Hai', { exact: true })).toBeVisible();
  await shot(page, 'backoffice-settings');
});
