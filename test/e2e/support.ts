import { createRequire } from 'node:module';
import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core');

export type SiteInfo = { name: string; agency: { name: string; code: string }; demo: boolean };

export const FACES = {
  portal: {
    path: '/',
    h1: {
      vi: 'Làm thủ tục hành chính trực tuyến, theo dõi từng bước',
      en: 'Complete administrative procedures online and follow every step',
    },
    nav: { vi: 'Điều hướng chính', en: 'Main navigation' },
  },
  backoffice: {
    path: '/can-bo',
    h1: { vi: 'Đăng nhập để làm việc', en: 'Sign in to start work' },
    nav: { vi: 'Chức năng cán bộ', en: 'Staff functions' },
  },
  ioc: {
    path: '/dieu-hanh',
    h1: { vi: 'Tình hình phục vụ người dân, doanh nghiệp', en: 'Service to citizens and businesses' },
    nav: null,
  },
} as const;

export async function fetchSite(page: Page): Promise<SiteInfo> {
  const response = await page.request.get('/api/v1/site');
  expect(response.ok(), 'GET /api/v1/site').toBe(true);
  return (await response.json()) as SiteInfo;
}

/** Records uncaught errors and console errors (a CSP violation shows up here), to assert none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Clicks the VI/EN switch in the current face's header. */
export async function switchLanguage(page: Page, to: 'vi' | 'en') {
  const group = page.getByRole('radiogroup', { name: to === 'en' ? 'Ngôn ngữ' : 'Language' });
  await group.getByText(to === 'en' ? 'EN' : 'VI', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', to);
}

type Violation = { id: string; impact: string | null | undefined; help: string; nodes: string[] };

/**
 * Runs axe-core in the page (needs `bypassCSP`, the script is injected inline) and returns its violations:
 * on the whole page, or only inside the elements matching the `include` selectors.
 */
export async function runAxe(page: Page, include?: string[]): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<AxeResults> } }).axe;
    const results = await axe.run(include ? { include: include.map((s) => [s]) } : document);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}: ${n.failureSummary ?? ''}`),
    }));
  }, include);
}

export function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n}`).join('\n')}`)
    .join('\n');
}

export const DEMO_PASSWORD = 'CuaSo@2026';

/** Signs a citizen in through the portal form and waits for the landing page. */
export async function signInCitizen(page: Page, login: string, path = '/dang-nhap') {
  await page.goto(path);
  await page.getByLabel('Số điện thoại hoặc e-mail').fill(login);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

// A TOTP code is accepted once per 30-second step: remember what each demo account used.
const usedCodes = new Map<string, string>();

/**
 * Waiting for the next 30-second step is the clock's time, not the test's: without this, a test that
 * signs in an account another test used a moment ago could spend its whole 30 s budget waiting.
 */
function allowForNextTotpStep() {
  const info = test.info();
  info.setTimeout(info.timeout + 35_000);
}

/**
 * Passes the second step with the demo code the page shows ("Mã demo: 123456"), waiting for the
 * next code when this account already used the current one (a re-sign-in within 30 seconds).
 */
export async function passSecondStep(scope: Page | Locator, username: string) {
  const hint = scope.getByText(/Mã demo:/);
  if (usedCodes.has(username)) allowForNextTotpStep();
  let code = '';
  await expect
    .poll(
      async () => {
        code = /(\d{6})/.exec((await hint.textContent()) ?? '')?.[1] ?? '';
        return code !== '' && code !== usedCodes.get(username);
      },
      { timeout: 45_000, intervals: [500, 1000, 2000] },
    )
    .toBe(true);
  await scope.getByRole('button', { name: 'Điền mã' }).click();
  await expect(scope.getByLabel('Mã xác thực')).toHaveValue(code);
  usedCodes.set(username, code);
  await scope.getByRole('button', { name: 'Xác thực', exact: true }).click();
}

/**
 * Signs in over the API on `api` and returns the CSRF header for its writes. An official (`staff`) also
 * passes the second step with the demo code, waiting for the next time step when another sign-in already
 * used the current one, and records the code so a browser sign-in waits for a fresh one.
 */
export async function signInApi(api: APIRequestContext, login: string, staff = false) {
  const res = await api.post('/api/v1/auth/login', { data: { login, password: DEMO_PASSWORD } });
  expect(res.ok(), `sign-in of ${login}`).toBe(true);
  const headers = { 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
  if (staff) {
    const demoCode = async () =>
      ((await (await api.get(`/api/v1/demo/totp/${login}`)).json()) as { code: string }).code;
    let code = await demoCode();
    let mfa = await api.post('/api/v1/auth/mfa/verify', { headers, data: { code } });
    if (!mfa.ok()) {
      allowForNextTotpStep();
      const used = code;
      await expect
        .poll(async () => (code = await demoCode()), { timeout: 65_000, intervals: [2_000] })
        .not.toBe(used);
      mfa = await api.post('/api/v1/auth/mfa/verify', { headers, data: { code } });
    }
    expect(mfa.ok(), `two-factor of ${login}: ${await mfa.text()}`).toBe(true);
    usedCodes.set(login, code);
  }
  return headers;
}

/** Signs an official in at `path` (any back-office page shows the sign-in) and passes the second step. */
export async function signInStaff(page: Page, username: string, path = '/can-bo') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng nhập để làm việc');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xác thực hai lớp');
  await passSecondStep(page, username);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Xác thực hai lớp');
}

/** Asserts the page does not scroll sideways (phones). */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'page must not scroll sideways').toBeLessThanOrEqual(0);
}

/** Runs axe (on the page, or only inside `include`) and fails on serious or critical violations, printing all. */
export async function expectNoSeriousAxeViolations(page: Page, name: string, include?: string[]) {
  const violations = await runAxe(page, include);
  if (violations.length) console.log(`axe on ${name}:\n${formatViolations(violations)}`);
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking, formatViolations(blocking)).toEqual([]);
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000; // UTC+7 all year
const DAY_MS = 86_400_000;

/**
 * Queue numbers, bookings and dossier codes belong to a day in Vietnam. A step that must finish on
 * the day it starts (take a number, then call it) first waits out the last `marginMs` before
 * midnight there, so a run that happens to cross it does not fail. Returns the time waited.
 */
export async function awayFromVietnamMidnight(marginMs = 90_000): Promise<number> {
  const left = DAY_MS - ((Date.now() + VIETNAM_OFFSET_MS) % DAY_MS);
  if (left > marginMs) return 0;
  await new Promise((resolve) => setTimeout(resolve, left + 1_000));
  return left + 1_000;
}
