import type { Page } from 'playwright-core';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';

/** Signs in through the sign-in page (用户名, 密码, 登录: docs/ui-names.md) and waits for the role's home page. */
export async function signInThroughPage(page: Page, username: string, landsOn: string, password = TEST_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByRole('textbox', { name: '用户名' }).fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => url.pathname === landsOn);
}
