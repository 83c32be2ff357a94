import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CDPSession, Page } from 'playwright-core';
import { randomIdNumber, randomMobile } from '@app/testing';
import { startBrowserApp, type BrowserApp } from './support/browser-app.js';
import { COUNTY, COUNTY_NAME, seedBureauReportsWorld, type BureauReportsWorld } from './support/bureau-reports-world.js';
import { describeInBrowser } from './support/chromium.js';
import { checkPage, newContext, type ViewportName } from './support/pages.js';
import { signInThroughPage } from './support/sign-in.js';

const LEDGER_HEADER = [
  '姓名',
  '身份证号',
  '手机号',
  '户籍区县代码',
  '户编号',
  '人员类别',
  '劳动能力',
  '技能',
  '劳务品牌',
  '是否愿意外出',
  '意向地区代码',
  '期望月薪',
];
const COUNTED = 'query($name: String!) { workers(filter: { name: $name }, first: 5) { totalCount } }';

/** Cell text of a sheet row, from column 1. */
function rowTexts(sheet: ExcelJS.Worksheet, number: number, columns: number): string[] {
  return Array.from({ length: columns }, (_, i) => {
    const value = sheet.getRow(number).getCell(i + 1).value;
    if (value === null || value === undefined) return '';
    if (typeof value === 'number' || typeof value === 'string') return String(value);
    throw new Error(`row ${number}, column ${i + 1}: not a plain value`);
  });
}

async function ledger(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('劳动力台账');
  sheet.addRow(LEDGER_HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function ledgerRow(name: string, capacity = '全劳力'): string[] {
  return [name, randomIdNumber(COUNTY), randomMobile(), COUNTY, '', '脱贫人口', capacity];
}

/**
 * 周报 and 台账导入 (issue 19) in Chromium against the real server: 惠水县's bureau previews and downloads the last
 * week's report (the file's 合计 row equals the preview), downloads the template, imports a ledger with one bad row,
 * sees its error, downloads the failing rows, fixes and uploads them again; a large ledger shows its upload progress
 * and says honestly that only the first 1,000 errors are listed. axe finds nothing, on a phone and a desktop.
 */
describeInBrowser('Bureau reports and ledger import', () => {
  let app: BrowserApp;
  let world: BureauReportsWorld;
  let downloads: string;

  beforeAll(async () => {
    app = await startBrowserApp('bureau_reports');
    world = await seedBureauReportsWorld(app);
    downloads = mkdtempSync(join(tmpdir(), 'bureau-reports-'));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  const pageErrors: string[] = [];
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  async function signedIn(viewport: ViewportName): Promise<Page> {
    const context = await newContext(app.browser, app.baseURL, viewport);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signInThroughPage(page, world.bureauUsername, '/bureau');
    return page;
  }

  const nav = (page: Page) => page.getByRole('navigation', { name: '人社部门工作' });
  const noHorizontalScroll = async (page: Page) => expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

  /** Clicks, takes the download the click starts, and answers its suggested name and bytes. */
  async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([page.waitForEvent('download'), click()]);
    const path = join(downloads, `${Date.now()}-${file.suggestedFilename()}`);
    await file.saveAs(path);
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  }

  async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    return book;
  }

  async function upload(page: Page, name: string, buffer: Buffer, mimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') {
    await page.getByLabel('台账文件').setInputFiles({ name, mimeType, buffer });
    await page.getByRole('button', { name: '上传台账' }).click();
  }

  /** The four counts as shown (共有, 已导入, 已跳过, 未导入), read once the result has replaced the previous one. */
  async function counts(page: Page): Promise<number[]> {
    const values = page.locator('.report-counts dd');
    await values.first().waitFor();
    return (await values.allTextContents()).map((text) => Number(text.replace(/[^\d]/g, '')));
  }

  it('on a desktop: previews and downloads the weekly report; imports a ledger, fixes its bad row from the error file', async () => {
    const page = await signedIn('desktop');
    await nav(page).getByRole('link', { name: '周报' }).click();
    await page.getByRole('heading', { level: 1, name: '周报' }).waitFor();

    // The last week ended in China is picked, and previewed.
    const [, month, day] = world.lastMonday.split('-').map(Number);
    expect(await page.getByRole('combobox', { name: '周次' }).locator('option:checked').textContent()).toContain(`（${month}月${day}日至`);
    const summary = page.getByRole('table', { name: /^进度汇总/ });
    await summary.waitFor();
    const shownTotals = (await summary.locator('tfoot td').allTextContents()).map((text) => text.trim());
    expect(shownTotals.slice(0, 3)).toEqual(['2', '1', '1']); // at work on Sunday, started, came home
    expect(shownTotals[3]).toBe('40');
    await checkPage(page, 'bureau-reports', 'desktop');

    const report = await download(page, () => page.getByRole('button', { name: '下载周报' }).click());
    expect(report.name).toMatch(new RegExp(`^${COUNTY_NAME}务工就业周报-\\d{4}-W\\d{2}\\.xlsx$`));
    await page.getByRole('status').filter({ hasText: '已下载' }).waitFor();
    const sheet = (await workbookOf(report.bytes)).getWorksheet('进度汇总')!;
    const totalRow = Array.from({ length: sheet.rowCount }, (_, i) => i + 1).find((n) => sheet.getRow(n).getCell(2).text.startsWith('合计'));
    expect(totalRow).toBeDefined();
    const fileTotals = rowTexts(sheet, totalRow!, 10).slice(2);
    // The sheet holds numbers (progress as a ratio); the preview shows them as the sheet's formats do.
    const asShown = fileTotals.map((value, i) =>
      i === 5 ? (value === '' ? '' : `${(Number(value) * 100).toFixed(1)}%`) : Number(value).toLocaleString('zh-CN'),
    );
    expect(asShown).toEqual(shownTotals);

    // 台账导入: the template, then a ledger with one bad row (row 4: 劳动能力).
    await nav(page).getByRole('link', { name: '台账导入' }).click();
    await page.getByRole('heading', { level: 1, name: '台账导入' }).waitFor();
    const template = await download(page, () => page.getByRole('link', { name: '下载模板' }).click());
    expect(template.name).toBe('劳动力台账导入模板.xlsx');
    const templateSheet = (await workbookOf(template.bytes)).worksheets[0];
    expect(rowTexts(templateSheet, 1, LEDGER_HEADER.length)).toEqual(LEDGER_HEADER);
    await checkPage(page, 'bureau-import', 'desktop');

    await upload(page, '惠水县台账.xlsx', await ledger([ledgerRow('蒙阿一'), ledgerRow('蒙阿二'), ledgerRow('蒙阿三', '强劳力')]));
    await page.getByRole('heading', { name: '导入结果' }).waitFor();
    expect(await counts(page)).toEqual([3, 2, 0, 1]);
    const errors = page.getByRole('table', { name: '出错的行' });
    expect((await errors.locator('tbody tr').allTextContents()).map((text) => text.trim())).toEqual([expect.stringMatching(/^第 4 行劳动能力.*强劳力/)]);
    await checkPage(page, 'bureau-import-result', 'desktop');

    // The failing row comes back as a workbook with its 错误说明; fixed there, it imports on its own.
    const failing = await download(page, () => page.getByRole('button', { name: '下载出错的行' }).click());
    expect(failing.name).toBe('台账待修改的行.xlsx');
    const book = await workbookOf(failing.bytes);
    const failingSheet = book.worksheets[0];
    expect(failingSheet.actualRowCount).toBe(2);
    const [name, , , , , , capacity, , , , , , explanation] = rowTexts(failingSheet, 2, LEDGER_HEADER.length + 1);
    expect([name, capacity]).toEqual(['蒙阿三', '强劳力']);
    expect(explanation).toMatch(/^劳动能力：.*（原表第 4 行）$/);
    failingSheet.getRow(2).getCell(7).value = '弱劳力';
    await upload(page, '台账待修改的行.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    await page
      .locator('.report-counts dd')
      .first()
      .filter({ hasText: /^1 行$/ })
      .waitFor();
    expect(await counts(page)).toEqual([1, 1, 0, 0]);
    expect(await errors.count()).toBe(0);
    for (const person of ['蒙阿一', '蒙阿三']) expect((await world.bureau.ok(COUNTED, { name: person })).workers.totalCount).toBe(1);
  });

  it('on a phone: the pages fit; a large ledger shows its upload progress and the honest error count; a wrong file is refused in Chinese', async () => {
    const page = await signedIn('phone');
    await page.goto('/bureau/reports');
    await page.getByRole('table', { name: /^进度汇总/ }).waitFor();
    await noHorizontalScroll(page);
    await checkPage(page, 'bureau-reports', 'phone');

    await nav(page).getByRole('link', { name: '台账导入' }).click();
    await page.getByRole('heading', { level: 1, name: '台账导入' }).waitFor();
    await noHorizontalScroll(page);
    await checkPage(page, 'bureau-import', 'phone');

    await upload(page, '说明.pdf', Buffer.from('%PDF-1.4 not a ledger'), 'application/pdf');
    const refused = page.getByRole('alert');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/\.xlsx 或 \.csv/);
    expect(await refused.textContent()).not.toMatch(/^file/);
    await checkPage(page, 'bureau-import-refused', 'phone');

    // 1,500 rows without 劳动能力 (about 80 KB as CSV), sent over a throttled line so the bar is seen moving.
    const rows = Array.from({ length: 1_500 }, (_, i) => [`批量${i}`, randomIdNumber(COUNTY), '', COUNTY, '', '脱贫人口', ''].join(','));
    const csv = Buffer.from(`\uFEFF${LEDGER_HEADER.slice(0, 7).join(',')}\r\n${rows.join('\r\n')}\r\n`, 'utf8');
    const cdp: CDPSession = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 32 * 1024 });
    await upload(page, '批量台账.csv', csv, 'text/csv');
    const bar = page.getByRole('progressbar', { name: '上传进度' });
    const seen = new Set<number>();
    for (let i = 0; i < 200 && !(await page.getByRole('heading', { name: '导入结果' }).isVisible()); i++) {
      const value = await bar.getAttribute('value', { timeout: 100 }).catch(() => null);
      if (value !== null) seen.add(Number(value));
      await page.waitForTimeout(25);
    }
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    expect([...seen].some((value) => value > 0 && value < 100)).toBe(true);
    await page.getByRole('heading', { name: '导入结果' }).waitFor();
    expect(await counts(page)).toEqual([1_500, 0, 0, 1_500]);
    expect(await page.getByText('共发现 1,500 个问题，这里只列出前 1,000 个').isVisible()).toBe(true);
    const listed = page.getByRole('table', { name: '出错的行' }).locator('tbody tr');
    expect(await listed.count()).toBe(100);
    await page.getByRole('button', { name: '显示更多问题' }).click();
    expect(await listed.count()).toBe(200);
    expect(await page.getByText('已显示 200 个，共列出 1,000 个').isVisible()).toBe(true);
    await noHorizontalScroll(page);
    await checkPage(page, 'bureau-import-result', 'phone');
  });
});
