import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { chinaToday } from '@app/common';
import { StatisticsRollupRefresher } from '@app/statistics';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';
import { StatisticsWorld, type TestWorker } from './statistics-fixture.js';

const CITY = '621200'; // 陇南市: used by no other suite
const WUDU = '621202'; // 武都区

const STATISTICS = `query($input: PlacementStatisticsInput!) { placementStatistics(input: $input) {
  totals { workersEmployed placementsStarted } rows { childRegion { code } workersEmployed placementsStarted } } }`;
const CANCEL = 'mutation($input: CancelPlacementInput!) { cancelPlacement(input: $input) { id status } }';

/**
 * A cancelled placement (a hire made in error) never happened: it disappears from placementStatistics, live and from
 * the rollup, and from the weekly report, while the placements that stand are still counted.
 */
describe('statistics leave cancelled placements out', () => {
  let t: TestApp;
  let db: DataSource;
  let refresher: StatisticsRollupRefresher;
  let bureau: Caller;
  let employer: Caller;
  let kept: TestWorker;
  let cancelled: TestWorker;
  let cancelledPlacement: string;

  const stats = async (input: Record<string, unknown>) => (await bureau.ok(STATISTICS, { input: { regionCode: CITY, ...input } })).placementStatistics;
  const today = () => chinaToday();
  /** The rows that count someone (every combination of the keys is listed, most of them zero). */
  const counted = (rows: Array<{ workersEmployed: number; placementsStarted: number }>) => rows.filter((r) => r.workersEmployed || r.placementsStarted);

  async function weeklyDetailNames(): Promise<string[]> {
    const res = await t
      .http()
      .get('/reports/weekly.xlsx')
      .query({ regionCode: CITY, week: today() })
      .set('authorization', `Bearer ${bureau.token!}`)
      .buffer(true)
      .parse((r, callback) => {
        const chunks: Buffer[] = [];
        r.on('data', (chunk: Buffer) => chunks.push(chunk));
        r.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as ArrayBuffer);
    const detail = book.getWorksheet('新增就业明细')!;
    const names: string[] = [];
    detail.eachRow((row, n) => {
      if (n > 1) names.push(row.getCell(1).text);
    });
    return names;
  }

  async function weeklyTotalStarted(): Promise<unknown> {
    const res = await t
      .http()
      .get('/reports/weekly.xlsx')
      .query({ regionCode: CITY, week: today() })
      .set('authorization', `Bearer ${bureau.token!}`)
      .buffer(true)
      .parse((r, callback) => {
        const chunks: Buffer[] = [];
        r.on('data', (chunk: Buffer) => chunks.push(chunk));
        r.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as ArrayBuffer);
    const summary = book.getWorksheet('进度汇总')!;
    const wudu = summary.getRows(2, summary.rowCount - 1)!.find((row) => row.getCell(1).text === WUDU)!;
    // Columns: code, name, employed at the week's end, new this week, ...
    return [wudu.getCell(3).value, wudu.getCell(4).value];
  }

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    refresher = t.app.get(StatisticsRollupRefresher);
    const world = new StatisticsWorld(t);
    bureau = await t.signIn(await insertAccount('BUREAU', CITY), TEST_PASSWORD);
    const east = await world.organization('ENTERPRISE', '330108', '杭州某箱包有限公司');
    employer = east.caller;
    const posting = await world.posting({ organizationId: east.organizationId, kind: 'EAST_WEST', regionCode: '330108', title: '箱包车工' });
    kept = await world.worker(bureau, WUDU, '杨秀英');
    cancelled = await world.worker(bureau, WUDU, '赵建国');
    await world.place(kept, posting, employer, today());
    cancelledPlacement = await world.place(cancelled, posting, employer, today());
  });

  afterAll(() => t.close());

  it('counts both placements before the cancellation, then only the one that stands: live, from the rollup and in the weekly report', async () => {
    const cycle = { cycleYear: Number(today().slice(0, 4)) + (today().slice(5) >= '10-01' ? 1 : 0) };
    const day = { from: today(), to: today() };
    await refresher.refreshAll();
    expect((await stats(cycle)).totals).toEqual({ workersEmployed: 2, placementsStarted: 2 });
    expect((await stats(day)).totals).toEqual({ workersEmployed: 2, placementsStarted: 2 });
    expect((await weeklyDetailNames()).sort()).toEqual(['杨秀英', '赵建国'].sort());
    expect(await weeklyTotalStarted()).toEqual([2, 2]);

    await employer.ok(CANCEL, { input: { placementId: cancelledPlacement, reason: '录入错误：重复录用' } });
    // The status change marked the county dirty (trigger), so the cycle is read live until the next refresh.
    const dirty = await db.query(`SELECT count(*)::int AS n FROM statistics_dirty WHERE county_code = $1`, [WUDU]);
    expect(dirty[0].n).toBeGreaterThan(0);
    expect((await stats(cycle)).totals).toEqual({ workersEmployed: 1, placementsStarted: 1 });
    expect(counted((await stats({ ...day, groupBy: ['CHILD_REGION', 'MONTH', 'CATEGORY', 'SCOPE', 'POSTING_KIND'] })).rows)).toEqual([
      { childRegion: { code: WUDU }, workersEmployed: 1, placementsStarted: 1 },
    ]);
    // Rebuilt from the source tables, the rollup leaves it out too.
    await refresher.refreshAll();
    expect((await stats(cycle)).totals).toEqual({ workersEmployed: 1, placementsStarted: 1 });
    expect(counted((await stats({ ...cycle, groupBy: ['CHILD_REGION', 'SCOPE'] })).rows)).toEqual([
      { childRegion: { code: WUDU }, workersEmployed: 1, placementsStarted: 1 },
    ]);
    expect(await weeklyDetailNames()).toEqual(['杨秀英']);
    expect(await weeklyTotalStarted()).toEqual([1, 1]);
    expect(cancelled.name).toBe('赵建国');
  });
});
