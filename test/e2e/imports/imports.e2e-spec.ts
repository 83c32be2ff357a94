import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import pg from 'pg';
import { chinaToday } from '@app/common';
import { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername } from '@app/testing';
import { findPersonalData } from '../../support/personal-data-scan.js';
import { verifyOrganization } from '../../support/organizations.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const HEADER = ['姓名', '身份证号', '手机号', '户籍区县代码', '户编号', '人员类别', '劳动能力', '技能', '劳务品牌', '是否愿意外出', '意向地区代码', '期望月薪'];
const REGISTER_ORG = `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken } }`;
const REGISTER_WORKER = `mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }`;

type Row = Partial<Record<(typeof HEADER)[number], string | number>>;

/** A ledger row; names carry a per-test tag so the database can be checked by name. */
/** A random tag of Chinese characters: a hex slice could hold a run of digits, which names rightly refuse. */
function nameTag(): string {
  const characters = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
  return Array.from(randomUUID().replaceAll('-', '').slice(0, 6), (hex) => characters[parseInt(hex, 16)]).join('');
}

function ledgerRow(name: string, overrides: Row = {}): Row {
  return {
    姓名: name,
    身份证号: randomIdNumber('520102'),
    手机号: randomMobile(),
    户籍区县代码: '520102',
    人员类别: '脱贫人口',
    劳动能力: '全劳力',
    ...overrides,
  };
}

async function xlsxLedger(rows: Array<Row | null>, header: string[] = HEADER): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row ? header.map((h) => row[h] ?? null) : []);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvLedger(rows: Row[]): string {
  const cell = (v: string | number | undefined) => (v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return [HEADER.join(','), ...rows.map((r) => HEADER.map((h) => cell(r[h])).join(','))].join('\r\n') + '\r\n';
}

describe('POST /imports/workers (worker ledger import)', () => {
  let t: TestApp;
  let bureau: Caller; // 贵阳市 (city) bureau: 520102 and 520103 are inside, 530102 (昆明) is not
  let bureauAccountId: string;
  let agent: Caller;
  let agentOrganizationId: string;
  let employer: Caller;
  let worker: Caller;
  let db: pg.Client;

  async function signUp(kind: string): Promise<{ caller: Caller; username: string }> {
    const username = uniqueUsername(kind.toLowerCase());
    await t.anonymous.ok(REGISTER_ORG, {
      input: { name: '测试机构', kind, creditCode: randomCreditCode('520102'), regionCode: '520102', smallOrMicro: false, username, password: TEST_PASSWORD },
    });
    return { caller: await t.signIn(username, TEST_PASSWORD), username };
  }

  function upload(caller: Caller | null, bytes: Buffer, fileName = 'ledger.xlsx') {
    const req = t.http().post('/imports/workers');
    if (caller?.token) req.set('authorization', `Bearer ${caller.token}`);
    return req.attach('file', bytes, fileName);
  }

  /** Uploads, expects 200, and checks that the answer carries no ID number or phone number from the file. */
  async function importOk(caller: Caller, bytes: Buffer, sent: Row[], fileName = 'ledger.xlsx') {
    const res = await upload(caller, bytes, fileName);
    expect(res.status).toBe(200);
    for (const row of sent) {
      if (row.身份证号) expect(res.text).not.toContain(String(row.身份证号));
      if (row.手机号) expect(res.text).not.toContain(String(row.手机号));
    }
    expect(findPersonalData(res.text)).toEqual([]);
    return res.body;
  }

  async function workersNamed(prefix: string) {
    const { rows } = await db.query(
      `SELECT w.id, w.name, w.household_id, w.hukou_region_code, w.phone, w.gender, w.birth_date::text AS birth_date, w.id_masked, w.skills,
              w.labor_brand, w.willing_to_migrate, w.preferred_region_codes, w.expected_monthly_wage, w.labor_capacity, w.registered_by,
              w.registered_by_organization_id, h.hukou_region_code AS household_region,
              ARRAY(SELECT c.category::text FROM worker_categories c WHERE c.worker_id = w.id ORDER BY c.category) AS categories
         FROM workers w JOIN households h ON h.id = w.household_id WHERE w.name LIKE $1 ORDER BY w.name`,
      [`${prefix}%`],
    );
    return rows;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const bureauName = await insertAccount('BUREAU', '520100');
    bureau = await t.signIn(bureauName, TEST_PASSWORD);
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    bureauAccountId = (await db.query('SELECT id FROM accounts WHERE username = $1', [bureauName])).rows[0].id;
    const signedUpAgent = await signUp('LABOR_AGENCY');
    agent = signedUpAgent.caller;
    agentOrganizationId = (await db.query('SELECT organization_id FROM accounts WHERE username = $1', [signedUpAgent.username])).rows[0].organization_id;
    // Vetted organisations: the agency imports its ledger once its bureau verified it.
    await verifyOrganization(bureau, agentOrganizationId);
    employer = (await signUp('ENTERPRISE')).caller;
    const workerUsername = uniqueUsername('worker');
    await bureau.ok(REGISTER_WORKER, {
      input: {
        name: '工人',
        idNumber: randomIdNumber('520102'),
        hukouRegionCode: '520102',
        categories: ['POVERTY_ALLEVIATED'],
        laborCapacity: 'FULL',
        username: workerUsername,
        password: TEST_PASSWORD,
      },
    });
    worker = await t.signIn(workerUsername, TEST_PASSWORD);
  });

  afterAll(async () => {
    await db.end();
    await t.close();
  });

  describe('a file with good and bad rows', () => {
    const tag = `导${nameTag()}`;
    let rows: Array<Row | null>;
    let file: Buffer;
    let first: Record<string, any>;

    beforeAll(async () => {
      const good = ledgerRow(`${tag}甲`, {
        户编号: 'H1',
        技能: '电焊、普工',
        劳务品牌: '织金砂锅',
        是否愿意外出: '是',
        意向地区代码: '440000、330100',
        期望月薪: 4500,
        人员类别: '脱贫人口、易地搬迁',
      });
      const badId = randomIdNumber('520102');
      rows = [
        good, // row 2
        ledgerRow(`${tag}乙`, { 户编号: 'H1', 劳动能力: '弱劳力' }), // row 3
        ledgerRow(`${tag}丙`, { 身份证号: badId.slice(0, 17) + (badId[17] === '0' ? '1' : '0') }), // row 4: check character
        ledgerRow(`${tag}丁`, { 手机号: '0851-8888', 人员类别: '贫困户' }), // row 5: phone and category
        null, // row 6: empty, not counted
        ledgerRow(`${tag}戊`, { 户籍区县代码: '520103' }), // row 7
        ledgerRow(`${tag}己`, { 身份证号: good.身份证号 }), // row 8: same person as row 2
        ledgerRow(`${tag}庚`, { 户籍区县代码: '520100' }), // row 9: a city, not a county
        ledgerRow(`${tag}辛`, { 户编号: 'H2' }), // row 10: H2 spans two counties
        ledgerRow(`${tag}壬`, { 户编号: 'H2', 户籍区县代码: '520103' }), // row 11
        ledgerRow(`${tag}癸`, { 户籍区县代码: '530102' }), // row 12: outside the bureau's jurisdiction
      ];
      file = await xlsxLedger(rows);
      first = await importOk(
        bureau,
        file,
        rows.filter((r): r is Row => r !== null),
      );
    });

    it('answers exact counts and every error by row and column', () => {
      expect(first).toMatchObject({ total: 10, imported: 3, skipped: 0, failed: 7, errorCount: 8, errorsTruncated: false });
      expect(first.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
        [4, '身份证号'],
        [5, '手机号'],
        [5, '人员类别'],
        [8, '身份证号'],
        [9, '户籍区县代码'],
        [10, '户编号'],
        [11, '户编号'],
        [12, '户籍区县代码'],
      ]);
      const messages = Object.fromEntries(first.errors.map((e: { row: number; column: string; message: string }) => [`${e.row}${e.column}`, e.message]));
      expect(messages['4身份证号']).toContain('校验位');
      expect(messages['5人员类别']).toContain('“贫困户”');
      expect(messages['8身份证号']).toContain('第 2 行');
      expect(messages['9户籍区县代码']).toContain('区县');
      expect(messages['12户籍区县代码']).toContain('管辖范围');
    });

    it('registers the good rows as register() would: derived facts, categories from today, the bureau as registrant', async () => {
      const saved = await workersNamed(tag);
      expect(saved.map((w) => w.name)).toEqual([`${tag}乙`, `${tag}戊`, `${tag}甲`].sort());
      const jia = saved.find((w) => w.name === `${tag}甲`)!;
      const id = String(rows[0]!.身份证号);
      expect(jia).toMatchObject({
        hukou_region_code: '520102',
        phone: String(rows[0]!.手机号),
        id_masked: `${id.slice(0, 6)}***********${id.slice(-1)}`,
        birth_date: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
        gender: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
        skills: ['电焊', '普工'],
        labor_brand: '织金砂锅',
        willing_to_migrate: true,
        preferred_region_codes: ['440000', '330100'],
        expected_monthly_wage: 4500,
        labor_capacity: 'FULL',
        categories: ['POVERTY_ALLEVIATED', 'RELOCATED'],
        registered_by: bureauAccountId,
        registered_by_organization_id: null,
      });
      const today = chinaToday();
      const { rows: periods } = await db.query('SELECT DISTINCT effective_from::text AS f, effective_to FROM worker_categories WHERE worker_id = $1', [jia.id]);
      expect(periods).toEqual([{ f: today, effective_to: null }]);
    });

    it('makes the rows of one 户编号 one household, and every other row a household of its own', async () => {
      const saved = await workersNamed(tag);
      const byName = (suffix: string) => saved.find((w) => w.name === `${tag}${suffix}`)!;
      expect(byName('甲').household_id).toBe(byName('乙').household_id);
      expect(byName('戊').household_id).not.toBe(byName('甲').household_id);
      expect(byName('戊').household_region).toBe('520103');
      const { rows: members } = await db.query('SELECT count(*)::int AS n FROM workers WHERE household_id = $1', [byName('甲').household_id]);
      expect(members[0].n).toBe(2);
    });

    it('imports nothing twice when the same file comes again', async () => {
      // Counted for this file's workers only: other suites register workers at the same time.
      const mine = `SELECT (SELECT count(*) FROM workers WHERE name LIKE $1)::int AS w,
        (SELECT count(DISTINCT household_id) FROM workers WHERE name LIKE $1)::int AS h,
        (SELECT count(*) FROM worker_categories c JOIN workers w ON w.id = c.worker_id WHERE w.name LIKE $1)::int AS c`;
      const before = (await db.query(mine, [`${tag}%`])).rows[0];
      const again = await importOk(bureau, file, []);
      expect(again).toMatchObject({ total: 10, imported: 0, skipped: 3, failed: 7 });
      const after = (await db.query(mine, [`${tag}%`])).rows[0];
      expect(after).toEqual(before);
    });

    it('adds a new member of a 户编号 to the household an earlier import created, if the county matches', async () => {
      const [jia, yi] = [rows[0]!, rows[1]!];
      const newcomer = ledgerRow(`${tag}子`, { 户编号: 'H1' }); // joins 甲's household
      const movedYi = { ...yi, 户编号: 'H4', 户籍区县代码: '520103' }; // already registered, in a 520102 household
      const stranger = ledgerRow(`${tag}丑`, { 户编号: 'H4', 户籍区县代码: '520103' });
      const res = await importOk(bureau, await xlsxLedger([jia, newcomer, movedYi, stranger]), [jia, newcomer, movedYi, stranger]);
      expect(res).toMatchObject({ total: 4, imported: 1, skipped: 2, failed: 1 });
      expect(res.errors).toEqual([{ row: 5, column: '户编号', message: expect.stringContaining('520102') }]);
      const saved = await workersNamed(tag);
      expect(saved.find((w) => w.name === `${tag}子`)!.household_id).toBe(saved.find((w) => w.name === `${tag}甲`)!.household_id);
      expect(saved.some((w) => w.name === `${tag}丑`)).toBe(false);
    });
  });

  it('lets an agent import workers of any county for its agency', async () => {
    const tag = `代${nameTag()}`;
    const rows = [ledgerRow(`${tag}1`, { 户籍区县代码: '530102' }), ledgerRow(`${tag}2`, { 户籍区县代码: '440306' })];
    expect(await importOk(agent, await xlsxLedger(rows), rows)).toMatchObject({ total: 2, imported: 2, skipped: 0, failed: 0, errors: [] });
    const saved = await workersNamed(tag);
    expect(saved.map((w) => w.registered_by_organization_id)).toEqual([agentOrganizationId, agentOrganizationId]);
  });

  it.each([
    ['UTF-8 with BOM', (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['GB18030', (text: string) => iconv.encode(text, 'gb18030')],
  ])('imports a CSV ledger in %s', async (_, encode) => {
    const tag = `表${nameTag()}`;
    const rows = [
      ledgerRow(`${tag}一`, { 人员类别: '监测对象,农村低保', 户编号: 'C1' }),
      ledgerRow(`${tag}二`, { 户编号: 'C1', 劳动能力: '半劳力' }),
      ledgerRow(`${tag}三`, { 劳动能力: '强劳力' }),
    ];
    const res = await importOk(bureau, encode(csvLedger(rows)), rows, '台账.csv');
    expect(res).toMatchObject({ total: 3, imported: 2, failed: 1, errors: [{ row: 4, column: '劳动能力' }] });
    const saved = await workersNamed(tag);
    expect(saved.map((w) => w.name)).toEqual([`${tag}一`, `${tag}二`]);
    expect(saved[0].categories).toEqual(['MONITORING_TARGET', 'LOW_INCOME_ALLOWANCE']); // enum order
    expect(saved[0].household_id).toBe(saved[1].household_id);
  });

  it('lists at most 1,000 errors and says how many there were', async () => {
    const rows = Array.from({ length: 1_100 }, (_, i) => ledgerRow(`坏${i}`, { 劳动能力: '' }));
    const res = await importOk(bureau, await xlsxLedger(rows), rows);
    expect(res).toMatchObject({ total: 1_100, imported: 0, failed: 1_100, errorCount: 1_100, errorsTruncated: true });
    expect(res.errors).toHaveLength(1_000);
    expect(res.errors[999]).toMatchObject({ row: 1_001, column: '劳动能力' });
  });

  it('refuses a file that is not a ledger with 400 and a clear message', async () => {
    const pdf = await upload(bureau, Buffer.from('%PDF-1.4 not a ledger'), 'ledger.pdf');
    expect(pdf.status).toBe(400);
    expect(pdf.body).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'LEDGER_FORMAT_UNSUPPORTED',
      fields: ['file'],
      message: expect.stringContaining('.xlsx 或 .csv'),
    });
    const xls = await upload(bureau, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'ledger.xls');
    expect(xls.status).toBe(400);
    expect(xls.body).toMatchObject({ reason: 'LEDGER_XLS_UNSUPPORTED', message: expect.stringContaining('.xls') });
    const columns = await upload(bureau, await xlsxLedger([{ 姓名: '张三' }], ['姓名', '手机号']));
    expect(columns.status).toBe(400);
    expect(columns.body).toMatchObject({ reason: 'LEDGER_MISSING_COLUMNS', message: expect.stringContaining('缺少必填列 “身份证号”') });
    const huge = await upload(bureau, Buffer.alloc(20 * 1024 * 1024 + 1, 0x41), 'ledger.csv');
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', fields: ['file'], message: expect.stringContaining('20 MB') });
    const missing = await t
      .http()
      .post('/imports/workers')
      .set('authorization', `Bearer ${bureau.token ?? ''}`)
      .field('note', 'no file');
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ reason: 'FILE_REQUIRED', message: expect.stringContaining('file') });
  });

  it('refuses workers and employers (403) and anonymous callers (401)', async () => {
    const rows = [ledgerRow('不应导入')];
    const file = await xlsxLedger(rows);
    for (const caller of [worker, employer]) {
      const res = await upload(caller, file);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    const anonymous = await upload(null, file);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
    expect((await t.http().get('/imports/workers/template.xlsx')).status).toBe(401);
    expect((await db.query('SELECT count(*)::int AS n FROM workers WHERE name = $1', ['不应导入'])).rows[0].n).toBe(0);
  });

  it('serves a template that opens in exceljs, explains every column, and whose example row is refused', async () => {
    const res = await t
      .http()
      .get('/imports/workers/template.xlsx')
      .set('authorization', `Bearer ${agent.token ?? ''}`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as Parameters<typeof workbook.xlsx.load>[0]);
    const [ledger, guide] = workbook.worksheets;
    expect((ledger.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    expect(ledger.getRow(2).getCell(1).value).toBe('张三');
    expect(guide.name).toBe('填写说明');
    const explained = (guide.getColumn(1).values as unknown[]).filter((v) => typeof v === 'string');
    for (const header of HEADER) expect(explained).toContain(header);
    expect(JSON.stringify(guide.getSheetValues())).toContain('脱贫人口、监测对象、农村低保、农村特困、易地搬迁');

    const asIs = await importOk(agent, res.body as Buffer, []);
    expect(asIs).toMatchObject({ total: 1, imported: 0, failed: 1, errors: [{ row: 2, column: '身份证号', message: expect.stringContaining('示例') }] });
  });
});
