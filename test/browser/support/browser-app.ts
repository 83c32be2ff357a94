import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../support/isolated-database.js';
import { uniquePrefix } from '../../support/search-helpers.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { launchChromium } from './chromium.js';

export interface BrowserApp {
  /** http://127.0.0.1:port of the real server, web app and API together, as `npm start` serves them. */
  baseURL: string;
  t: TestApp;
  db: IsolatedDatabase;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The real server (the same createApp as `npm start`, serving dist/web built by `npm test`) on a free port, over a
 * database and search index of its own, so a page shows exactly what the suite put there; and one Chromium.
 */
export async function startBrowserApp(name: string): Promise<BrowserApp> {
  const db = await createIsolatedDatabase();
  const t = await startTestApp({ DATABASE_URL: db.url, MEILI_INDEX_PREFIX: uniquePrefix(name) });
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  try {
    await t.app.listen(0, '127.0.0.1');
    chromium = await launchChromium();
  } catch (error) {
    // Nothing left running when the browser cannot start: the suite fails with the browser's own message.
    await t.close();
    await db.drop();
    throw error;
  }
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}`,
    t,
    db,
    browser: chromium.browser,
    async close() {
      await chromium.close();
      await t.close();
      await db.drop();
    },
  };
}
