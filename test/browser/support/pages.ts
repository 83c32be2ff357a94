import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** The two sizes every page is checked at: a small Android phone and a desktop. */
export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** Where screenshots go, for a reviewer to look at (test-results/ is ignored by git). */
export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'browser');

export async function newContext(browser: Browser, baseURL: string, viewport: ViewportName): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: VIEWPORTS[viewport],
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    isMobile: viewport === 'phone',
    hasTouch: viewport === 'phone',
  });
}

/** axe finds no violation on the page as it is now (WCAG 2.1 A and AA rules and best practices). */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const violations = result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  expect(violations).toEqual([]);
}

/** A full-page screenshot named after the page and viewport. */
export async function screenshot(page: Page, name: string, viewport: ViewportName): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${viewport}.png`), fullPage: true });
}

/** Every page gets both checks at once: accessible, and photographed. */
export async function checkPage(page: Page, name: string, viewport: ViewportName): Promise<void> {
  await expectAccessible(page);
  await screenshot(page, name, viewport);
}
