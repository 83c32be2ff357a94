import { ledgerBombXlsx, sheetRow, xlsxOf, zipOf } from '@app/testing';
import { LEDGER_LIMITS, type LedgerLimits } from './ledger-limits.js';
import { readLedger } from './ledger-reader.js';
import { LedgerFileError, LedgerTooLargeError } from './ledger.exception.js';

const HEADER = ['姓名', '身份证号', '手机号', '户籍区县代码', '户编号', '人员类别', '劳动能力'];
const ROW = ['张三', '520102199003071236', '13912345678', '520102', 'H1', '脱贫人口', '全劳力'];

/** The refusal `readLedger` rejects the file with: reason, Chinese text, and whether it is a 413 kind. */
async function refusal(bytes: Buffer, limits: LedgerLimits = LEDGER_LIMITS) {
  try {
    await readLedger({ fileName: 'ledger.xlsx', bytes }, limits);
  } catch (error) {
    if (error instanceof LedgerFileError) return { reason: error.reason, zh: error.text.zh, tooLarge: error instanceof LedgerTooLargeError };
    throw error;
  }
  throw new Error('expected the ledger to be refused');
}

/** Rewrites the uncompressed size of the part `name` in its central-directory entry (and local header). */
function declare(bytes: Buffer, name: string, size: number): Buffer {
  const copy = Buffer.from(bytes);
  for (let at = copy.length - 22; at >= 0; at--) {
    if (copy.readUInt32LE(at) !== 0x02014b50) continue;
    const length = copy.readUInt16LE(at + 28);
    if (copy.subarray(at + 46, at + 46 + length).toString() !== name) continue;
    copy.writeUInt32LE(size, at + 24);
    copy.writeUInt32LE(size, copy.readUInt32LE(at + 42) + 22);
    return copy;
  }
  throw new Error(`no part ${name}`);
}

/** Flips a bit of the CRC of the part `name` in its directory entry. */
function flipCrc(bytes: Buffer, name: string): Buffer {
  const copy = Buffer.from(bytes);
  for (let at = copy.length - 22; at >= 0; at--) {
    if (copy.readUInt32LE(at) !== 0x02014b50) continue;
    const length = copy.readUInt16LE(at + 28);
    if (copy.subarray(at + 46, at + 46 + length).toString() !== name) continue;
    copy.writeUInt32LE((copy.readUInt32LE(at + 16) ^ 1) >>> 0, at + 16);
    return copy;
  }
  throw new Error(`no part ${name}`);
}

describe('xlsx guard', () => {
  it('reads a hand-made workbook without a shared-strings table or styles', async () => {
    const bytes = await xlsxOf({ head: sheetRow(1, HEADER) + sheetRow(2, ROW) });
    const sheet = await readLedger({ fileName: 'ledger.xlsx', bytes });
    expect(sheet.rows).toEqual([{ row: 2, cells: expect.objectContaining({ name: '张三', householdNo: 'H1' }) }]);
  });

  it('refuses a bomb by its declared sizes, before inflating anything', async () => {
    const bomb = await ledgerBombXlsx(50 * 1024 * 1024, HEADER);
    expect(bomb.length).toBeLessThan(120 * 1024);
    const started = performance.now();
    expect(await refusal(bomb)).toEqual({ reason: 'LEDGER_COMPRESSION_RATIO', zh: expect.stringContaining('压缩比超过 200 倍上限'), tooLarge: true });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('refuses a bomb whose sizes lie the moment it inflates past what it declared', async () => {
    const bomb = await ledgerBombXlsx(50 * 1024 * 1024, HEADER, true);
    const started = performance.now();
    expect(await refusal(bomb)).toEqual({ reason: 'LEDGER_SIZE_UNDECLARED', zh: expect.stringContaining('比它自己声明的大小更大'), tooLarge: true });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('caps the total inflated size, declared or found out', async () => {
    const limits = { ...LEDGER_LIMITS, maxUncompressedBytes: 1024 * 1024 };
    // Random-looking rows compress only about 5 to 1: no ratio limit is near, only the total.
    const rows = Array.from({ length: 8_000 }, (_, i) => sheetRow(i + 2, [`${i}${Math.random()}`, String(Math.random())])).join('');
    const honest = await xlsxOf({ head: sheetRow(1, HEADER) + rows });
    expect(await refusal(honest, limits)).toEqual({
      reason: 'LEDGER_UNCOMPRESSED_TOO_LARGE',
      zh: expect.stringContaining('解压后超过 1 MB 上限'),
      tooLarge: true,
    });
    const lying = declare(honest, 'xl/worksheets/sheet1.xml', 1000);
    expect(await refusal(lying, limits)).toMatchObject({ reason: 'LEDGER_SIZE_UNDECLARED', zh: expect.stringContaining('最多 1 MB，压缩比最多 200 倍') });
  });

  it('refuses a part that inflates to less than it declares, or to other bytes, as a damaged file', async () => {
    const bytes = await xlsxOf({ head: sheetRow(1, HEADER) + sheetRow(2, ROW) });
    expect(await refusal(declare(bytes, 'xl/worksheets/sheet1.xml', 100_000))).toMatchObject({ reason: 'LEDGER_XLSX_INVALID', tooLarge: false });
    expect(await refusal(flipCrc(bytes, 'xl/worksheets/sheet1.xml'))).toMatchObject({ reason: 'LEDGER_XLSX_INVALID' });
  });

  it('caps the shared-strings table by entries and by size', async () => {
    const table = (n: number) => ({
      name: 'xl/sharedStrings.xml',
      prefix: '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      content: '<si><t>脱贫人口</t></si>',
      repeat: n,
      suffix: '</sst>',
    });
    const head = sheetRow(1, HEADER);
    const limits = { ...LEDGER_LIMITS, maxSharedStrings: 1_000, maxSharedStringsBytes: 64 * 1024 };
    expect(await readLedger({ fileName: 'a.xlsx', bytes: await xlsxOf({ head, extra: [table(1_000)] }) }, limits)).toMatchObject({ rows: [] });
    expect(await refusal(await xlsxOf({ head, extra: [table(1_001)] }), limits)).toMatchObject({
      reason: 'LEDGER_TOO_MANY_SHARED_STRINGS',
      zh: expect.stringContaining('1,000 条'),
    });
    expect(await refusal(await xlsxOf({ head, extra: [table(1_000)] }), { ...limits, maxSharedStringsBytes: 16 * 1024 })).toMatchObject({
      reason: 'LEDGER_SHARED_STRINGS_TOO_LARGE',
    });
  });

  it('refuses more parts than a workbook has', async () => {
    const parts = Array.from({ length: 30 }, (_, i) => ({ name: `xl/media/image${i}.png`, content: 'x' }));
    const bytes = await zipOf(parts);
    expect(await refusal(bytes, { ...LEDGER_LIMITS, maxZipEntries: 20 })).toMatchObject({ reason: 'LEDGER_TOO_MANY_PARTS', tooLarge: true });
  });

  it('refuses parts that overlap (one compressed kernel declared many times over)', async () => {
    const bytes = await zipOf([
      { name: 'xl/media/a.png', content: 'a' },
      { name: 'xl/media/b.png', content: 'b' },
    ]);
    // The second directory entry becomes a second name for the first part, as in an overlapping-file bomb.
    const copy = Buffer.from(bytes);
    const entries: number[] = [];
    for (let at = 0; at + 4 <= copy.length; at++) if (copy.readUInt32LE(at) === 0x02014b50) entries.push(at);
    copy.write('xl/media/a.png', entries[1] + 46);
    copy.writeUInt32LE(copy.readUInt32LE(entries[0] + 42), entries[1] + 42);
    copy.writeUInt32LE(copy.readUInt32LE(entries[0] + 20), entries[1] + 20);
    expect(await refusal(copy)).toMatchObject({ reason: 'LEDGER_XLSX_INVALID' });
  });

  it('refuses a text longer than any cell, and nesting no sheet has', async () => {
    const long = await xlsxOf({ head: sheetRow(1, HEADER) + `<row r="2"><c r="A2" t="inlineStr"><is><t>${'长'.repeat(30_000)}</t></is></c></row>` });
    expect(await refusal(long)).toEqual({ reason: 'LEDGER_XML_RUN_TOO_LONG', zh: expect.stringContaining('64 KB'), tooLarge: true });
    const deep = await xlsxOf({ head: sheetRow(1, HEADER), body: '<x>', repeat: 100 });
    expect(await refusal(deep)).toMatchObject({ reason: 'LEDGER_XML_TOO_DEEP', zh: expect.stringContaining('64 层') });
  });
});
