import ExcelJS from 'exceljs';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';
import { StatisticsWorld, type TestWorker } from './statistics-fixture.js';

const CITY = '610700'; // 汉中市: used by no other suite
const HANTAI = '610702'; // 汉台区
const NANZHENG = '610703'; // 南郑区
const WEEK = '2026-W45'; // Monday 2026-11-02 .. Sunday 2026-11-08

const STATISTICS = `query($input: PlacementStatisticsInput!) { placementStatistics(input: $input) {
  totals { workersEmployed placementsStarted returnees subsidyClaimed subsidyPaid } } }`;
const STATISTICS_BY_CHILD = `query($input: PlacementStatisticsInput!) { placementStatistics(input: $input) {
  rows { childRegion { code } workersEmployed placementsStarted returnees subsidyClaimed subsidyPaid } } }`;
const ROW = 'region { code name } employedAtWeekEnd newPlacements returnees target employedThisYear progress subsidyClaimed subsidyPaid';
const WEEKLY = `query($regionCode: String!, $week: String!) { weeklyReport(regionCode: $regionCode, week: $week) {
  region { code } week from to year dataAsOf rows { ${ROW} } totals { ${ROW} } } }`;
const SET_TARGET = 'mutation($input: SetEmploymentTargetInput!) { setEmploymentTarget(input: $input) { workers } }';

interface Download {
  status: number;
  body: Buffer;
  headers: Record<string, string>;
}

/**
 * The week of 2026-W45 in 汉中市:
 *  V1 汉台区: east-west job in Shenzhen from Tuesday 11-03 (new this week).   Claim 500 submitted Wednesday.
 *  V2 汉台区: local job since 2026-06-01 (at work all week).
 *  V3 南郑区: east-west job 2026-05-01 .. Thursday 11-05 RETURNED_HOME.      Claim 1000 (from June) PAID Friday 11-06.
 *  V4 南郑区: workshop job from Sunday 11-08 (new, and at work at the week's end).
 *  V5 南郑区: starts Monday 11-09, next week.
 * Targets for 2026: 汉中市 10, 汉台区 4.
 */
describe('weekly report (GET /reports/weekly.xlsx)', () => {
  let t: TestApp;
  let cityBureau: Caller;
  let hantaiBureau: Caller;
  let admin: Caller;
  let employer: Caller;
  let v1: TestWorker;
  let v4: TestWorker;

  async function download(caller: Caller | null, query: Record<string, string>): Promise<Download> {
    const request = t
      .http()
      .get('/reports/weekly.xlsx')
      .query(query)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    if (caller?.token) request.set('authorization', `Bearer ${caller.token}`);
    const res = await request;
    return { status: res.status, body: res.body as Buffer, headers: res.headers };
  }

  const json = (d: Download) => JSON.parse(d.body.toString('utf8'));

  async function workbook(d: Download): Promise<ExcelJS.Workbook> {
    expect(d.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(d.body as unknown as ArrayBuffer);
    return book;
  }

  /** Cell values of a row, from column 1; empty cells as null. */
  const values = (sheet: ExcelJS.Worksheet, row: number, columns: number) =>
    Array.from({ length: columns }, (_, i) => {
      const value = sheet.getRow(row).getCell(i + 1).value;
      return value === undefined ? null : value;
    });

  beforeAll(async () => {
    t = await startTestApp();
    const world = new StatisticsWorld(t);
    cityBureau = await t.signIn(await insertAccount('BUREAU', CITY), TEST_PASSWORD);
    hantaiBureau = await t.signIn(await insertAccount('BUREAU', HANTAI), TEST_PASSWORD);
    admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
    const east = await world.organization('ENTERPRISE', '440306', '深圳某电子有限公司');
    employer = east.caller;
    const hanzhong = await world.organization('ENTERPRISE', NANZHENG, '南郑区某茶业公司');
    const eastWest = await world.posting({ organizationId: east.organizationId, kind: 'EAST_WEST', regionCode: '440306', title: '电子厂普工' });
    const local = await world.posting({ organizationId: hanzhong.organizationId, kind: 'LOCAL', regionCode: HANTAI, title: '物流配送员' });
    const workshop = await world.posting({ organizationId: hanzhong.organizationId, kind: 'WORKSHOP', regionCode: NANZHENG, title: '茶叶加工' });

    v1 = await world.worker(cityBureau, HANTAI, '张伟');
    const v2 = await world.worker(cityBureau, HANTAI, '李娜');
    const v3 = await world.worker(cityBureau, NANZHENG, '王强');
    v4 = await world.worker(cityBureau, NANZHENG, '赵敏');
    const v5 = await world.worker(cityBureau, NANZHENG, '刘洋');

    const q1 = await world.place(v1, eastWest, employer, '2026-11-03');
    await world.place(v2, local, hanzhong.caller, '2026-06-01');
    const q3 = await world.place(v3, eastWest, employer, '2026-05-01');
    await world.end(employer, q3, '2026-11-05', 'RETURNED_HOME');
    await world.place(v4, workshop, hanzhong.caller, '2026-11-08');
    await world.place(v5, eastWest, employer, '2026-11-09');
    await world.claim(q1, { kind: 'TRANSPORT', amount: 500, status: 'SUBMITTED', createdAt: '2026-11-04T10:00:00+08:00' });
    await world.claim(q3, { kind: 'TRANSPORT', amount: 1000, status: 'PAID', createdAt: '2026-06-15T10:00:00+08:00', paidOn: '2026-11-06' });

    await cityBureau.ok(SET_TARGET, { input: { regionCode: CITY, year: 2026, workers: 10 } });
    await cityBureau.ok(SET_TARGET, { input: { regionCode: HANTAI, year: 2026, workers: 4 } });
  });

  afterAll(() => t.close());

  it('opens in exceljs: a progress sheet per county with a totals row, and the week’s new placements', async () => {
    const d = await download(cityBureau, { regionCode: CITY, week: WEEK });
    expect(d.headers['content-type']).toContain('spreadsheetml.sheet');
    expect(d.headers['content-disposition']).toContain(`weekly-${CITY}-${WEEK}.xlsx`);
    expect(decodeURIComponent(d.headers['content-disposition'])).toContain('汉中市务工就业周报-2026-W45.xlsx');
    const book = await workbook(d);
    expect(book.worksheets.map((s) => s.name)).toEqual(['进度汇总', '新增就业明细']);

    const summary = book.getWorksheet('进度汇总')!;
    expect(values(summary, 1, 10)).toEqual([
      '地区代码',
      '地区',
      '在岗务工人数（周末）',
      '本周新增就业',
      '本周返乡人数',
      '年度目标',
      '本年累计务工人数',
      '目标完成率',
      '本周申领补贴（元）',
      '本周发放补贴（元）',
    ]);
    // 汉中市 has 11 counties: rows 2..12, totals in row 13.
    expect(summary.rowCount).toBe(13);
    expect(values(summary, 2, 10)).toEqual([HANTAI, '汉台区', 2, 1, 0, 4, 2, 0.5, 500, 0]);
    expect(values(summary, 3, 10)).toEqual([NANZHENG, '南郑区', 1, 1, 1, null, 2, null, 0, 1000]);
    for (let row = 4; row <= 12; row++) expect(values(summary, row, 10).slice(2)).toEqual([0, 0, 0, null, 0, null, 0, 0]);
    expect(values(summary, 13, 10)).toEqual([CITY, '合计（汉中市）', 3, 2, 1, 10, 4, 0.4, 500, 1000]);
    expect(summary.getRow(13).getCell(3).font?.bold).toBe(true);

    // A header that prints well: bold, frozen, sized columns, repeated on each printed page; numbers formatted as numbers.
    expect(summary.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(summary.getColumn(2).width).toBeGreaterThanOrEqual(20);
    expect(summary.pageSetup.printTitlesRow).toBe('1:1');
    expect(summary.pageSetup.orientation).toBe('landscape');
    expect(summary.getRow(2).getCell(8).numFmt).toBe('0.0%');
    expect(summary.getRow(2).getCell(9).numFmt).toBe('#,##0');

    const detail = book.getWorksheet('新增就业明细')!;
    expect(values(detail, 1, 8)).toEqual(['姓名', '身份证号（脱敏）', '户籍县', '务工地', '岗位', '岗位类型', '就业范围', '开始日期']);
    expect(detail.rowCount).toBe(3);
    const mask = (w: TestWorker) => `${w.idNumber.slice(0, 6)}***********${w.idNumber.slice(-1)}`;
    expect(values(detail, 2, 8)).toEqual([
      '张伟',
      mask(v1),
      '陕西省 汉中市 汉台区',
      '广东省 深圳市 宝安区',
      '电子厂普工',
      '东西部劳务协作岗位',
      '省外就业',
      new Date('2026-11-03T00:00:00Z'),
    ]);
    expect(values(detail, 3, 8)).toEqual([
      '赵敏',
      mask(v4),
      '陕西省 汉中市 南郑区',
      '陕西省 汉中市 南郑区',
      '茶叶加工',
      '就业帮扶车间岗位',
      '县内就业',
      new Date('2026-11-08T00:00:00Z'),
    ]);
    expect(detail.pageSetup.printTitlesRow).toBe('1:1');
    // Masked only: no full ID number and no phone anywhere in the workbook.
    const cells: string[] = [];
    for (const sheet of book.worksheets) sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text)));
    for (const w of [v1, v4]) {
      expect(cells.some((c) => c.includes(w.idNumber) || c.includes(w.phone))).toBe(false);
      expect(cells).toContain(mask(w));
    }
  });

  it('totals match placementStatistics for the same week, its last day and the year so far', async () => {
    const book = await workbook(await download(cityBureau, { regionCode: CITY, week: WEEK }));
    const totals = values(book.getWorksheet('进度汇总')!, 13, 10);
    const stats = async (from: string, to: string) => (await cityBureau.ok(STATISTICS, { input: { regionCode: CITY, from, to } })).placementStatistics.totals;
    const week = await stats('2026-11-02', '2026-11-08');
    const sunday = await stats('2026-11-08', '2026-11-08');
    const year = await stats('2026-01-01', '2026-11-08');
    expect(totals.slice(2)).toEqual([
      sunday.workersEmployed,
      week.placementsStarted,
      week.returnees,
      10,
      year.workersEmployed,
      year.workersEmployed / 10,
      week.subsidyClaimed,
      week.subsidyPaid,
    ]);
  });

  it('takes any date of the week for the week, and serves a county its own row', async () => {
    const byDate = await workbook(await download(cityBureau, { regionCode: CITY, week: '2026-11-05' }));
    expect(values(byDate.getWorksheet('进度汇总')!, 13, 10)).toEqual([CITY, '合计（汉中市）', 3, 2, 1, 10, 4, 0.4, 500, 1000]);
    const county = await workbook(await download(hantaiBureau, { regionCode: HANTAI, week: WEEK }));
    const sheet = county.getWorksheet('进度汇总')!;
    expect(sheet.rowCount).toBe(3);
    expect(values(sheet, 2, 10)).toEqual([HANTAI, '汉台区', 2, 1, 0, 4, 2, 0.5, 500, 0]);
    expect(values(sheet, 3, 10)).toEqual([HANTAI, '合计（汉台区）', 2, 1, 0, 4, 2, 0.5, 500, 0]);
    expect(county.getWorksheet('新增就业明细')!.rowCount).toBe(2);
    expect((await download(admin, { regionCode: '610000', week: WEEK })).status).toBe(200);
  });

  it('refuses a sibling county, the parent city, employers and anonymous callers; bad parameters are named', async () => {
    const sibling = await download(hantaiBureau, { regionCode: NANZHENG, week: WEEK });
    expect(sibling.status).toBe(403);
    expect(json(sibling).code).toBe('FORBIDDEN');
    expect((await download(hantaiBureau, { regionCode: CITY, week: WEEK })).status).toBe(403);
    expect((await download(employer, { regionCode: CITY, week: WEEK })).status).toBe(403);
    expect((await download(v1.caller, { regionCode: HANTAI, week: WEEK })).status).toBe(403);
    expect((await download(null, { regionCode: CITY, week: WEEK })).status).toBe(401);

    for (const [query, field] of [
      [{ regionCode: CITY, week: '2026-W54' }, 'week'],
      [{ regionCode: CITY, week: 'last week' }, 'week'],
      [{ regionCode: CITY }, 'week'],
      [{ regionCode: '61070', week: WEEK }, 'regionCode'],
      [{ regionCode: '619900', week: WEEK }, 'regionCode'],
      [{ week: WEEK }, 'regionCode'],
    ] as Array<[Record<string, string>, string]>) {
      const bad = await download(cityBureau, query);
      expect(bad.status).toBe(400);
      expect(json(bad)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
    }
  });

  describe('weeklyReport (the preview on screen)', () => {
    /** A row of the preview as the cells of its line in 进度汇总. */
    const asCells = (row: any, name: string) => [
      row.region.code,
      name,
      row.employedAtWeekEnd,
      row.newPlacements,
      row.returnees,
      row.target,
      row.employedThisYear,
      row.progress,
      row.subsidyClaimed,
      row.subsidyPaid,
    ];

    it('has exactly the rows and the 合计 row of the xlsx, with the week’s days and when the numbers are true as of', async () => {
      const before = Date.now();
      const report = (await cityBureau.ok(WEEKLY, { regionCode: CITY, week: WEEK })).weeklyReport;
      const after = Date.now();
      expect(report).toMatchObject({ region: { code: CITY }, week: WEEK, from: '2026-11-02', to: '2026-11-08', year: 2026 });
      expect(Date.parse(report.dataAsOf)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(report.dataAsOf)).toBeLessThanOrEqual(after + 1000);

      const summary = (await workbook(await download(cityBureau, { regionCode: CITY, week: WEEK }))).getWorksheet('进度汇总')!;
      expect(report.rows).toHaveLength(summary.rowCount - 2);
      report.rows.forEach((row: any, i: number) => expect(asCells(row, row.region.name)).toEqual(values(summary, i + 2, 10)));
      expect(asCells(report.totals, '合计（汉中市）')).toEqual(values(summary, summary.rowCount, 10));
      expect(asCells(report.totals, '合计（汉中市）')).toEqual([CITY, '合计（汉中市）', 3, 2, 1, 10, 4, 0.4, 500, 1000]);
    });

    it('equals placementStatistics for the same days, child by child', async () => {
      const report = (await cityBureau.ok(WEEKLY, { regionCode: CITY, week: '2026-11-05' })).weeklyReport;
      const byChild = async (from: string, to: string) => {
        const rows = (await cityBureau.ok(STATISTICS_BY_CHILD, { input: { regionCode: CITY, from, to, groupBy: ['CHILD_REGION'] } })).placementStatistics.rows;
        return new Map<string, any>(rows.map((r: any) => [r.childRegion.code, r]));
      };
      const [week, sunday, year] = await Promise.all([
        byChild('2026-11-02', '2026-11-08'),
        byChild('2026-11-08', '2026-11-08'),
        byChild('2026-01-01', '2026-11-08'),
      ]);
      expect(report.rows.map((r: any) => r.region.code)).toEqual([...week.keys()]);
      for (const row of report.rows) {
        const code = row.region.code;
        expect([row.employedAtWeekEnd, row.newPlacements, row.returnees, row.employedThisYear, row.subsidyClaimed, row.subsidyPaid]).toEqual([
          sunday.get(code).workersEmployed,
          week.get(code).placementsStarted,
          week.get(code).returnees,
          year.get(code).workersEmployed,
          week.get(code).subsidyClaimed,
          week.get(code).subsidyPaid,
        ]);
      }
    });

    it('checks what the xlsx route checks, with the same errors', async () => {
      const county = (await hantaiBureau.ok(WEEKLY, { regionCode: HANTAI, week: WEEK })).weeklyReport;
      expect(asCells(county.totals, '合计（汉台区）')).toEqual([HANTAI, '合计（汉台区）', 2, 1, 0, 4, 2, 0.5, 500, 0]);
      expect((await admin.ok(WEEKLY, { regionCode: '610000', week: WEEK })).weeklyReport.region.code).toBe('610000');
      expect(await hantaiBureau.errorCode(WEEKLY, { regionCode: NANZHENG, week: WEEK })).toBe('FORBIDDEN');
      expect(await hantaiBureau.errorCode(WEEKLY, { regionCode: CITY, week: WEEK })).toBe('FORBIDDEN');
      expect(await employer.errorCode(WEEKLY, { regionCode: CITY, week: WEEK })).toBe('FORBIDDEN');
      expect(await v1.caller.errorCode(WEEKLY, { regionCode: HANTAI, week: WEEK })).toBe('FORBIDDEN');
      expect(await t.anonymous.errorCode(WEEKLY, { regionCode: CITY, week: WEEK })).toBe('UNAUTHENTICATED');
      for (const [variables, field] of [
        [{ regionCode: CITY, week: '2026-W54' }, 'week'],
        [{ regionCode: CITY, week: 'last week' }, 'week'],
        [{ regionCode: '61070', week: WEEK }, 'regionCode'],
        [{ regionCode: '619900', week: WEEK }, 'regionCode'],
      ] as Array<[Record<string, string>, string]>) {
        const bad = await cityBureau.gql(WEEKLY, variables);
        expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
        expect(bad.errors?.[0].message).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  });
});
