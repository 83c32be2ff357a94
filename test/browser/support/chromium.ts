import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (apt-get install -y chromium); playwright-core never downloads a browser of its own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * `describe` when Chromium is installed. Without it the suite is skipped with a message saying so, except in CI
 * (CI=true), where a missing browser fails the run instead of passing it silently.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumAvailable()) return describe(name, body);
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`Chromium not found at ${CHROMIUM_PATH}: CI installs it with apt-get install -y chromium fonts-noto-cjk (.ci/run)`);
      });
    });
    return;
  }
  process.stderr.write(`\n[browser] SKIPPED "${name}": Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium fonts-noto-cjk to run it)\n`);
  describe.skip(name, body);
}

/**
 * A headless Chromium with no background traffic (this machine has no internet). Playwright gives each launch a
 * fresh temporary profile of its own and deletes it on close.
 */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}
