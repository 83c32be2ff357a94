/**
 * `npm run bench:dashboard`: how long a bureau waits for each view of 进度概况 (issue 19: under a second per view on
 * the demo at scale 1). In its own PostgreSQL, Meilisearch and API (production mode, serving the built web app): the
 * demo world at BENCH_SCALE (1 by default), the statistics rollup brought up to date as the API's refresher would;
 * then Chromium signs in as bureau-guizhou and, BENCH_ROUNDS times (each in a fresh browser context, so nothing comes
 * from the web app's cache), opens the province and moves between the views a bureau uses: the
 * province, one click down to 黔南州, one more to 惠水县, back up by 地区路径, the statistics cycle and a month.
 * A view is timed from the click to its numbers on screen (地区路径 names the region, 目标完成率 is drawn). Prints each
 * view's p50 and max beside the goal; the cold load (page, scripts and first data) is printed with its own budget.
 */
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { chinaToday } from '@app/common';
import { DEMO_PASSWORD, DemoSeederService } from '@app/demo';
import { StatisticsRollupRefresher } from '@app/statistics';
import { launchChromium } from '../test/browser/support/chromium.js';
import { newContext } from '../test/browser/support/pages.js';
import { signInThroughPage } from '../test/browser/support/sign-in.js';
import { ms, percentile } from './search/percentiles.js';
import { line, startBenchStack } from './support/bench-stack.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const VIEW_GOAL_MS = 1_000;
const COLD_LOAD_BUDGET_MS = 2_500;
const PROVINCE = { code: '520000', name: '贵州省' };
const CITY = { code: '522700', name: '黔南布依族苗族自治州' };
const COUNTY = { code: '522731', name: '惠水县' };

/** Waits until the view of `region` is on screen and returns the milliseconds since `started`. */
async function viewOf(page: Page, region: string, started: number): Promise<number> {
  await page.getByRole('navigation', { name: '地区路径' }).locator('[aria-current="page"]', { hasText: region }).waitFor();
  await page.getByRole('heading', { name: '目标完成率' }).waitFor();
  return performance.now() - started;
}

/** Waits until the 本期合计 of a period other than the one shown is drawn (the period's dates are on screen). */
async function periodShown(page: Page, dates: string, started: number): Promise<number> {
  await page.getByText(dates).waitFor();
  await page.getByRole('table', { name: '本期合计（数据表）' }).waitFor();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const stack = await startBenchStack('dashboard');
  const chromium = await launchChromium();
  try {
    const seeded = performance.now();
    const result = await stack.app.get(DemoSeederService).seed({ scale: SCALE });
    const refreshed = performance.now();
    const counties = await stack.app.get(StatisticsRollupRefresher).refreshAll();
    const f = result.footprint;
    line(
      'demo',
      `scale ${SCALE}: ${f.workers.toLocaleString('en')} workers, ${f.placements.toLocaleString('en')} placements, ${f.postings.toLocaleString('en')} postings; ` +
        `seeded in ${((refreshed - seeded) / 1000).toFixed(1)} s, rollup of ${counties} counties in ${((performance.now() - refreshed) / 1000).toFixed(1)} s`,
    );

    const { port } = stack.app.getHttpServer().address() as { port: number };
    const year = Number(chinaToday().slice(0, 4));
    const month = chinaToday().slice(0, 7);
    const times: Record<string, number[]> = {};
    const record = (view: string, elapsed: number) => (times[view] ??= []).push(elapsed);
    const coldLoads: number[] = [];

    // Each round in a fresh browser context (signed in anew, untimed), so no view is answered from the web app's
    // cache of an earlier round: every figure is a request to the server and its drawing.
    for (let round = 0; round < ROUNDS; round++) {
      const context = await newContext(chromium.browser, `http://127.0.0.1:${port}`, 'desktop');
      const page = await context.newPage();
      await signInThroughPage(page, 'bureau-guizhou', '/bureau', DEMO_PASSWORD);
      let started = performance.now();
      await page.goto(`/bureau?region=${PROVINCE.code}&year=${year}`);
      coldLoads.push(await viewOf(page, PROVINCE.name, started));

      started = performance.now();
      await page.getByRole('table', { name: '下级地区' }).getByRole('link', { name: CITY.name }).click();
      record(`${PROVINCE.name} → ${CITY.name}`, await viewOf(page, CITY.name, started));
      started = performance.now();
      await page.getByRole('table', { name: '下级地区' }).getByRole('link', { name: COUNTY.name }).click();
      record(`${CITY.name} → ${COUNTY.name}`, await viewOf(page, COUNTY.name, started));
      started = performance.now();
      await page.getByRole('navigation', { name: '地区路径' }).getByRole('link', { name: PROVINCE.name }).click();
      record(`${COUNTY.name} → ${PROVINCE.name}（地区路径）`, await viewOf(page, PROVINCE.name, started));

      // A period's dates are drawn from its own answer, so they are on screen only once its numbers are.
      started = performance.now();
      await page.getByLabel('统计口径').selectOption({ label: '统计周期' });
      await page.getByLabel('统计年度').selectOption(String(year));
      record(`${PROVINCE.name} 统计周期`, await periodShown(page, `${year - 1}-10-01 至 ${year}-09-30`, started));
      started = performance.now();
      await page.getByLabel('统计口径').selectOption({ label: '月份' });
      await page.getByRole('textbox', { name: '月份' }).fill(month);
      record(`${PROVINCE.name} 月份`, await periodShown(page, `${month}-01 至`, started));
      await context.close();
    }

    const coldMax = Math.max(...coldLoads);
    line(
      `cold load p50 / max of ${coldLoads.length}`,
      `${ms(percentile(coldLoads, 50))} / ${ms(coldMax)}`,
      `≤ ${COLD_LOAD_BUDGET_MS} ms: ${coldMax <= COLD_LOAD_BUDGET_MS ? 'met' : 'NOT met'}`,
    );
    let worst = 0;
    for (const [view, samples] of Object.entries(times)) {
      const max = Math.max(...samples);
      worst = Math.max(worst, max);
      line(
        `${view} p50 / max of ${samples.length}`,
        `${ms(percentile(samples, 50))} / ${ms(max)}`,
        `≤ ${VIEW_GOAL_MS} ms: ${max <= VIEW_GOAL_MS ? 'met' : 'NOT met'}`,
      );
    }
    line('every view', `worst ${ms(worst)}`, `≤ ${VIEW_GOAL_MS} ms: ${worst <= VIEW_GOAL_MS ? 'met' : 'NOT met'}`);
  } finally {
    await chromium.close();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
