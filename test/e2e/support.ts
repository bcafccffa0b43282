import { createRequire } from 'node:module';
import { expect, type Locator, type Page } from '@playwright/test';
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

/** Runs axe-core in the page (needs `bypassCSP`, the script is injected inline) and returns its violations. */
export async function runAxe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}: ${n.failureSummary ?? ''}`),
    }));
  });
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

/** Records a demo code an API sign-in used, so the next browser sign-in waits for a fresh one. */
export function rememberUsedCode(username: string, code: string) {
  usedCodes.set(username, code);
}

/**
 * Passes the second step with the demo code the page shows ("Mã demo: 123456"), waiting for the
 * next code when this account already used the current one (a re-sign-in within 30 seconds).
 */
export async function passSecondStep(scope: Page | Locator, username: string) {
  const hint = scope.getByText(/Mã demo:/);
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

/** Runs axe and fails on serious or critical violations, printing all of them. */
export async function expectNoSeriousAxeViolations(page: Page, name: string) {
  const violations = await runAxe(page);
  if (violations.length) console.log(`axe on ${name}:\n${formatViolations(violations)}`);
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking, formatViolations(blocking)).toEqual([]);
}
