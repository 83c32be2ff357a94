import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { addDays, chinaToday } from '@app/common';
import { startBrowserApp, type BrowserApp } from './support/browser-app.js';
import { CITY, COUNTY, PROVINCE, seedBureauDashboardWorld, type BureauDashboardWorld } from './support/bureau-dashboard-world.js';
import { describeInBrowser } from './support/chromium.js';
import { checkPage, newContext, SCREENSHOT_DIR, VIEWPORTS, type ViewportName } from './support/pages.js';
import { signInThroughPage } from './support/sign-in.js';
import type { Caller } from '../support/test-app.js';

const STATISTICS = `query($input: PlacementStatisticsInput!) {
  placementStatistics(input: $input) {
    subsidiesByKind { kind subsidyClaimed subsidyPaid }
    totals { workersEmployed placementsStarted returnees subsidyClaimed subsidyPaid }
    rows { childRegion { name } hukouProvince { name } month scope category postingKind workersEmployed placementsStarted returnees }
  }
}`;
const WEEKLY = `query($regionCode: String!, $week: String!) {
  weeklyReport(regionCode: $regionCode, week: $week) {
    year
    totals { target employedThisYear }
    rows { region { name } target employedThisYear }
  }
}`;
const TARGETS = 'query($regionCode: String!, $year: Int!) { employmentTargets(regionCode: $regionCode, year: $year) { region { code name } workers } }';
const VIEW_BUDGET_MS = 1000;
/** Opening the page itself: the HTML, the app's scripts, the bureau chunk and the first view's data. */
const COLD_LOAD_BUDGET_MS = 2500;

type Cells = string[][];
interface Statistics {
  subsidiesByKind: Array<{ kind: string; subsidyClaimed: number; subsidyPaid: number }>;
  totals: { workersEmployed: number; placementsStarted: number; returnees: number; subsidyClaimed: number; subsidyPaid: number };
  rows: Array<{
    childRegion: { name: string } | null;
    hukouProvince: { name: string } | null;
    month: string | null;
    scope: string | null;
    workersEmployed: number;
    placementsStarted: number;
    returnees: number;
  }>;
}

/** The page's own rounding, written out again: one decimal, never rounded up into the next band. */
const percent = (achieved: number, target: number | null) => (target ? `${(Math.floor((achieved / target) * 1000 + 1e-9) / 10).toFixed(1)}%` : '—');

/** A table's body as the user reads it: each row's cells' text. */
async function cellsOf(table: Locator): Promise<Cells> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows: Array<{ cells: ArrayLike<{ textContent: string | null }> }>) =>
      rows.map((row) => Array.from(row.cells, (cell) => (cell.textContent ?? '').trim())),
    );
}

/**
 * 进度概况 (issue 19) in Chromium against the real server: the county bureau sees its progress; the province bureau
 * drills 贵州省 → 黔南州 → 惠水县 in two clicks and back by 地区路径, every number equal to placementStatistics for the
 * same period, each view under a second; the trend's CSV is the table as shown; a bureau never sees above its
 * jurisdiction. axe-clean and photographed at a phone and a desktop size.
 */
describeInBrowser('Bureau dashboard', () => {
  let app: BrowserApp;
  let world: BureauDashboardWorld;
  const year = Number(chinaToday().slice(0, 4));
  const calendarYear = { from: `${year}-01-01`, to: `${year}-12-31` };

  beforeAll(async () => {
    app = await startBrowserApp('bureau_dashboard');
    world = await seedBureauDashboardWorld(app);
  }, 60_000);
  afterAll(() => app?.close());

  const pageErrors: string[] = [];
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  async function signedIn(username: string, viewport: ViewportName): Promise<Page> {
    const page = await (await newContext(app.browser, app.baseURL, viewport)).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signInThroughPage(page, username, '/bureau');
    return page;
  }

  /** Waits until the view of `region` is on screen (its name is the current step of 地区路径) and returns how long it took. */
  async function viewOf(page: Page, region: string, started: number): Promise<number> {
    await page.getByRole('navigation', { name: '地区路径' }).locator('[aria-current="page"]', { hasText: region }).waitFor();
    await page.getByRole('heading', { name: '目标完成率' }).waitFor();
    return Date.now() - started;
  }

  const statistics = (caller: Caller, regionCode: string, groupBy: string[], period: Record<string, unknown> = calendarYear) =>
    caller.ok<{ placementStatistics: Statistics }>(STATISTICS, { input: { regionCode, ...period, groupBy } }).then((d) => d.placementStatistics);
  const targets = (caller: Caller, regionCode: string) =>
    caller
      .ok<{ employmentTargets: Array<{ region: { code: string; name: string }; workers: number | null }> }>(TARGETS, { regionCode, year })
      .then((d) => d.employmentTargets);
  const progressText = (page: Page) => page.getByRole('region', { name: '目标完成率' }).locator('.dashboard-ratio strong').textContent();

  it('the county bureau sees its own progress against this year’s target, and nothing above its county', async () => {
    const page = await signedIn(world.countyUsername, 'phone');
    await viewOf(page, COUNTY.name, Date.now());
    const { totals } = await statistics(world.county, COUNTY.code, []);
    const [own] = await targets(world.county, COUNTY.code);
    expect(totals.workersEmployed).toBeGreaterThan(0);
    expect(await progressText(page)).toBe(percent(totals.workersEmployed, own.workers));
    expect(await page.getByRole('region', { name: '目标完成率' }).textContent()).toContain(
      `务工人数 ${totals.workersEmployed} 人，${year}年目标 ${String(own.workers)} 人`,
    );
    expect(await page.getByRole('table', { name: '下级地区' }).count()).toBe(0); // a county is the last level
    const asOf = (await page.getByText(/^数据截至/).textContent()) ?? '';
    expect(asOf).toMatch(/^数据截至 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}$/);

    // The province's code in the address is not followed: the county's own view stays, with a word why.
    await page.goto(`/bureau?region=${PROVINCE.code}`);
    await viewOf(page, COUNTY.name, Date.now());
    await page.getByText('不在本部门管辖范围内').waitFor();
    expect(await page.getByRole('navigation', { name: '地区路径' }).getByRole('link').count()).toBe(0);
    await page.context().close();
  }, 60_000);

  it('the province bureau drills 贵州省 → 黔南州 → 惠水县 in two clicks and back by 地区路径, each view under a second, the numbers equal to placementStatistics', async () => {
    const page = await signedIn(world.provinceUsername, 'desktop');
    const times: Record<string, number> = {};
    // A cold load (the page, its scripts and the data) is printed with a budget of its own; the views a bureau moves
    // between once the page is open are what must each take under a second.
    let started = Date.now();
    await page.goto(`/bureau?region=${PROVINCE.code}&year=${year}`);
    const coldLoad = await viewOf(page, PROVINCE.name, started);

    // 下级地区 of the province: every city, its target, workers employed and ratio as the API counts them.
    const children = page.getByRole('table', { name: '下级地区' });
    const [byCity, cityTargets] = await Promise.all([statistics(world.province, PROVINCE.code, ['CHILD_REGION']), targets(world.province, PROVINCE.code)]);
    const shown = await cellsOf(children);
    expect(shown.map((row) => row[0])).toEqual(byCity.rows.map((row) => row.childRegion?.name));
    for (const row of byCity.rows) {
      const target = cityTargets.find((t) => t.region.name === row.childRegion?.name)?.workers ?? null;
      const cells = shown.find((cell) => cell[0] === row.childRegion?.name) ?? [];
      expect(cells.slice(1, 4)).toEqual([target === null ? '未设目标' : String(target), String(row.workersEmployed), percent(row.workersEmployed, target)]);
    }
    expect(shown.find((row) => row[0] === CITY.name)?.[4]).toBe('滞后（低于90%）'); // 5 of 6: red, said in words too
    expect(shown.find((row) => row[0] === '贵阳市')?.[4]).toBe('达标（100%及以上）');
    expect(await progressText(page)).toBe(percent(byCity.totals.workersEmployed, cityTargets[0].workers));

    // Two clicks down, each a new address (so back and a shared link work).
    started = Date.now();
    await children.getByRole('link', { name: CITY.name }).click();
    times[CITY.name] = await viewOf(page, CITY.name, started);
    expect(new URL(page.url()).searchParams.get('region')).toBe(CITY.code);
    started = Date.now();
    await page.getByRole('table', { name: '下级地区' }).getByRole('link', { name: COUNTY.name }).click();
    times[COUNTY.name] = await viewOf(page, COUNTY.name, started);
    expect(new URL(page.url()).searchParams.get('region')).toBe(COUNTY.code);
    expect(await page.getByRole('navigation', { name: '地区路径' }).getByRole('listitem').allTextContents()).toEqual([PROVINCE.name, CITY.name, COUNTY.name]);

    // The county's charts, table by table, against the API for the same period.
    const [county, trend, scope] = await Promise.all([
      statistics(world.province, COUNTY.code, []),
      statistics(world.province, COUNTY.code, ['MONTH'], { from: trendFrom(), to: monthEnd(chinaToday().slice(0, 7)) }),
      statistics(world.province, COUNTY.code, ['SCOPE']),
    ]);
    expect(await cellsOf(page.getByRole('table', { name: '本期合计（数据表）' }))).toEqual([
      ['务工人数', String(county.totals.workersEmployed)],
      ['新增就业', String(county.totals.placementsStarted)],
      ['返乡回流', String(county.totals.returnees)],
    ]);
    expect(county.totals.returnees).toBe(1);
    const trendCells = await cellsOf(page.getByRole('table', { name: '近12个月趋势（数据表）' }));
    expect(trendCells.map((row) => row.slice(1, 4))).toEqual(trend.rows.map((row) => [row.workersEmployed, row.placementsStarted, row.returnees].map(String)));
    expect(trendCells).toHaveLength(12);
    const scopeCells = await cellsOf(page.getByRole('table', { name: '按就业地域（数据表）' }));
    const scopeName: Record<string, string> = { SAME_COUNTY: '县内', OTHER_COUNTY_SAME_PROVINCE: '省内县外', OTHER_PROVINCE: '省外' };
    expect(Object.fromEntries(scopeCells.map((row) => [row[0], row[1]]))).toEqual(
      Object.fromEntries(scope.rows.map((row) => [scopeName[row.scope ?? ''], String(row.workersEmployed)])),
    );
    const kindName: Record<string, string> = {
      TRANSPORT: '一次性交通补助',
      JOB_SEEKING: '一次性求职创业补贴',
      TRACKING_SERVICE: '一次性跟踪服务补贴',
      ABSORPTION: '吸纳就业一次性补贴',
      EMPLOYMENT_REWARD: '务工奖补',
    };
    const subsidies = await cellsOf(page.getByRole('table', { name: '补贴申请与发放（数据表）' }));
    expect(subsidies.slice(0, -1).sort()).toEqual(
      county.subsidiesByKind.map((k) => [kindName[k.kind], k.subsidyClaimed.toFixed(2), k.subsidyPaid.toFixed(2)]).sort(),
    );
    expect(subsidies[subsidies.length - 1]).toEqual(['合计', county.totals.subsidyClaimed.toFixed(2), county.totals.subsidyPaid.toFixed(2)]);
    expect(subsidies.find((row) => row[0] === '一次性交通补助')).toEqual(['一次性交通补助', '500.00', '500.00']);

    // The trend's CSV is the table as shown: a byte-order mark for Excel, the same header, rows and numbers.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载CSV：近12个月趋势' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^近12个月趋势-惠水县-\d{4}年\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const headers = await page.getByRole('table', { name: '近12个月趋势（数据表）' }).locator('thead th').allTextContents();
    expect(csv.slice(1).trimEnd().split('\r\n')).toEqual([headers, ...trendCells].map((row) => row.join(',')));

    // Back up by the breadcrumb, and the browser's back button returns to the county.
    started = Date.now();
    await page.getByRole('navigation', { name: '地区路径' }).getByRole('link', { name: PROVINCE.name }).click();
    times[`${PROVINCE.name}（地区路径）`] = await viewOf(page, PROVINCE.name, started);
    await page.goBack();
    await viewOf(page, COUNTY.name, Date.now());

    process.stdout.write(
      `[bureau-dashboard] cold load of ${PROVINCE.name} ${coldLoad} ms; time per view: ${Object.entries(times)
        .map(([view, ms]) => `${view} ${ms} ms`)
        .join(', ')}\n`,
    );
    for (const ms of Object.values(times)) expect(ms).toBeLessThan(VIEW_BUDGET_MS);
    expect(coldLoad).toBeLessThan(COLD_LOAD_BUDGET_MS);
    await page.context().close();
  }, 60_000);

  it('the province view’s 下级地区 and its ratio are the weekly report’s 年度目标 and 本年累计务工人数 for this week', async () => {
    // The week of today, or the one before when this week's Sunday is in the next year (周报 counts the Sunday's year).
    const today = chinaToday();
    const week = addDays(today, 7).slice(0, 4) === today.slice(0, 4) ? today : addDays(today, -7);
    const { weeklyReport } = await world.province.ok<{
      weeklyReport: {
        year: number;
        totals: { target: number | null; employedThisYear: number };
        rows: Array<{ region: { name: string }; target: number | null; employedThisYear: number }>;
      };
    }>(WEEKLY, { regionCode: PROVINCE.code, week });
    expect(weeklyReport.year).toBe(year);
    const page = await signedIn(world.provinceUsername, 'desktop');
    await page.goto(`/bureau?region=${PROVINCE.code}&year=${year}`);
    await viewOf(page, PROVINCE.name, Date.now());
    const shown = await cellsOf(page.getByRole('table', { name: '下级地区' }));
    expect(shown.length).toBeGreaterThan(0);
    for (const cells of shown) {
      const line = weeklyReport.rows.find((row) => row.region.name === cells[0]);
      expect([cells[0], ...cells.slice(1, 4)]).toEqual([
        line?.region.name,
        line?.target === null ? '未设目标' : String(line?.target),
        String(line?.employedThisYear),
        percent(line?.employedThisYear ?? 0, line?.target ?? null),
      ]);
    }
    // Every child the weekly report counts a worker in is on the dashboard too.
    expect(weeklyReport.rows.filter((row) => row.employedThisYear > 0).every((row) => shown.some((cells) => cells[0] === row.region.name))).toBe(true);
    expect(await progressText(page)).toBe(percent(weeklyReport.totals.employedThisYear, weeklyReport.totals.target));
    await page.context().close();
  }, 60_000);

  it('a receiving province (广东) sees the workers employed in its region by the province they come from, counts only', async () => {
    const page = await signedIn(world.guangdongUsername, 'phone');
    await viewOf(page, '广东省', Date.now());
    const local = await statistics(world.guangdong, '440000', ['HUKOU_PROVINCE'], { ...calendarYear, side: 'WORKPLACE' });
    const sending = local.rows.filter((row) => row.workersEmployed > 0 || row.placementsStarted > 0);
    expect(sending.map((row) => row.hukouProvince?.name)).toEqual(['贵州省']);
    expect(await cellsOf(page.getByRole('table', { name: '在本地务工（数据表）' }))).toEqual([
      ['贵州省', String(sending[0].workersEmployed), String(sending[0].placementsStarted)],
      ['合计', String(local.totals.workersEmployed), String(local.totals.placementsStarted)],
    ]);
    expect(local.totals.workersEmployed).toBe(4);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const name of world.workerNames) expect(text).not.toContain(name);
    await page.context().close();
  }, 60_000);

  it('a statistics cycle and a month are periods of their own, kept in the address', async () => {
    const page = await signedIn(world.provinceUsername, 'phone');
    await viewOf(page, PROVINCE.name, Date.now());
    await page.getByLabel('统计口径').selectOption({ label: '统计周期' });
    await page.getByLabel('统计年度').selectOption(String(year));
    await page.waitForURL((url) => url.searchParams.get('cycle') === String(year));
    await viewOf(page, PROVINCE.name, Date.now());
    const cycle = await statistics(world.province, PROVINCE.code, [], { cycleYear: year });
    await page.getByText(`${year - 1}-10-01 至 ${year}-09-30`).waitFor();
    expect((await cellsOf(page.getByRole('table', { name: '本期合计（数据表）' })))[0]).toEqual(['务工人数', String(cycle.totals.workersEmployed)]);

    const month = chinaToday().slice(0, 7);
    await page.getByLabel('统计口径').selectOption({ label: '月份' });
    await page.waitForURL((url) => url.searchParams.has('month'));
    await page.getByRole('textbox', { name: '月份' }).fill(month);
    await page.waitForURL((url) => url.searchParams.get('month') === month);
    await page.getByText(`${month}-01 至 ${monthEnd(month)}`).waitFor();
    const monthly = await statistics(world.province, PROVINCE.code, [], { from: `${month}-01`, to: monthEnd(month) });
    expect((await cellsOf(page.getByRole('table', { name: '本期合计（数据表）' })))[0]).toEqual(['务工人数', String(monthly.totals.workersEmployed)]);
    await page.context().close();
  }, 60_000);

  it.each(Object.keys(VIEWPORTS) as ViewportName[])(
    'the province and county views are accessible and photographed at the %s size',
    async (viewport) => {
      const page = await signedIn(world.provinceUsername, viewport);
      for (const [region, name] of [
        [PROVINCE, 'bureau-dashboard-province'],
        [COUNTY, 'bureau-dashboard-county'],
      ] as const) {
        await page.goto(`/bureau?region=${region.code}`);
        await viewOf(page, region.name, Date.now());
        if (viewport === 'phone') expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
        await checkPage(page, name, viewport);
        // The top of the province's view (progress and 下级地区) for docs/web.md: docs/screenshots/bureau-dashboard-desktop.png.
        if (viewport === 'desktop' && region === PROVINCE) {
          await page.screenshot({
            path: join(SCREENSHOT_DIR, 'bureau-dashboard-overview-desktop.png'),
            fullPage: true,
            clip: { x: 0, y: 0, width: 1280, height: 1250 },
          });
        }
      }
      await page.context().close();
    },
    60_000,
  );
});

function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The first day of the trend in the year view: eleven months before this month (the year is not over yet). */
function trendFrom(): string {
  const [y, m] = chinaToday().slice(0, 7).split('-').map(Number);
  const index = y * 12 + (m - 1) - 11;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}
