import { DataSource } from 'typeorm';
import { StatisticsRollupRefresher } from '@app/statistics';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';
import { StatisticsWorld, type TestWorker } from './statistics-fixture.js';

const STATISTICS = `query($input: PlacementStatisticsInput!) { placementStatistics(input: $input) {
  from to groupBy
  totals { workersEmployed placementsStarted returnees subsidyClaimed subsidyPaid }
  rows { childRegion { code } hukouProvince { code } category scope postingKind month workersEmployed placementsStarted returnees subsidyClaimed subsidyPaid } } }`;

const CITY = '623000'; // 甘南藏族自治州: used by no other suite
const HEZUO = '623001'; // 合作市
const LINTAN = '623021'; // 临潭县
const DIMENSIONS = ['CHILD_REGION', 'MONTH', 'CATEGORY', 'SCOPE', 'POSTING_KIND'];

/** Every combination of the dimensions, none included. */
const combinations = (dimensions: string[]) => Array.from({ length: 1 << dimensions.length }, (_, mask) => dimensions.filter((_, i) => mask & (1 << i)));
const ALL_BREAKDOWNS = combinations(DIMENSIONS);
/**
 * The workplace side (the city's workshop and welfare posts) reads the same cells through the same code, plus where the
 * workers come from: every single dimension and pair, and the hukou province alone and beside each other one (every
 * province is a row, so this is where the rows multiply).
 */
const WORKPLACE_BREAKDOWNS = [
  ...ALL_BREAKDOWNS.filter((b) => b.length <= 2),
  ...ALL_BREAKDOWNS.filter((b) => b.length <= 1).map((b) => [...b, 'HUKOU_PROVINCE']),
];

/** What the rollup holds (a month, a calendar year, a statistics cycle) and a whole-month range read month by month. */
const PERIODS: Array<Record<string, unknown>> = [
  { cycleYear: 2026 },
  { from: '2026-01-01', to: '2026-12-31' },
  { from: '2025-12-01', to: '2025-12-31' },
  { from: '2025-11-01', to: '2026-04-30' },
];

/**
 * The rollup (statistics_rollup, refreshed in the background) must give exactly the numbers the live statements give,
 * for every breakdown, and a change must count at once, before any refresh. The live statements themselves are
 * checked against hand-computed numbers in placement-statistics.e2e-spec.ts.
 */
describe('statistics rollup', () => {
  let t: TestApp;
  let db: DataSource;
  let refresher: StatisticsRollupRefresher;
  let bureau: Caller;
  let world: StatisticsWorld;
  let workers: TestWorker[];
  let employer: Caller;
  let eastWest: string;
  let local: string;
  let welfare: string;
  let workshopCaller: Caller;

  const stats = async (input: Record<string, unknown>) => (await bureau.ok(STATISTICS, { input })).placementStatistics;
  const everything = async () => {
    const results: unknown[] = [];
    for (const period of PERIODS) results.push(...(await Promise.all(ALL_BREAKDOWNS.map((groupBy) => stats({ regionCode: CITY, ...period, groupBy })))));
    for (const period of PERIODS) {
      // The city first (counted live on this side: rollupAddsUp), then each work county (from the rollup).
      for (const regionCode of [CITY, HEZUO, LINTAN]) {
        const workplace = WORKPLACE_BREAKDOWNS.map((groupBy) => stats({ regionCode, side: 'WORKPLACE', ...period, groupBy }));
        results.push(...(await Promise.all(workplace)));
      }
    }
    return results;
  };
  const dirtyCounties = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM statistics_dirty WHERE county_code >= '623000' AND county_code < '624000'`))[0].n;
  /** Makes the city's counties dirty on both sides: they are computed live until the next refresh. */
  const markDirty = () =>
    db.query(
      `INSERT INTO statistics_dirty (side, county_code, dirty_from)
       SELECT side, code, '2020-01-01' FROM regions CROSS JOIN unnest(ARRAY['HUKOU', 'WORKPLACE']::statistics_side[]) AS s(side) WHERE parent_code = $1`,
      [CITY],
    );

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    refresher = t.app.get(StatisticsRollupRefresher);
    world = new StatisticsWorld(t);
    bureau = await t.signIn(await insertAccount('BUREAU', CITY), TEST_PASSWORD);
    const east = await world.organization('ENTERPRISE', '330108', '杭州某服装有限公司');
    employer = east.caller;
    const workshop = await world.organization('ENTERPRISE', HEZUO, '合作市某牦牛乳制品帮扶车间');
    eastWest = await world.posting({ organizationId: east.organizationId, kind: 'EAST_WEST', regionCode: '330108', title: '服装车工' });
    workshopCaller = workshop.caller;
    local = await world.posting({ organizationId: workshop.organizationId, kind: 'WORKSHOP', regionCode: HEZUO, title: '乳制品包装' });
    welfare = await world.posting({ organizationId: null, kind: 'PUBLIC_WELFARE', regionCode: LINTAN, title: '护林员' });

    workers = await Promise.all([
      world.worker(bureau, HEZUO, '才让卓玛'),
      world.worker(bureau, HEZUO, '扎西'),
      world.worker(bureau, LINTAN, '马文斌'),
      world.worker(bureau, LINTAN, '杨秀英'),
    ]);
    await world.categoryHistory(workers[0].id, [
      { category: 'POVERTY_ALLEVIATED', from: '2024-01-01' },
      { category: 'RELOCATED', from: '2025-06-01' },
    ]);
    await world.categoryHistory(workers[1].id, [
      { category: 'MONITORING_TARGET', from: '2024-01-01', to: '2026-01-15' },
      { category: 'POVERTY_ALLEVIATED', from: '2026-01-15' },
    ]);
    await world.categoryHistory(workers[2].id, [{ category: 'LOW_INCOME_ALLOWANCE', from: '2025-01-01' }]);
    await world.categoryHistory(workers[3].id, []);

    const p1 = await world.place(workers[0], eastWest, employer, '2025-11-20');
    await world.end(employer, p1, '2026-02-10', 'RETURNED_HOME');
    const p2 = await world.place(workers[0], local, workshop.caller, '2026-03-01');
    const p3 = await world.place(workers[1], eastWest, employer, '2025-10-01');
    const p4 = await world.place(workers[2], welfare, bureau, '2025-12-01', 6);
    await world.end(bureau, p4, '2026-05-31', 'CONTRACT_ENDED');
    await world.place(workers[3], local, workshop.caller, '2026-01-31');
    await world.claim(p1, { kind: 'TRANSPORT', amount: 800, status: 'PAID', createdAt: '2025-12-31T23:50:00+08:00', paidOn: '2026-01-05' });
    await world.claim(p3, { kind: 'JOB_SEEKING', amount: 500, status: 'APPROVED', createdAt: '2026-01-01T00:10:00+08:00' });
    await world.claim(p2, { kind: 'TRANSPORT', amount: 300, status: 'REJECTED', createdAt: '2026-03-05T09:00:00+08:00' });
    await world.claim(p4, { kind: 'TRANSPORT', amount: 200, status: 'SUBMITTED', createdAt: '2026-04-01T09:00:00+08:00' });
  });

  afterAll(() => t.close());

  it('answers every breakdown of months, years and statistics cycles from the rollup with the live numbers', async () => {
    await refresher.refreshAll();
    expect(await dirtyCounties()).toBe(0);
    const held = await db.query(
      `SELECT side, count(*)::int AS n FROM statistics_rollup WHERE county_code IN ($1, $2) AND period_from = '2025-10-01' AND period_to = '2026-09-30'
       GROUP BY side ORDER BY side`,
      [HEZUO, LINTAN],
    );
    expect(held.map((h: { side: string }) => h.side)).toEqual(['HUKOU', 'WORKPLACE']);
    const fromRollup = await everything();

    await markDirty();
    const live = await everything();
    expect(fromRollup).toEqual(live);
    // Not a vacuous comparison: the city has numbers in every period, on both sides.
    expect((live[0] as { totals: { workersEmployed: number } }).totals.workersEmployed).toBe(4);
    const workplaceCity = PERIODS.length * ALL_BREAKDOWNS.length;
    expect((live[workplaceCity] as { totals: { workersEmployed: number } }).totals.workersEmployed).toBe(3);
    expect((live[workplaceCity + WORKPLACE_BREAKDOWNS.length] as { totals: { workersEmployed: number } }).totals.workersEmployed).toBe(2); // 合作市
    await refresher.refreshAll();
    expect(await dirtyCounties()).toBe(0);
  });

  it('reads clean counties from the rollup and dirty ones live, in the same answer', async () => {
    await refresher.refreshAll();
    const cycle = { regionCode: CITY, cycleYear: 2026, groupBy: ['CHILD_REGION'] };
    const workplaceCycle = { ...cycle, side: 'WORKPLACE' };
    const workplaceCounty = (code: string) => ({ regionCode: code, cycleYear: 2026, side: 'WORKPLACE' });
    const before = await stats(cycle);
    const workplaceBefore = await stats(workplaceCycle);
    const hezuoBefore = await stats(workplaceCounty(HEZUO));
    const employedIn = (result: { rows: Array<{ childRegion: { code: string }; workersEmployed: number }> }, code: string) =>
      result.rows.find((r) => r.childRegion.code === code)!.workersEmployed;
    // Tamper with the stored cells of both counties (both sides): a clean county's answer now shows it, proving the
    // rollup is read...
    await db.query(
      `UPDATE statistics_rollup SET workers_employed = workers_employed + 1000 WHERE county_code IN ($1, $2) AND period_from = '2025-10-01' AND period_to = '2026-09-30'`,
      [HEZUO, LINTAN],
    );
    // ...while a county marked dirty is computed from the placements and ignores its stored cells.
    await db.query(`INSERT INTO statistics_dirty (county_code, dirty_from) VALUES ($1, '2026-01-01')`, [LINTAN]);
    const mixed = await stats(cycle);
    expect(employedIn(mixed, HEZUO)).toBe(employedIn(before, HEZUO) + 1000);
    expect(employedIn(mixed, LINTAN)).toBe(employedIn(before, LINTAN));
    expect(mixed.totals.workersEmployed).toBe(before.totals.workersEmployed + 1000);
    // A work county is read from the rollup as well (its marks are its own: 临潭县 is dirty on the hukou side only)...
    expect((await stats(workplaceCounty(HEZUO))).totals.workersEmployed).toBe(hezuoBefore.totals.workersEmployed + 1000);
    expect(hezuoBefore.totals.workersEmployed).toBe(2);
    // ...while a city on the workplace side is counted live: its work counties' rows do not add up (rollupAddsUp).
    expect(await stats(workplaceCycle)).toEqual(workplaceBefore);
    expect(employedIn(workplaceBefore, HEZUO)).toBe(2);
    // A refresh rebuilds every period from the dirty day on: 合作市 is clean and keeps its wrong cells, 临潭县 is rebuilt.
    await refresher.refreshAll();
    await db.query(`INSERT INTO statistics_dirty (county_code, dirty_from) VALUES ($1, '2020-01-01')`, [HEZUO]);
    await refresher.refreshAll();
    expect(await stats(cycle)).toEqual(before);
    await markDirty();
    await refresher.refreshAll();
    expect(await stats(workplaceCounty(HEZUO))).toEqual(hezuoBefore);
  });

  it('counts a worker who worked in two counties of the city once in the city, and once in each county', async () => {
    await refresher.refreshAll();
    const mover = await world.worker(bureau, LINTAN, '马小军');
    await world.categoryHistory(mover.id, [{ category: 'POVERTY_ALLEVIATED', from: '2024-01-01' }]);
    const forestry = await world.place(mover, welfare, bureau, '2025-11-01', 3);
    await world.end(bureau, forestry, '2026-01-31', 'CONTRACT_ENDED');
    await world.place(mover, local, workshopCaller, '2026-02-16');
    await refresher.refreshAll();
    const employed = async (regionCode: string) =>
      (await stats({ regionCode, cycleYear: 2026, side: 'WORKPLACE', groupBy: ['SCOPE'] })).totals.workersEmployed as number;
    const [city, hezuo, lintan] = [await employed(CITY), await employed(HEZUO), await employed(LINTAN)];
    expect(hezuo + lintan).toBe(city + 1);
    // The same once the counties are dirty and everything is counted from the placements.
    await markDirty();
    expect([await employed(CITY), await employed(HEZUO), await employed(LINTAN)]).toEqual([city, hezuo, lintan]);
    await refresher.refreshAll();
  });

  it('counts a hire, an ending and a claim at once, before the refresher runs, and the same after it has', async () => {
    await refresher.refreshAll();
    const cycle = { regionCode: CITY, cycleYear: 2026, groupBy: ['SCOPE'] };
    const before = await stats(cycle);
    const newcomer = await world.worker(bureau, LINTAN, '丁志强');
    const placement = await world.place(newcomer, eastWest, employer, '2026-05-10');
    await world.end(employer, placement, '2026-08-31', 'RETURNED_HOME');
    await world.claim(placement, { kind: 'TRANSPORT', amount: 600, status: 'PAID', createdAt: '2026-06-01T10:00:00+08:00', paidOn: '2026-06-20' });
    const after = await stats(cycle);
    expect(after.totals).toEqual({
      workersEmployed: before.totals.workersEmployed + 1,
      placementsStarted: before.totals.placementsStarted + 1,
      returnees: before.totals.returnees + 1,
      subsidyClaimed: before.totals.subsidyClaimed + 600,
      subsidyPaid: before.totals.subsidyPaid + 600,
    });
    await refresher.refreshAll();
    expect(await dirtyCounties()).toBe(0);
    expect(await stats(cycle)).toEqual(after);
    // Operators see how many counties are answered live, waiting for a rebuild.
    await markDirty();
    const metrics = (await t.http().get('/metrics')).text;
    expect(Number(/^statistics_rollup_dirty_counties (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(8); // the city's eight counties
    await refresher.refreshAll();
  });

  it('marks a county only when something the statistics read has changed', async () => {
    await refresher.refreshAll();
    // An edit of what the statistics do not read (the work region, the timestamp) changes nothing counted.
    await db.query(`UPDATE placements SET updated_at = now(), work_region_code = work_region_code WHERE hukou_region_code = $1`, [HEZUO]);
    expect(await dirtyCounties()).toBe(0);
    await db.query(`UPDATE worker_categories SET effective_from = '2024-02-01' WHERE worker_id = $1 AND category = 'POVERTY_ALLEVIATED'`, [workers[0].id]);
    // Her hukou county, and the work county of each of her placements (合作市's workshop here; 杭州's job too).
    expect(
      await db.query(
        `SELECT side, county_code::text AS county, dirty_from::text AS day FROM statistics_dirty
         WHERE county_code >= '623000' AND county_code < '624000' ORDER BY side, county_code`,
      ),
    ).toEqual([
      { side: 'HUKOU', county: HEZUO, day: '2024-01-01' },
      { side: 'WORKPLACE', county: HEZUO, day: '2024-01-01' },
    ]);
    await refresher.refreshAll();
  });
});
