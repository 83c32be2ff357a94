import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';
import { StatisticsWorld, type TestWorker } from './statistics-fixture.js';

// Codes no other suite uses, so the counts below are exact on the shared database.
const QIANNAN = '522700'; // 黔南州 (贵州)
const LIBO = '522722'; // 荔波县
const SHENZHEN = '440300';
const LONGHUA = '440309'; // 龙华区
const PINGSHAN = '440310'; // 坪山区
const YUNNAN_COUNTY = '530423'; // 通海县 (云南)
const YEAR = { from: '2026-01-01', to: '2026-12-31' };

const METRICS = 'workersEmployed placementsStarted returnees subsidyClaimed subsidyPaid';
const STATISTICS = `query($input: PlacementStatisticsInput!) { placementStatistics(input: $input) {
  region { code } side from to dataAsOf groupBy
  totals { ${METRICS} }
  rows { childRegion { code name } hukouProvince { code name } category scope postingKind month ${METRICS} }
  subsidiesByKind { kind subsidyClaimed subsidyPaid } } }`;

type Metrics = Record<'workersEmployed' | 'placementsStarted' | 'returnees' | 'subsidyClaimed' | 'subsidyPaid', number>;
const ZERO: Metrics = { workersEmployed: 0, placementsStarted: 0, returnees: 0, subsidyClaimed: 0, subsidyPaid: 0 };
const metricsOf = (row: Metrics): Metrics => ({
  workersEmployed: row.workersEmployed,
  placementsStarted: row.placementsStarted,
  returnees: row.returnees,
  subsidyClaimed: row.subsidyClaimed,
  subsidyPaid: row.subsidyPaid,
});

/**
 * 东西部协作 seen from both ends, calendar year 2026:
 *  G1 荔波县 → 龙华区 (深圳) from 2026-03-01, still there.           Claim TRANSPORT 500 submitted 2026-03-05.
 *  G2 荔波县 → 龙华区 2026-02-01 .. 2026-06-30, RETURNED_HOME.       Claim JOB_SEEKING 800 made 2026-02-10, paid 2026-04-01.
 *  G3 荔波县 → 坪山区 (深圳) since 2025-11-01 (in work, not started in 2026).
 *  G4 荔波县 → a local job in 荔波县 from 2026-03-01.
 *  Y1 通海县 (云南) → 龙华区 from 2026-05-01.                          Claim TRANSPORT 300 REJECTED (never counted).
 */
describe('placementStatistics by workplace (the receiving side)', () => {
  let t: TestApp;
  let admin: Caller;
  let guangdong: Caller;
  let shenzhen: Caller;
  let longhua: Caller;
  let guizhou: Caller;
  let qiannan: Caller;
  let employer: Caller;
  const workers: TestWorker[] = [];

  const stats = (caller: Caller, input: Record<string, unknown>) => caller.ok(STATISTICS, { input: { ...YEAR, ...input } }).then((d) => d.placementStatistics);
  const cell = (result: any, child: string, province: string | null = null) =>
    metricsOf(result.rows.find((r: any) => r.childRegion?.code === child && (province === null || r.hukouProvince?.code === province)));

  beforeAll(async () => {
    t = await startTestApp();
    const world = new StatisticsWorld(t);
    admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
    guangdong = await t.signIn(await insertAccount('BUREAU', '440000'), TEST_PASSWORD);
    shenzhen = await t.signIn(await insertAccount('BUREAU', SHENZHEN), TEST_PASSWORD);
    longhua = await t.signIn(await insertAccount('BUREAU', LONGHUA), TEST_PASSWORD);
    guizhou = await t.signIn(await insertAccount('BUREAU', '520000'), TEST_PASSWORD);
    qiannan = await t.signIn(await insertAccount('BUREAU', QIANNAN), TEST_PASSWORD);
    const yunnan = await t.signIn(await insertAccount('BUREAU', YUNNAN_COUNTY), TEST_PASSWORD);
    const longhuaFirm = await world.organization('ENTERPRISE', LONGHUA, '深圳龙华某电子有限公司');
    employer = longhuaFirm.caller;
    const pingshanFirm = await world.organization('ENTERPRISE', PINGSHAN, '深圳坪山某电池有限公司');
    const liboFirm = await world.organization('ENTERPRISE', LIBO, '荔波县某旅游公司');
    const inLonghua = await world.posting({ organizationId: longhuaFirm.organizationId, kind: 'EAST_WEST', regionCode: LONGHUA, title: '电子厂普工' });
    const inPingshan = await world.posting({ organizationId: pingshanFirm.organizationId, kind: 'EAST_WEST', regionCode: PINGSHAN, title: '电池装配工' });
    const inLibo = await world.posting({ organizationId: liboFirm.organizationId, kind: 'LOCAL', regionCode: LIBO, title: '景区讲解员' });

    const g1 = await world.worker(qiannan, LIBO, '韦小兰');
    const g2 = await world.worker(qiannan, LIBO, '蒙大勇');
    const g3 = await world.worker(qiannan, LIBO, '覃春花');
    const g4 = await world.worker(qiannan, LIBO, '莫文军');
    const y1 = await world.worker(yunnan, YUNNAN_COUNTY, '普建华');
    workers.push(g1, g2, g3, g4, y1);
    // Registration starts the category today; these workers held it long before their placements.
    for (const w of workers) await world.categoryHistory(w.id, [{ category: 'POVERTY_ALLEVIATED', from: '2020-01-01' }]);

    const p1 = await world.place(g1, inLonghua, employer, '2026-03-01');
    const p2 = await world.place(g2, inLonghua, employer, '2026-02-01', 6);
    await world.end(admin, p2, '2026-06-30', 'RETURNED_HOME');
    await world.place(g3, inPingshan, pingshanFirm.caller, '2025-11-01');
    await world.place(g4, inLibo, liboFirm.caller, '2026-03-01');
    const p5 = await world.place(y1, inLonghua, employer, '2026-05-01');
    await world.claim(p1, { kind: 'TRANSPORT', amount: 500, status: 'SUBMITTED', createdAt: '2026-03-05T10:00:00+08:00' });
    await world.claim(p2, { kind: 'JOB_SEEKING', amount: 800, status: 'PAID', createdAt: '2026-02-10T10:00:00+08:00', paidOn: '2026-04-01' });
    await world.claim(p5, { kind: 'TRANSPORT', amount: 300, status: 'REJECTED', createdAt: '2026-05-10T10:00:00+08:00' });
  });

  afterAll(() => t.close());

  it('counts a 贵州 worker in 深圳 for 贵州 on the hukou side and for 深圳 on the workplace side, with the same numbers', async () => {
    const fromLongHua = { workersEmployed: 2, placementsStarted: 2, returnees: 1, subsidyClaimed: 1300, subsidyPaid: 800 };
    const fromPingshan = { workersEmployed: 1, placementsStarted: 0, returnees: 0, subsidyClaimed: 0, subsidyPaid: 0 };

    const receiving = await stats(shenzhen, { regionCode: SHENZHEN, side: 'WORKPLACE', groupBy: ['CHILD_REGION', 'HUKOU_PROVINCE'] });
    expect(receiving).toMatchObject({ region: { code: SHENZHEN }, side: 'WORKPLACE', groupBy: ['CHILD_REGION', 'HUKOU_PROVINCE'] });
    expect(cell(receiving, LONGHUA, '520000')).toEqual(fromLongHua);
    expect(cell(receiving, LONGHUA, '530000')).toEqual({ ...ZERO, workersEmployed: 1, placementsStarted: 1 });
    expect(cell(receiving, PINGSHAN, '520000')).toEqual(fromPingshan);
    // Every province is listed for every district, zeros included.
    const provinces = new Set(receiving.rows.map((r: any) => r.hukouProvince.code));
    expect(provinces.size).toBeGreaterThanOrEqual(31);
    expect(cell(receiving, LONGHUA, '620000')).toEqual(ZERO);

    // The same placements from the sending side: 荔波县's workers out of province are exactly those rows.
    const sending = await stats(qiannan, { regionCode: LIBO, groupBy: ['SCOPE'] });
    const outOfProvince = sending.rows.find((r: any) => r.scope === 'OTHER_PROVINCE');
    expect(metricsOf(outOfProvince)).toEqual({ ...fromLongHua, workersEmployed: 3 });
    const guizhouView = await stats(guizhou, { regionCode: '520000', groupBy: ['CHILD_REGION'] });
    expect(cell(guizhouView, QIANNAN).workersEmployed).toBeGreaterThanOrEqual(4);

    // A district's totals are computed directly; 龙华区 holds G1, G2 and Y1 only.
    const district = await stats(longhua, { regionCode: LONGHUA, side: 'WORKPLACE' });
    expect(district.totals).toEqual({ workersEmployed: 3, placementsStarted: 3, returnees: 1, subsidyClaimed: 1300, subsidyPaid: 800 });
    // The local job counts where it is on the workplace side too: 荔波县 receives G4.
    const liboWorkplace = await stats(qiannan, { regionCode: LIBO, side: 'WORKPLACE', groupBy: ['HUKOU_PROVINCE'] });
    expect(liboWorkplace.totals).toEqual({ ...ZERO, workersEmployed: 1, placementsStarted: 1 });
    expect(liboWorkplace.rows.find((r: any) => r.hukouProvince.code === '520000').workersEmployed).toBe(1);
  });

  it('breaks the workplace side down like the hukou side: scope, kind, month and category', async () => {
    const byMonth = await stats(longhua, { regionCode: LONGHUA, side: 'WORKPLACE', groupBy: ['MONTH', 'SCOPE'] });
    const month = (m: string, scope: string) => metricsOf(byMonth.rows.find((r: any) => r.month === m && r.scope === scope));
    expect(month('2026-02', 'OTHER_PROVINCE')).toEqual({ ...ZERO, workersEmployed: 1, placementsStarted: 1, subsidyClaimed: 800 });
    expect(month('2026-04', 'OTHER_PROVINCE')).toEqual({ ...ZERO, workersEmployed: 2, subsidyPaid: 800 });
    expect(month('2026-06', 'OTHER_PROVINCE')).toEqual({ ...ZERO, workersEmployed: 3, returnees: 1 });
    expect(month('2026-07', 'OTHER_PROVINCE')).toEqual({ ...ZERO, workersEmployed: 2 });
    const byCategory = await stats(longhua, { regionCode: LONGHUA, side: 'WORKPLACE', groupBy: ['CATEGORY', 'POSTING_KIND'] });
    const poor = byCategory.rows.find((r: any) => r.category === 'POVERTY_ALLEVIATED' && r.postingKind === 'EAST_WEST');
    expect(poor.workersEmployed).toBe(3);
  });

  it('gives subsidies by kind counted as subsidyClaimed and subsidyPaid are, on both sides', async () => {
    const district = await stats(longhua, { regionCode: LONGHUA, side: 'WORKPLACE' });
    const kind = (result: any, k: string) => result.subsidiesByKind.find((s: any) => s.kind === k);
    expect(kind(district, 'TRANSPORT')).toEqual({ kind: 'TRANSPORT', subsidyClaimed: 500, subsidyPaid: 0 });
    expect(kind(district, 'JOB_SEEKING')).toEqual({ kind: 'JOB_SEEKING', subsidyClaimed: 800, subsidyPaid: 800 });
    expect(district.subsidiesByKind.map((s: any) => s.kind)).toEqual(['TRANSPORT', 'JOB_SEEKING', 'TRACKING_SERVICE', 'ABSORPTION', 'EMPLOYMENT_REWARD']);
    for (const result of [district, await stats(qiannan, { regionCode: LIBO })]) {
      const sum = (field: 'subsidyClaimed' | 'subsidyPaid') => result.subsidiesByKind.reduce((n: number, s: any) => n + s[field], 0);
      expect([sum('subsidyClaimed'), sum('subsidyPaid')]).toEqual([result.totals.subsidyClaimed, result.totals.subsidyPaid]);
      expect(sum('subsidyClaimed')).toBe(1300);
    }
  });

  it('checks the jurisdiction on the workplace region: the receiving bureau and its parents, nobody else', async () => {
    const input = (regionCode: string) => ({ input: { ...YEAR, regionCode, side: 'WORKPLACE' } });
    expect((await guangdong.ok(STATISTICS, input(SHENZHEN))).placementStatistics.region.code).toBe(SHENZHEN);
    expect((await shenzhen.ok(STATISTICS, input(LONGHUA))).placementStatistics.totals.workersEmployed).toBe(3);
    expect((await admin.ok(STATISTICS, input('440000'))).placementStatistics.side).toBe('WORKPLACE');
    // The sending province may not read the receiving region, nor the receiving province the sending one.
    expect(await guangdong.errorCode(STATISTICS, input('520000'))).toBe('FORBIDDEN');
    expect(await guizhou.errorCode(STATISTICS, input(SHENZHEN))).toBe('FORBIDDEN');
    expect(await qiannan.errorCode(STATISTICS, input(LONGHUA))).toBe('FORBIDDEN');
    // A district bureau sees neither its city nor a sibling district.
    expect(await longhua.errorCode(STATISTICS, input(SHENZHEN))).toBe('FORBIDDEN');
    expect(await longhua.errorCode(STATISTICS, input(PINGSHAN))).toBe('FORBIDDEN');
    expect(await employer.errorCode(STATISTICS, input(LONGHUA))).toBe('FORBIDDEN');
    expect(await workers[0].caller.errorCode(STATISTICS, input(LONGHUA))).toBe('FORBIDDEN');
  });

  it('refuses HUKOU_PROVINCE on the hukou side, naming groupBy', async () => {
    const result = await qiannan.gql(STATISTICS, { input: { ...YEAR, regionCode: LIBO, groupBy: ['HUKOU_PROVINCE'] } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['groupBy'] });
    expect(result.errors?.[0].message).toContain('按户籍省份分组');
  });

  it('answers with counts only: no name, ID number or phone of anyone counted', async () => {
    const answers = [
      await stats(shenzhen, { regionCode: SHENZHEN, side: 'WORKPLACE', groupBy: ['CHILD_REGION', 'HUKOU_PROVINCE', 'SCOPE'] }),
      await stats(longhua, { regionCode: LONGHUA, side: 'WORKPLACE', groupBy: ['MONTH', 'CATEGORY', 'POSTING_KIND'] }),
      await stats(qiannan, { regionCode: LIBO, groupBy: ['CHILD_REGION', 'CATEGORY'] }),
    ];
    const text = JSON.stringify(answers);
    for (const w of workers) {
      for (const secret of [w.name, w.idNumber, w.phone, w.id]) expect(text).not.toContain(secret);
    }
  });

  it('says when the numbers are true as of: the moment they were read, even from the rollup', async () => {
    for (const [caller, input] of [
      [longhua, { regionCode: LONGHUA, side: 'WORKPLACE' }],
      [qiannan, { regionCode: LIBO }],
      [qiannan, { regionCode: LIBO, from: '2026-02-03', to: '2026-05-17' }],
    ] as Array<[Caller, Record<string, unknown>]>) {
      const before = Date.now();
      const result = await stats(caller, input);
      const after = Date.now();
      expect(typeof result.dataAsOf).toBe('string');
      const asOf = Date.parse(result.dataAsOf);
      // The API and the database share this machine's clock; a second of slack for rounding.
      expect(asOf).toBeGreaterThanOrEqual(before - 1000);
      expect(asOf).toBeLessThanOrEqual(after + 1000);
    }
  });
});
