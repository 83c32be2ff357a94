import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { ledgerBombXlsx, randomCreditCode, randomIdNumber, randomMobile, uniqueUsername } from '@app/testing';
import { verifyOrganization } from '../../support/organizations.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const HEADER = ['姓名', '身份证号', '手机号', '户籍区县代码', '户编号', '人员类别', '劳动能力', '技能', '劳务品牌', '是否愿意外出', '意向地区代码', '期望月薪'];
const ERROR_HEADER = [...HEADER, '错误说明'];
const REGISTER_ORG = `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { organizationId } } }`;
const REGISTER_WORKER = `mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }`;
const MB = 1024 * 1024;

type Row = Partial<Record<(typeof HEADER)[number], string>>;

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

async function xlsxLedger(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(HEADER.map((h) => row[h] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A row's cells as text by header, empty cells left out (as the ledger reader reads them). */
function rowOf(sheet: ExcelJS.Worksheet, number: number, header: string[]): Record<string, string> {
  const cells: Record<string, string> = {};
  header.forEach((h, i) => {
    const value = sheet.getRow(number).getCell(i + 1).value;
    if (typeof value === 'string' || typeof value === 'number') cells[h] = String(value);
    else if (value !== null && value !== undefined) throw new Error(`row ${number}, ${h}: not plain text`);
  });
  return cells;
}

interface Answer {
  status: number;
  body: Buffer;
  headers: Record<string, string>;
}

/**
 * POST /imports/workers/check.xlsx: the ledger checked exactly as the import checks it, nothing imported, and its
 * failing rows handed back as a workbook to fix and upload again.
 */
describe('POST /imports/workers/check.xlsx (the failing rows of a ledger)', () => {
  let t: TestApp;
  let bureau: Caller; // 贵阳市 (city): 520102 and 520103 inside, 530102 (昆明) outside
  let bureauAccountId: string;
  let agent: Caller;
  let unverifiedAgent: Caller;
  let employer: Caller;
  let admin: Caller;
  let db: pg.Client;

  function post(path: string, caller: Caller | null, bytes: Buffer, fileName = 'ledger.xlsx', field = 'file') {
    const req = t.http().post(path);
    if (caller?.token) req.set('authorization', `Bearer ${caller.token}`);
    return req.attach(field, bytes, fileName);
  }

  async function check(caller: Caller | null, bytes: Buffer, fileName = 'ledger.xlsx', field = 'file'): Promise<Answer> {
    const res = await post('/imports/workers/check.xlsx', caller, bytes, fileName, field)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    return { status: res.status, body: res.body as Buffer, headers: res.headers };
  }

  const json = (answer: Answer) => JSON.parse(answer.body.toString('utf8'));

  async function sheetOf(answer: Answer): Promise<ExcelJS.Worksheet> {
    expect(answer.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(answer.body as unknown as ArrayBuffer);
    return book.worksheets[0];
  }

  async function importLedger(caller: Caller, bytes: Buffer, fileName = 'ledger.xlsx') {
    const res = await post('/imports/workers', caller, bytes, fileName);
    expect(res.status).toBe(200);
    return res.body;
  }

  async function countNamed(prefix: string): Promise<number> {
    return (await db.query('SELECT count(*)::int AS n FROM workers WHERE name LIKE $1', [`${prefix}%`])).rows[0].n;
  }

  async function importAudits(): Promise<number> {
    return (await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE actor_account_id = $1 AND action = 'workers.imported'`, [bureauAccountId])).rows[0]
      .n;
  }

  async function signUp(kind: string): Promise<{ caller: Caller; organizationId: string }> {
    const username = uniqueUsername(kind.toLowerCase());
    const { registerOrganization } = await t.anonymous.ok(REGISTER_ORG, {
      input: { name: '测试机构', kind, creditCode: randomCreditCode('520102'), regionCode: '520102', smallOrMicro: false, username, password: TEST_PASSWORD },
    });
    return { caller: await t.signIn(username, TEST_PASSWORD), organizationId: registerOrganization.account.organizationId as string };
  }

  beforeAll(async () => {
    t = await startTestApp();
    const bureauName = await insertAccount('BUREAU', '520100');
    bureau = await t.signIn(bureauName, TEST_PASSWORD);
    admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    bureauAccountId = (await db.query('SELECT id FROM accounts WHERE username = $1', [bureauName])).rows[0].id;
    const verified = await signUp('LABOR_AGENCY');
    await verifyOrganization(bureau, verified.organizationId);
    agent = verified.caller;
    unverifiedAgent = (await signUp('LABOR_AGENCY')).caller;
    employer = (await signUp('ENTERPRISE')).caller;
  });

  afterAll(async () => {
    await db.end();
    await t.close();
  });

  describe('a ledger with good and failing rows', () => {
    const tag = `查${nameTag()}`;
    let rows: Row[];
    let answer: Answer;
    let sheet: ExcelJS.Worksheet;

    beforeAll(async () => {
      // Registered already in 南郑 520102: a new member of the same 户编号 in 520103 cannot join that household.
      const knownId = randomIdNumber('520102');
      await bureau.ok(REGISTER_WORKER, {
        input: { name: `${tag}老`, idNumber: knownId, hukouRegionCode: '520102', categories: ['POVERTY_ALLEVIATED'], laborCapacity: 'FULL' },
      });
      const badId = randomIdNumber('520102');
      const good = ledgerRow(`${tag}甲`, { 技能: '电焊、普工', 户编号: 'G1' });
      rows = [
        good, // row 2
        ledgerRow(`${tag}乙`, { 身份证号: badId.slice(0, 17) + (badId[17] === '0' ? '1' : '0') }), // row 3: check character
        ledgerRow(`${tag}丙`, { 劳动能力: '强劳力', 户籍区县代码: '530102' }), // row 4: two problems
        ledgerRow(`${tag}丁`, { 身份证号: good.身份证号 }), // row 5: same person as row 2
        ledgerRow(`${tag}老`, { 身份证号: knownId, 户编号: 'K1', 户籍区县代码: '520103' }), // row 6: registered: skipped
        ledgerRow(`${tag}戊`, { 户编号: 'K1', 户籍区县代码: '520103' }), // row 7: K1's household is in 520102
        ledgerRow(`${tag}己`, { 户籍区县代码: '520103' }), // row 8
      ];
      answer = await check(bureau, await xlsxLedger(rows));
      sheet = await sheetOf(answer);
    });

    it('imports nothing and records no import', async () => {
      expect(await countNamed(`${tag}甲`)).toBe(0);
      expect(await countNamed(`${tag}己`)).toBe(0);
      expect(await importAudits()).toBe(0);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers['content-disposition']).toContain(encodeURIComponent('台账待修改的行.xlsx'));
      expect([answer.headers['x-ledger-total'], answer.headers['x-ledger-failed']]).toEqual(['7', '4']);
    });

    it('lists exactly the failing rows, as they were written, with what the import says about them', async () => {
      expect(sheet.name).toBe('劳动力台账');
      expect(rowOf(sheet, 1, ERROR_HEADER)).toEqual(Object.fromEntries(ERROR_HEADER.map((h) => [h, h])));
      expect(sheet.actualRowCount).toBe(5);
      const failing = [rows[1], rows[2], rows[3], rows[5]];
      failing.forEach((row, i) => {
        const { 错误说明: _, ...cells } = rowOf(sheet, i + 2, ERROR_HEADER);
        expect(cells).toEqual(row);
      });
      // The import of the same file finds the same errors: one rule in one place.
      const imported = await importLedger(bureau, await xlsxLedger(rows));
      expect(imported).toMatchObject({ total: 7, imported: 2, skipped: 1, failed: 4, errorCount: 5 });
      const expected = new Map<number, string[]>();
      for (const e of imported.errors as Array<{ row: number; column: string; message: string }>) {
        expected.set(e.row, [...(expected.get(e.row) ?? []), `${e.column}：${e.message}`]);
      }
      expect([...expected.keys()]).toEqual([3, 4, 5, 7]);
      [...expected.entries()].forEach(([row, messages], i) => {
        expect(rowOf(sheet, i + 2, ERROR_HEADER).错误说明).toBe(`${messages.join('；')}（原表第 ${row} 行）`);
      });
      expect(rowOf(sheet, 5, ERROR_HEADER).错误说明).toContain('该户已登记的成员户籍区县为 520102');
      expect(rowOf(sheet, 3, ERROR_HEADER).错误说明).toContain('管辖范围');
    });

    it('keeps the ID numbers text, and shades the wrong cells', () => {
      const idCell = sheet.getRow(2).getCell(2);
      expect(typeof idCell.value).toBe('string');
      expect(idCell.numFmt).toBe('@');
      expect((sheet.getRow(2).getCell(2).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFE0E0');
      expect(sheet.getRow(2).getCell(1).fill).toBeUndefined();
    });

    it('imports the fixed rows when the workbook comes back, and has nothing left to hand back', async () => {
      const fixes: Record<number, Row> = {
        2: { 身份证号: randomIdNumber('520102') },
        3: { 劳动能力: '弱劳力', 户籍区县代码: '520103' },
        4: { 身份证号: randomIdNumber('520102') },
        5: { 户编号: '' },
      };
      for (const [row, fix] of Object.entries(fixes)) {
        for (const [header, value] of Object.entries(fix)) sheet.getRow(Number(row)).getCell(HEADER.indexOf(header) + 1).value = value || null;
      }
      const fixed = Buffer.from(await sheet.workbook.xlsx.writeBuffer());
      expect(await sheetOf(await check(bureau, fixed)).then((s) => s.actualRowCount)).toBe(1);
      expect(await importLedger(bureau, fixed)).toMatchObject({ total: 4, imported: 4, skipped: 0, failed: 0, errors: [] });
      for (const name of ['乙', '丙', '丁', '戊']) expect(await countNamed(`${tag}${name}`)).toBe(1);
    });
  });

  it('answers an agent of a verified agency (any county) and refuses an unverified one, employers and ADMIN (403) and anonymous callers (401)', async () => {
    const tag = `代${nameTag()}`;
    const file = await xlsxLedger([ledgerRow(`${tag}1`, { 户籍区县代码: '530102' }), ledgerRow(`${tag}2`, { 劳动能力: '' })]);
    const sheet = await sheetOf(await check(agent, file));
    expect(sheet.actualRowCount).toBe(2);
    expect(rowOf(sheet, 2, ERROR_HEADER).姓名).toBe(`${tag}2`);
    for (const caller of [employer, admin]) {
      const answer = await check(caller, file);
      expect(answer.status).toBe(403);
      expect(json(answer)).toMatchObject({ code: 'FORBIDDEN' });
    }
    const unverified = await check(unverifiedAgent, file);
    expect(unverified.status).toBe(403);
    expect(json(unverified).message).toMatch(/[\u4e00-\u9fff]/);
    const anonymous = await check(null, file);
    expect(anonymous.status).toBe(401);
    expect(json(anonymous).code).toBe('UNAUTHENTICATED');
    expect(await countNamed(tag)).toBe(0);
  });

  it('answers file problems as the import does: the same status and body', async () => {
    const cases: Array<[string, Buffer, string, string]> = [
      ['a PDF', Buffer.from('%PDF-1.4 not a ledger'), 'ledger.pdf', 'file'],
      ['the wrong field', await xlsxLedger([ledgerRow('字段')]), 'ledger.xlsx', 'ledger'],
      ['a zip bomb', await ledgerBombXlsx(50 * MB, HEADER.slice(0, 7)), 'ledger.xlsx', 'file'],
      ['a file over 20 MB', Buffer.alloc(20 * MB + 1, 0x41), 'ledger.csv', 'file'],
    ];
    const statuses: number[] = [];
    for (const [what, bytes, fileName, field] of cases) {
      const answer = await check(bureau, bytes, fileName, field);
      const imported = await post('/imports/workers', bureau, bytes, fileName, field);
      expect([what, answer.status]).toEqual([what, imported.status]);
      expect(json(answer)).toEqual(imported.body);
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([400, 400, 413, 413]);
    const missing = await t
      .http()
      .post('/imports/workers/check.xlsx')
      .set('authorization', `Bearer ${bureau.token ?? ''}`)
      .field('note', 'no file');
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ reason: 'FILE_REQUIRED', fields: ['file'] });
  });
});
