import ExcelJS from 'exceljs';
import pg from 'pg';
import { ledgerBombXlsx, randomIdNumber, randomMobile, sheetRow, xlsxOf } from '@app/testing';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const HEADER = ['姓名', '身份证号', '手机号', '户籍区县代码', '户编号', '人员类别', '劳动能力'];
const MB = 1024 * 1024;

/** The bounded ledger reader through real HTTP: bombs and oversized ledgers answer at once, and import nothing. */
describe('POST /imports/workers: ledger limits', () => {
  let t: TestApp;
  let bureau: Caller;
  let bureauAccountId: string;
  let db: pg.Client;

  function upload(bytes: Buffer, fileName = 'ledger.xlsx', language?: string) {
    const req = t
      .http()
      .post('/imports/workers')
      .set('authorization', `Bearer ${bureau.token ?? ''}`);
    if (language) req.set('accept-language', language);
    return req.attach('file', bytes, fileName);
  }

  /** Uploads and times the answer: in-process, so the round trip bounds the server's own time from above. */
  async function timedUpload(bytes: Buffer, fileName?: string, language?: string) {
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const res = await upload(bytes, fileName, language);
    return { res, milliseconds: performance.now() - started, rssGrowth: process.memoryUsage().rss - rssBefore };
  }

  /** Workers and import audit entries of this suite's bureau: an upload that is refused leaves both untouched. */
  async function importedSoFar() {
    const { rows } = await db.query(
      `SELECT (SELECT count(*) FROM workers WHERE registered_by = $1)::int AS workers,
              (SELECT count(*) FROM audit_log WHERE actor_account_id = $1 AND action = 'workers.imported')::int AS imports`,
      [bureauAccountId],
    );
    return rows[0];
  }

  function workerRow(name: string): string[] {
    return [name, randomIdNumber('520102'), randomMobile(), '520102', '', '脱贫人口', '全劳力'];
  }

  beforeAll(async () => {
    t = await startTestApp();
    const username = await insertAccount('BUREAU', '520100');
    bureau = await t.signIn(username, TEST_PASSWORD);
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    bureauAccountId = (await db.query('SELECT id FROM accounts WHERE username = $1', [username])).rows[0].id;
  });

  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it.each([
    [
      'declares its real size',
      false,
      'LEDGER_COMPRESSION_RATIO',
      'file：该 .xlsx 文件的压缩比超过 200 倍上限（正常台账约 10 倍），疑似压缩炸弹，未导入任何数据',
    ],
    [
      'declares a 40 KB sheet (sizes lie)',
      true,
      'LEDGER_SIZE_UNDECLARED',
      'file：该 .xlsx 文件解压后比它自己声明的大小更大，疑似压缩炸弹，未导入任何数据（台账解压后最多 200 MB，压缩比最多 200 倍）',
    ],
  ])('answers a 50 MB zip bomb that %s with 413 within a second, memory flat, nothing imported', async (_, lie, reason, message) => {
    const bomb = await ledgerBombXlsx(50 * MB, HEADER, lie);
    expect(bomb.length).toBeLessThan(120 * 1024);
    const before = await importedSoFar();
    const { res, milliseconds, rssGrowth } = await timedUpload(bomb);
    expect(res.status).toBe(413);
    expect(res.body).toEqual({
      statusCode: 413,
      code: 'BAD_USER_INPUT',
      reason,
      message,
      fields: ['file'],
      problems: [{ field: 'file', reason, message: message.slice('file：'.length) }],
    });
    expect(milliseconds).toBeLessThan(1_000);
    // Reading the same file unbounded took the server from 264 to 431 MB.
    expect(rssGrowth).toBeLessThan(40 * MB);
    expect(await importedSoFar()).toEqual(before);
  });

  it('says the same in English on request', async () => {
    const { res } = await timedUpload(await ledgerBombXlsx(50 * MB, HEADER), 'ledger.xlsx', 'en');
    expect(res.status).toBe(413);
    expect(res.body.message).toBe('the .xlsx file is compressed more than 200 times (a real ledger about 10 times), as a zip bomb is; nothing was imported');
  });

  it('answers a ledger that inflates beyond 200 MB at an ordinary ratio with 413 naming the limit, within a second', async () => {
    // 60 distinct rows, repeated: about 50 to 1, under the ratio limit, so only the total stops it.
    const body = Array.from({ length: 60 }, (_, i) => sheetRow(i + 2, workerRow(`总${i}`))).join('');
    const big = await xlsxOf({ head: sheetRow(1, HEADER), body, repeat: Math.ceil((201 * MB) / body.length) });
    const before = await importedSoFar();
    const { res, milliseconds } = await timedUpload(big);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ reason: 'LEDGER_UNCOMPRESSED_TOO_LARGE', fields: ['file'], message: expect.stringContaining('解压后超过 200 MB 上限') });
    expect(milliseconds).toBeLessThan(1_000);
    expect(await importedSoFar()).toEqual(before);
  });

  it.each([
    ['.xlsx', 'ledger.xlsx'],
    ['.csv', 'ledger.csv'],
  ])('refuses a %s ledger of 100,001 data rows, naming the row beyond the limit, and imports nothing', async (_, fileName) => {
    const rows = Array.from({ length: 100_001 }, (_, i) => [`超${i}`, '', '', '', '', '', '']);
    const bytes = fileName.endsWith('.csv')
      ? Buffer.from([HEADER, ...rows].map((r) => r.join(',')).join('\r\n'))
      : await xlsxOf({ head: [HEADER, ...rows].map((r, i) => sheetRow(i + 1, i === 0 ? r : r.slice(0, 1))).join('') });
    const before = await importedSoFar();
    const { res } = await timedUpload(bytes, fileName);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({
      reason: 'LEDGER_TOO_MANY_ROWS',
      fields: ['file'],
      message: 'file：台账最多 100,000 行数据，第 100002 行已超出上限，未导入任何数据：请拆分成几个文件分批导入',
    });
    expect(await importedSoFar()).toEqual(before);
  });

  it('refuses a cell of 1,001 characters with 400, naming its row and column, and imports none of the file', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(HEADER);
    sheet.addRow(workerRow('限甲'));
    sheet.addRow([...workerRow('限乙').slice(0, 4), '户'.repeat(1_001)]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = await importedSoFar();
    const { res } = await timedUpload(bytes);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'LEDGER_CELL_TOO_LONG',
      fields: ['file'],
      message: 'file：第 3 行“户编号”列（E 列）的内容有 1,001 个字符，超过每格 1,000 个字符的上限，未导入任何数据',
    });
    expect(await importedSoFar()).toEqual(before);
    expect((await db.query("SELECT count(*)::int AS n FROM workers WHERE name = '限甲'")).rows[0].n).toBe(0);
  });

  it('still imports an ordinary ledger', async () => {
    const rows = [workerRow('限丙'), workerRow('限丁')];
    const res = await upload(await xlsxOf({ head: [HEADER, ...rows].map((r, i) => sheetRow(i + 1, r)).join('') }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 2, imported: 2, failed: 0 });
  });
});
