import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
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
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  });
}

export function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n}`).join('\n')}`)
    .join('\n');
}
