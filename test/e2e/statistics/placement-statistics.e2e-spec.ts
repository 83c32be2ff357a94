import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';
import { StatisticsWorld, type TestWorker } from './statistics-fixture.js';

const STATISTICS = `query($input: PlacementStatisticsInput!) { placementStatistics(input: $input) {
  region { code name } from to groupBy
  totals { workersEmployed placementsStarted returnees subsidyClaimed subsidyPaid }
  rows { childRegion { code name } category scope postingKind month workersEmployed placementsStarted returnees subsidyClaimed subsidyPaid } } }`;

type Metrics = { workersEmployed: number; placementsStarted: number; returnees: number; subsidyClaimed: number; subsidyPaid: number };
type Row = Metrics & {
  childRegion: { code: string; name: string } | null;
  category: string | null;
  scope: string | null;
  postingKind: string | null;
  month: string | null;
};
type Statistics = { region: { code: string }; from: string; to: string; groupBy: string[]; totals: Metrics; rows: Row[] };

/** [workersEmployed, placementsStarted, returnees, subsidyClaimed, subsidyPaid]: the shape the hand computation below uses. */
const n = (m: Metrics) => [m.workersEmployed, m.placementsStarted, m.returnees, m.subsidyClaimed, m.subsidyPaid];
const sum = (rows: Row[]) => rows.reduce((acc, r) => acc.map((v, i) => v + n(r)[i]), [0, 0, 0, 0, 0]);

const CITY = '622900'; // 临夏回族自治州: used by no other suite
const LINXIA_CITY = '622901'; // 临夏市
const LINXIA_COUNTY = '622921'; // 临夏县
const KANGLE = '622922'; // 康乐县: the zero-employment households test

/**
 * The hand-computed world (cycle year 2026 = 2025-10-01 .. 2026-09-30):
 *  W1 临夏市, 脱贫人口 + 易地搬迁 since 2025-01-01: P1 east-west (Shenzhen, 省外) 2025-09-30 .. 2025-12-15 RETURNED_HOME;
 *     P2 workshop in 临夏市 (县内) from 2026-01-10, active.      Claims: C1 1000 on P1 created 2025-11-05, PAID 2025-12-01;
 *                                                               C4 500 on P2 APPROVED, created 2026-09-30 23:30 Beijing time.
 *  W2 临夏市, 监测对象: P3 east-west from 2025-10-01, active.    Claim C2 500 SUBMITTED 2026-02-01.
 *  W3 临夏县 (weak labour), 脱贫人口 until 2026-02-01 then 监测对象: P4 public-welfare post in 临夏县 2026-03-01 .. 2026-06-30.
 *                                                               Claims C3 300 REJECTED; C5 200 created 2026-10-01 00:30 Beijing.
 *  W4 临夏县, 农村低保 only since 2025-01-01: P5 local job in Lanzhou (省内县外) 2024-05-01 .. 2025-10-20 RESIGNED.
 */
describe('placement statistics on a hand-computed data set', () => {
  let t: TestApp;
  let world: StatisticsWorld;
  let cityBureau: Caller;
  let countyBureau: Caller; // 临夏市
  let provinceBureau: Caller; // 甘肃省
  let otherProvinceBureau: Caller; // 贵州省
  let admin: Caller;
  let eastEmployer: Caller;
  let workers: Record<'w1' | 'w2' | 'w3' | 'w4', TestWorker>;

  const stats = async (caller: Caller, input: Record<string, unknown>): Promise<Statistics> => (await caller.ok(STATISTICS, { input })).placementStatistics;
  const cycle2026 = (groupBy: string[] = [], regionCode = CITY) => ({ regionCode, cycleYear: 2026, groupBy });

  beforeAll(async () => {
    t = await startTestApp();
    world = new StatisticsWorld(t);
    cityBureau = await t.signIn(await insertAccount('BUREAU', CITY), TEST_PASSWORD);
    countyBureau = await t.signIn(await insertAccount('BUREAU', LINXIA_CITY), TEST_PASSWORD);
    provinceBureau = await t.signIn(await insertAccount('BUREAU', '620000'), TEST_PASSWORD);
    otherProvinceBureau = await t.signIn(await insertAccount('BUREAU', '520000'), TEST_PASSWORD);
    admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
    const east = await world.organization('ENTERPRISE', '440306', '深圳某电子有限公司');
    eastEmployer = east.caller;
    const local = await world.organization('ENTERPRISE', LINXIA_CITY, '临夏市某民族服饰帮扶车间');
    const lanzhou = await world.organization('ENTERPRISE', '620102', '兰州某物流有限公司');

    const eastWest = await world.posting({ organizationId: east.organizationId, kind: 'EAST_WEST', regionCode: '440306', title: '电子厂普工' });
    const workshop = await world.posting({ organizationId: local.organizationId, kind: 'WORKSHOP', regionCode: LINXIA_CITY, title: '服饰加工' });
    const welfare = await world.posting({ organizationId: null, kind: 'PUBLIC_WELFARE', regionCode: LINXIA_COUNTY, title: '村道保洁员' });
    const lanzhouJob = await world.posting({
      organizationId: lanzhou.organizationId,
      kind: 'LOCAL',
      regionCode: '620102',
      title: '仓库分拣员',
      contractMonths: 24,
    });

    const [w1, w2, w3, w4] = await Promise.all([
      world.worker(cityBureau, LINXIA_CITY, '马建国', { categories: ['POVERTY_ALLEVIATED', 'RELOCATED'] }),
      world.worker(cityBureau, LINXIA_CITY, '马秀兰', { categories: ['MONITORING_TARGET'] }),
      world.worker(cityBureau, LINXIA_COUNTY, '韩占福', { laborCapacity: 'WEAK' }),
      world.worker(cityBureau, LINXIA_COUNTY, '王海燕', { categories: ['LOW_INCOME_ALLOWANCE'] }),
    ]);
    workers = { w1, w2, w3, w4 };
    await world.categoryHistory(w1.id, [
      { category: 'POVERTY_ALLEVIATED', from: '2025-01-01' },
      { category: 'RELOCATED', from: '2025-01-01' },
    ]);
    await world.categoryHistory(w2.id, [{ category: 'MONITORING_TARGET', from: '2025-01-01' }]);
    await world.categoryHistory(w3.id, [
      { category: 'POVERTY_ALLEVIATED', from: '2025-01-01', to: '2026-02-01' },
      { category: 'MONITORING_TARGET', from: '2026-02-01' },
    ]);
    await world.categoryHistory(w4.id, [{ category: 'LOW_INCOME_ALLOWANCE', from: '2025-01-01' }]);

    const p1 = await world.place(w1, eastWest, eastEmployer, '2025-09-30');
    await world.end(eastEmployer, p1, '2025-12-15', 'RETURNED_HOME');
    const p2 = await world.place(w1, workshop, local.caller, '2026-01-10');
    const p3 = await world.place(w2, eastWest, eastEmployer, '2025-10-01');
    const p4 = await world.place(w3, welfare, cityBureau, '2026-03-01', 4);
    await world.end(cityBureau, p4, '2026-06-30', 'CONTRACT_ENDED');
    const p5 = await world.place(w4, lanzhouJob, lanzhou.caller, '2024-05-01', 24);
    await world.end(lanzhou.caller, p5, '2025-10-20', 'RESIGNED');

    await world.claim(p1, { kind: 'TRANSPORT', amount: 1000, status: 'PAID', createdAt: '2025-11-05T10:00:00+08:00', paidOn: '2025-12-01' });
    await world.claim(p3, { kind: 'TRANSPORT', amount: 500, status: 'SUBMITTED', createdAt: '2026-02-01T09:00:00+08:00' });
    await world.claim(p4, { kind: 'TRANSPORT', amount: 300, status: 'REJECTED', createdAt: '2026-04-01T09:00:00+08:00' });
    await world.claim(p2, { kind: 'JOB_SEEKING', amount: 500, status: 'APPROVED', createdAt: '2026-09-30T23:30:00+08:00' });
    await world.claim(p4, { kind: 'TRANSPORT', amount: 200, status: 'SUBMITTED', createdAt: '2026-10-01T00:30:00+08:00' });
  });

  afterAll(() => t.close());

  it('totals the cycle year: each worker once, placements started in it, the returnee, claims by Beijing day', async () => {
    const result = await stats(cityBureau, cycle2026());
    expect(result).toMatchObject({ region: { code: CITY }, from: '2025-10-01', to: '2026-09-30', groupBy: [] });
    // W1..W4 employed; P2 P3 P4 started; W1 came home; C1 + C2 + C4 claimed (C3 rejected, C5 after the cycle); C1 paid.
    expect(n(result.totals)).toEqual([4, 3, 1, 2000, 1000]);
    expect(result.rows).toHaveLength(1);
    expect(n(result.rows[0])).toEqual(n(result.totals));
  });

  it('CHILD_REGION lists every county of the city, zeros included, and adds up to the totals', async () => {
    const result = await stats(cityBureau, cycle2026(['CHILD_REGION']));
    expect(result.rows.map((r) => r.childRegion!.code)).toEqual(['622901', '622921', '622922', '622923', '622924', '622925', '622926', '622927']);
    expect(result.rows[0].childRegion!.name).toBe('临夏市');
    expect(n(result.rows[0])).toEqual([2, 2, 1, 2000, 1000]);
    expect(n(result.rows[1])).toEqual([2, 1, 0, 0, 0]);
    for (const row of result.rows.slice(2)) expect(n(row)).toEqual([0, 0, 0, 0, 0]);
    expect(sum(result.rows)).toEqual(n(result.totals));
    expect(result.rows.every((r) => r.category === null && r.scope === null && r.postingKind === null && r.month === null)).toBe(true);
  });

  it('SCOPE and POSTING_KIND partition placements: a worker with two kinds of job is in two rows but once in the total', async () => {
    const byScope = await stats(cityBureau, cycle2026(['SCOPE']));
    const scope = Object.fromEntries(byScope.rows.map((r) => [r.scope, n(r)]));
    expect(scope).toEqual({
      SAME_COUNTY: [2, 2, 0, 500, 0], // P2 (W1), P4 (W3)
      OTHER_COUNTY_SAME_PROVINCE: [1, 0, 0, 0, 0], // P5 (W4)
      OTHER_PROVINCE: [2, 1, 1, 1500, 1000], // P1 (W1), P3 (W2)
    });
    expect(byScope.totals.workersEmployed).toBe(4);
    expect(sum(byScope.rows)).toEqual([5, 3, 1, 2000, 1000]); // W1 twice in the rows, once in the total

    const byKind = await stats(cityBureau, cycle2026(['POSTING_KIND']));
    expect(Object.fromEntries(byKind.rows.map((r) => [r.postingKind, n(r)]))).toEqual({
      EAST_WEST: [2, 1, 1, 1500, 1000],
      WORKSHOP: [1, 1, 0, 500, 0],
      PUBLIC_WELFARE: [1, 1, 0, 0, 0],
      LOCAL: [1, 0, 0, 0, 0],
    });
    expect(sum(byKind.rows).slice(1)).toEqual(n(byKind.totals).slice(1));
  });

  it('CATEGORY uses the categories held on the start date: two categories count in both rows, none gives a null row', async () => {
    const result = await stats(cityBureau, cycle2026(['CATEGORY']));
    expect(result.rows.map((r) => r.category)).toEqual([
      'POVERTY_ALLEVIATED',
      'MONITORING_TARGET',
      'LOW_INCOME_ALLOWANCE',
      'EXTREME_HARDSHIP',
      'RELOCATED',
      null,
    ]);
    const row = Object.fromEntries(result.rows.map((r) => [String(r.category), n(r)]));
    expect(row.POVERTY_ALLEVIATED).toEqual([1, 1, 1, 1500, 1000]); // W1 (P1, P2); not W3, whose 脱贫人口 period ended before P4
    expect(row.RELOCATED).toEqual([1, 1, 1, 1500, 1000]); // W1 again
    expect(row.MONITORING_TARGET).toEqual([2, 2, 0, 500, 0]); // W2 (P3) and W3 (P4, 监测对象 from 2026-02-01)
    expect(row.LOW_INCOME_ALLOWANCE).toEqual([0, 0, 0, 0, 0]); // W4's P5 started before the 低保 period
    expect(row.null).toEqual([1, 0, 0, 0, 0]); // W4: no category on 2024-05-01
    expect(n(result.totals)).toEqual([4, 3, 1, 2000, 1000]);
    expect(sum(result.rows)).toEqual([5, 4, 2, 3500, 2000]);
  });

  it('MONTH lists the twelve months of the cycle; a worker counts in every month a placement was active', async () => {
    const result = await stats(cityBureau, cycle2026(['MONTH']));
    expect(result.rows.map((r) => r.month)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
    ]);
    const month = Object.fromEntries(result.rows.map((r) => [r.month, n(r)]));
    expect(month['2025-10']).toEqual([3, 1, 0, 0, 0]); // W1 (P1), W2 (P3 starts), W4 (P5 until the 20th)
    expect(month['2025-11']).toEqual([2, 0, 0, 1000, 0]);
    expect(month['2025-12']).toEqual([2, 0, 1, 0, 1000]); // W1 comes home; C1 paid
    expect(month['2026-01']).toEqual([2, 1, 0, 0, 0]); // W1 back at work (P2)
    expect(month['2026-02']).toEqual([2, 0, 0, 500, 0]);
    expect(month['2026-03']).toEqual([3, 1, 0, 0, 0]); // W3 on the welfare post
    expect(month['2026-06']).toEqual([3, 0, 0, 0, 0]);
    expect(month['2026-07']).toEqual([2, 0, 0, 0, 0]);
    expect(month['2026-09']).toEqual([2, 0, 0, 500, 0]); // C4 at 23:30 Beijing time on the last day
    expect(sum(result.rows).slice(1)).toEqual(n(result.totals).slice(1));

    // Seventy months (more than one 62-month mask word): the same months count the same, earlier ones W4's job.
    const long = await stats(cityBureau, { regionCode: CITY, from: '2021-01-01', to: '2026-10-31', groupBy: ['MONTH'] });
    expect(long.rows).toHaveLength(70);
    const longMonth = Object.fromEntries(long.rows.map((r) => [r.month, n(r)]));
    for (const m of Object.keys(month)) expect(longMonth[m]).toEqual(month[m]);
    expect(longMonth['2024-04']).toEqual([0, 0, 0, 0, 0]);
    expect(longMonth['2024-05']).toEqual([1, 1, 0, 0, 0]); // W4 starts in Lanzhou
    expect(longMonth['2025-09']).toEqual([2, 1, 0, 0, 0]); // W4, and W1 from the 30th
    expect(longMonth['2026-10']).toEqual([2, 0, 0, 200, 0]); // C5
    expect(long.totals.workersEmployed).toBe(4);
  });

  it('combines dimensions into their cross product', async () => {
    const result = await stats(cityBureau, cycle2026(['SCOPE', 'CHILD_REGION']));
    expect(result.groupBy).toEqual(['CHILD_REGION', 'SCOPE']);
    expect(result.rows).toHaveLength(8 * 3);
    const cell = (code: string, scope: string) => n(result.rows.find((r) => r.childRegion!.code === code && r.scope === scope)!);
    expect(cell(LINXIA_CITY, 'OTHER_PROVINCE')).toEqual([2, 1, 1, 1500, 1000]);
    expect(cell(LINXIA_CITY, 'SAME_COUNTY')).toEqual([1, 1, 0, 500, 0]);
    expect(cell(LINXIA_CITY, 'OTHER_COUNTY_SAME_PROVINCE')).toEqual([0, 0, 0, 0, 0]);
    expect(cell(LINXIA_COUNTY, 'SAME_COUNTY')).toEqual([1, 1, 0, 0, 0]);
    expect(cell(LINXIA_COUNTY, 'OTHER_COUNTY_SAME_PROVINCE')).toEqual([1, 0, 0, 0, 0]);
    expect(sum(result.rows)).toEqual([5, 3, 1, 2000, 1000]);

    const byScopeMonth = await stats(cityBureau, cycle2026(['MONTH', 'SCOPE']));
    expect(byScopeMonth.rows).toHaveLength(12 * 3);
    const at = (scope: string, month: string) => n(byScopeMonth.rows.find((r) => r.scope === scope && r.month === month)!);
    expect(at('OTHER_PROVINCE', '2025-12')).toEqual([2, 0, 1, 0, 1000]); // W1 until the 15th and W2; C1 paid
    expect(at('SAME_COUNTY', '2026-03')).toEqual([2, 1, 0, 0, 0]); // W1 in the workshop, W3 starts the welfare post
    expect(at('OTHER_COUNTY_SAME_PROVINCE', '2025-10')).toEqual([1, 0, 0, 0, 0]); // W4 until the 20th
    expect(at('OTHER_COUNTY_SAME_PROVINCE', '2025-11')).toEqual([0, 0, 0, 0, 0]);
    expect(at('SAME_COUNTY', '2026-09')).toEqual([1, 0, 0, 500, 0]); // C4 on the workshop job
  });

  it('puts a placement starting on 30 September in cycle 2025 and one starting on 1 October in cycle 2026', async () => {
    const cycle2025 = await stats(cityBureau, { regionCode: CITY, cycleYear: 2025 });
    expect(cycle2025).toMatchObject({ from: '2024-10-01', to: '2025-09-30' });
    expect(n(cycle2025.totals)).toEqual([2, 1, 0, 0, 0]); // W1 (P1 started on the 30th) and W4 (P5); P3 not yet
    const lastDay = await stats(cityBureau, { regionCode: CITY, from: '2025-09-30', to: '2025-09-30' });
    expect(n(lastDay.totals)).toEqual([2, 1, 0, 0, 0]);
    const firstDay = await stats(cityBureau, { regionCode: CITY, from: '2025-10-01', to: '2025-10-01' });
    expect(n(firstDay.totals)).toEqual([3, 1, 0, 0, 0]); // P3 starts: W1, W2, W4 at work
    // Claims follow the Beijing day: C4 (23:30 on 30 September 2026) is in cycle 2026, C5 (00:30 on 1 October) is not.
    const c5Day = await stats(cityBureau, { regionCode: CITY, from: '2026-10-01', to: '2026-10-01' });
    expect(c5Day.totals.subsidyClaimed).toBe(200);
  });

  it('drills from the province to the city and down to a county bureau’s own county', async () => {
    const province = await stats(provinceBureau, cycle2026(['CHILD_REGION'], '620000'));
    expect(province.rows).toHaveLength(14); // Gansu's 14 cities and prefectures
    expect(province.rows.every((r) => r.childRegion!.code.startsWith('62'))).toBe(true);
    expect(n(province.rows.find((r) => r.childRegion!.code === CITY)!)).toEqual([4, 3, 1, 2000, 1000]);

    const county = await stats(countyBureau, cycle2026(['CHILD_REGION'], LINXIA_CITY));
    expect(county.rows.map((r) => r.childRegion!.code)).toEqual([LINXIA_CITY]);
    expect(n(county.totals)).toEqual([2, 2, 1, 2000, 1000]);
    expect(n(county.rows[0])).toEqual(n(county.totals));

    expect(n((await stats(admin, cycle2026())).totals)).toEqual([4, 3, 1, 2000, 1000]);
  });

  it('refuses a sibling county, the parent city, another province, employers and anonymous callers', async () => {
    expect(await countyBureau.errorCode(STATISTICS, { input: cycle2026([], LINXIA_COUNTY) })).toBe('FORBIDDEN');
    expect(await countyBureau.errorCode(STATISTICS, { input: cycle2026([], CITY) })).toBe('FORBIDDEN');
    expect(await countyBureau.errorCode(STATISTICS, { input: cycle2026([], '620000') })).toBe('FORBIDDEN');
    expect(await otherProvinceBureau.errorCode(STATISTICS, { input: cycle2026() })).toBe('FORBIDDEN');
    expect(await eastEmployer.errorCode(STATISTICS, { input: cycle2026() })).toBe('FORBIDDEN');
    expect(await workers.w1.caller.errorCode(STATISTICS, { input: cycle2026() })).toBe('FORBIDDEN');
    expect(await t.anonymous.errorCode(STATISTICS, { input: cycle2026() })).toBe('UNAUTHENTICATED');
  });

  it('names the field when the period is doubled, missing, reversed or malformed', async () => {
    const fields = async (input: Record<string, unknown>) => {
      const result = await cityBureau.gql(STATISTICS, { input: { regionCode: CITY, ...input } });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      return result.errors?.[0].extensions?.fields;
    };
    expect(await fields({ from: '2026-01-01', to: '2026-02-01', cycleYear: 2026 })).toEqual(['cycleYear']);
    expect(await fields({})).toEqual(['from', 'to']);
    expect(await fields({ from: '2026-01-01' })).toEqual(['to']);
    expect(await fields({ from: '2026-03-01', to: '2026-02-01' })).toEqual(['to']);
    expect(await fields({ from: '2026/03/01', to: '2026-04-01' })).toEqual(['from']);
    expect(await fields({ from: '2026-02-30', to: '2026-04-01' })).toEqual(['from']);
    expect(await fields({ cycleYear: 1990 })).toEqual(['cycleYear']);
    expect(await fields({ regionCode: '629999', cycleYear: 2026 })).toEqual(['regionCode']);
    // Ten years by month, category, scope and kind for eight counties is more rows than a report can hold.
    expect(await fields({ from: '2017-01-01', to: '2026-12-31', groupBy: ['CHILD_REGION', 'MONTH', 'CATEGORY', 'SCOPE', 'POSTING_KIND'] })).toEqual([
      'groupBy',
    ]);
  });
});

describe('employment targets', () => {
  let t: TestApp;
  let cityBureau: Caller;
  let countyBureau: Caller;
  let admin: Caller;
  let world: StatisticsWorld;

  const TARGETS =
    'query($regionCode: String!, $year: Int!) { employmentTargets(regionCode: $regionCode, year: $year) { region { code name } year workers achieved progress } }';
  const SET = 'mutation($input: SetEmploymentTargetInput!) { setEmploymentTarget(input: $input) { region { code } year workers achieved progress } }';
  const TARGET_CITY = '610800'; // 榆林市: used by no other suite
  const SUIDE = '610826'; // 绥德县
  const MIZHI = '610827'; // 米脂县

  beforeAll(async () => {
    t = await startTestApp();
    world = new StatisticsWorld(t);
    cityBureau = await t.signIn(await insertAccount('BUREAU', TARGET_CITY), TEST_PASSWORD);
    countyBureau = await t.signIn(await insertAccount('BUREAU', SUIDE), TEST_PASSWORD);
    admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
  });

  afterAll(() => t.close());

  it('sets targets inside the jurisdiction and reports achieved workers and progress for the calendar year', async () => {
    const employer = await world.organization('ENTERPRISE', '330102', '杭州某服装厂');
    const posting = await world.posting({ organizationId: employer.organizationId, kind: 'EAST_WEST', regionCode: '330102' });
    // 榆林市 has no other data in this run, so its numbers are exactly these three workers.
    const [a, b, c] = await Promise.all([
      world.worker(cityBureau, SUIDE, '高建军'),
      world.worker(cityBureau, SUIDE, '高秀英'),
      world.worker(cityBureau, MIZHI, '李思源'),
    ]);
    for (const w of [a, b, c]) await world.place(w, posting, employer.caller, '2026-11-02');
    // Employed in 2026 only: counts towards 2026, not 2027.
    const d = await world.worker(cityBureau, MIZHI, '李秀梅');
    await world.end(employer.caller, await world.place(d, posting, employer.caller, '2026-06-01'), '2026-10-31', 'RESIGNED');
    // Placements active into 2027 count as employed in 2027 (the year the target is about).
    const set = (await cityBureau.ok(SET, { input: { regionCode: TARGET_CITY, year: 2027, workers: 10 } })).setEmploymentTarget;
    expect(set).toEqual({ region: { code: TARGET_CITY }, year: 2027, workers: 10, achieved: 3, progress: 0.3 });
    await countyBureau.ok(SET, { input: { regionCode: SUIDE, year: 2027, workers: 4 } });
    expect(await countyBureau.errorCode(SET, { input: { regionCode: MIZHI, year: 2027, workers: 4 } })).toBe('FORBIDDEN');
    expect(await countyBureau.errorCode(SET, { input: { regionCode: TARGET_CITY, year: 2027, workers: 4 } })).toBe('FORBIDDEN');
    expect(await employer.caller.errorCode(SET, { input: { regionCode: SUIDE, year: 2027, workers: 4 } })).toBe('FORBIDDEN');
    expect(await t.anonymous.errorCode(SET, { input: { regionCode: SUIDE, year: 2027, workers: 4 } })).toBe('UNAUTHENTICATED');
    const negative = await cityBureau.gql(SET, { input: { regionCode: TARGET_CITY, year: 2027, workers: -1 } });
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['workers'] });
    const badYear = await cityBureau.gql(SET, { input: { regionCode: TARGET_CITY, year: 1990, workers: 1 } });
    expect(badYear.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['year'] });

    const list = (await cityBureau.ok(TARGETS, { regionCode: TARGET_CITY, year: 2027 })).employmentTargets;
    expect(list).toHaveLength(13); // the city, then its 12 counties
    expect(list[0]).toEqual({ region: { code: TARGET_CITY, name: '榆林市' }, year: 2027, workers: 10, achieved: 3, progress: 0.3 });
    expect(list.find((x: { region: { code: string } }) => x.region.code === SUIDE)).toMatchObject({ workers: 4, achieved: 2, progress: 0.5 });
    expect(list.find((x: { region: { code: string } }) => x.region.code === MIZHI)).toMatchObject({ workers: null, achieved: 1, progress: null });

    const year2026 = (await cityBureau.ok(TARGETS, { regionCode: TARGET_CITY, year: 2026 })).employmentTargets;
    expect(year2026[0]).toEqual({ region: { code: TARGET_CITY, name: '榆林市' }, year: 2026, workers: null, achieved: 4, progress: null });

    // Setting again replaces the target.
    expect((await admin.ok(SET, { input: { regionCode: TARGET_CITY, year: 2027, workers: 6 } })).setEmploymentTarget).toMatchObject({
      workers: 6,
      progress: 0.5,
    });
    const county = (await countyBureau.ok(TARGETS, { regionCode: SUIDE, year: 2027 })).employmentTargets;
    expect(county).toEqual([{ region: { code: SUIDE, name: '绥德县' }, year: 2027, workers: 4, achieved: 2, progress: 0.5 }]);
    expect(await countyBureau.errorCode(TARGETS, { regionCode: TARGET_CITY, year: 2027 })).toBe('FORBIDDEN');
    expect(await employer.caller.errorCode(TARGETS, { regionCode: SUIDE, year: 2027 })).toBe('FORBIDDEN');
  });
});

describe('zero-employment households', () => {
  let t: TestApp;
  let world: StatisticsWorld;
  let cityBureau: Caller;
  let countyBureau: Caller; // 临夏市: not 康乐县

  const HOUSEHOLDS = `query($regionCode: String!, $first: Int, $after: String) { zeroEmploymentHouseholds(regionCode: $regionCode, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id hukouRegion { code name } members { id name maskedIdNumber laborCapacity seekingStatus returnedHomeOn } } } } }`;

  beforeAll(async () => {
    t = await startTestApp();
    world = new StatisticsWorld(t);
    cityBureau = await t.signIn(await insertAccount('BUREAU', CITY), TEST_PASSWORD);
    countyBureau = await t.signIn(await insertAccount('BUREAU', LINXIA_CITY), TEST_PASSWORD);
  });

  afterAll(() => t.close());

  it('lists households with labour and nobody at work, with masked members; a hire clears one, its end brings it back', async () => {
    const employer = await world.organization('ENTERPRISE', '350102', '福州某食品厂');
    const posting = await world.posting({ organizationId: employer.organizationId, kind: 'EAST_WEST', regionCode: '350102' });
    // H1: a full labourer and a half labourer, nobody at work. H2: only a half labourer (no labour to employ).
    // H3: a full labourer already at work. H4: a weak labourer, nobody at work.
    const h1a = await world.worker(cityBureau, KANGLE, '马成林');
    const h1b = await world.worker(cityBureau, KANGLE, '马阿依舍', { laborCapacity: 'HALF', householdId: h1a.householdId });
    await world.worker(cityBureau, KANGLE, '韩老汉', { laborCapacity: 'HALF' });
    const h3 = await world.worker(cityBureau, KANGLE, '马小军');
    await world.place(h3, posting, employer.caller, '2026-10-01');
    const h4 = await world.worker(cityBureau, KANGLE, '妥玉兰', { laborCapacity: 'WEAK' });

    const all = (await cityBureau.ok(HOUSEHOLDS, { regionCode: KANGLE, first: 10 })).zeroEmploymentHouseholds;
    expect(all.totalCount).toBe(2);
    const ids = all.edges.map((e: { node: { id: string } }) => e.node.id).sort();
    expect(ids).toEqual([h1a.householdId, h4.householdId].sort());
    const h1 = all.edges.find((e: { node: { id: string } }) => e.node.id === h1a.householdId).node;
    expect(h1.hukouRegion).toEqual({ code: KANGLE, name: '康乐县' });
    expect(h1.members).toEqual([
      {
        id: h1a.id,
        name: '马成林',
        maskedIdNumber: `${h1a.idNumber.slice(0, 6)}***********${h1a.idNumber.slice(-1)}`,
        laborCapacity: 'FULL',
        seekingStatus: 'SEEKING',
        returnedHomeOn: null,
      },
      {
        id: h1b.id,
        name: '马阿依舍',
        maskedIdNumber: `${h1b.idNumber.slice(0, 6)}***********${h1b.idNumber.slice(-1)}`,
        laborCapacity: 'HALF',
        seekingStatus: 'SEEKING',
        returnedHomeOn: null,
      },
    ]);
    const body = JSON.stringify(all);
    for (const w of [h1a, h1b, h4]) {
      expect(body).not.toContain(w.phone);
      expect(body).not.toContain(w.idNumber);
    }

    // One a page: the cursor walks on to the other household.
    const first = (await cityBureau.ok(HOUSEHOLDS, { regionCode: KANGLE, first: 1 })).zeroEmploymentHouseholds;
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = (await cityBureau.ok(HOUSEHOLDS, { regionCode: KANGLE, first: 1, after: first.pageInfo.endCursor })).zeroEmploymentHouseholds;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([first.edges[0].node.id, second.edges[0].node.id].sort()).toEqual(ids);
    // The city sees the county's households too.
    expect(
      (await cityBureau.ok(HOUSEHOLDS, { regionCode: CITY, first: 100 })).zeroEmploymentHouseholds.edges.map((e: { node: { id: string } }) => e.node.id),
    ).toEqual(expect.arrayContaining(ids));

    // The half labourer of H1 is hired: the household has someone at work and leaves the list.
    const placement = await world.place(h1b, posting, employer.caller, '2026-11-02');
    const after = (await cityBureau.ok(HOUSEHOLDS, { regionCode: KANGLE, first: 10 })).zeroEmploymentHouseholds;
    expect(after.totalCount).toBe(1);
    expect(after.edges[0].node.id).toBe(h4.householdId);
    // ...and comes back when that placement ends, the member now a returnee.
    await world.end(employer.caller, placement, '2026-11-20', 'RETURNED_HOME');
    const back = (await cityBureau.ok(HOUSEHOLDS, { regionCode: KANGLE, first: 10 })).zeroEmploymentHouseholds;
    expect(back.totalCount).toBe(2);
    const again = back.edges.find((e: { node: { id: string } }) => e.node.id === h1a.householdId).node;
    expect(again.members.find((m: { id: string }) => m.id === h1b.id).returnedHomeOn).toBe('2026-11-20');

    expect(await countyBureau.errorCode(HOUSEHOLDS, { regionCode: KANGLE })).toBe('FORBIDDEN');
    expect(await countyBureau.errorCode(HOUSEHOLDS, { regionCode: CITY })).toBe('FORBIDDEN');
    expect(await employer.caller.errorCode(HOUSEHOLDS, { regionCode: KANGLE })).toBe('FORBIDDEN');
    expect(await t.anonymous.errorCode(HOUSEHOLDS, { regionCode: KANGLE })).toBe('UNAUTHENTICATED');
    const badCursor = await cityBureau.gql(HOUSEHOLDS, { regionCode: KANGLE, after: 'not-a-cursor' });
    expect(badCursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
  });
});
