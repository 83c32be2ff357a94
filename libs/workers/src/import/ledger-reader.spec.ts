import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { LEDGER_LIMITS } from './ledger-limits.js';
import { columnLetters, ledgerFormatOf, readLedger } from './ledger-reader.js';
import { decodeLedgerText, detectDelimiter } from './ledger-text.js';
import { LedgerFileError } from './ledger.exception.js';

/** The Chinese text of the file-level error a promise rejects with, or `run` throws. */
async function chineseRefusal(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof LedgerFileError) return error.text.zh;
    throw error;
  }
  throw new Error('expected a LedgerFileError');
}

const HEADER = ['姓名', '身份证号', '手机号', '户籍区县代码', '户编号', '人员类别', '劳动能力'];
const ID = '520102199003071236';

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  rows.forEach((r) => sheet.addRow(r));
  workbook.addWorksheet('说明').addRow(['不应被读取']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('ledger reader', () => {
  it('reads the first sheet of an .xlsx with spreadsheet row numbers, skipping a title row and empty rows', async () => {
    const bytes = await xlsx([
      ['南明区脱贫劳动力台账'],
      HEADER,
      ['张三', ID, 13912345678, 520102, 'H1', { richText: [{ text: '脱贫' }, { text: '人口' }] }, '全劳力'],
      [],
      ['李四', '52010219900307123X', '', '520102', '', '监测对象', { formula: '"弱"&"劳力"', result: '弱劳力' }],
    ]);
    const sheet = await readLedger({ fileName: '台账.xlsx', bytes });
    expect(sheet.format).toBe('xlsx');
    expect(sheet.headerRow).toBe(2);
    expect(sheet.rows).toEqual([
      {
        row: 3,
        cells: {
          name: '张三',
          idNumber: ID,
          phone: '13912345678',
          hukouRegionCode: '520102',
          householdNo: 'H1',
          categories: '脱贫人口',
          laborCapacity: '全劳力',
        },
      },
      { row: 5, cells: { name: '李四', idNumber: '52010219900307123X', hukouRegionCode: '520102', categories: '监测对象', laborCapacity: '弱劳力' } },
    ]);
  });

  it('flags an ID number Excel stored as a number', async () => {
    // eslint-disable-next-line no-loss-of-precision -- the point: Excel keeps an 18-digit number to 15 significant digits
    const bytes = await xlsx([HEADER, ['张三', 520102199003071236, '', '520102', '', '脱贫人口', '全劳力']]);
    const sheet = await readLedger({ fileName: 'a.xlsx', bytes });
    expect(sheet.rows[0].idNumberIsNumeric).toBe(true);
  });

  it('fails the whole file when a required column is missing', async () => {
    const bytes = await xlsx([
      ['姓名', '手机号'],
      ['张三', '13912345678'],
    ]);
    expect(await chineseRefusal(() => readLedger({ fileName: 'a.xlsx', bytes }))).toMatch(/缺少必填列 “身份证号”/);
    const empty = await xlsx([]);
    expect(await chineseRefusal(() => readLedger({ fileName: 'a.xlsx', bytes: empty }))).toMatch(/空/);
  });

  const csv = (d: string) =>
    `${HEADER.join(d)}\r\n"张三"${d}${ID}${d}${d}520102${d}${d}"脱贫人口、易地搬迁"${d}全劳力\r\n\r\n王五${d}52010219900307123X${d}${d}520102${d}${d}"监测对象,低保"${d}半劳力\r\n`;
  it.each([
    ['UTF-8', () => Buffer.from(csv(','), 'utf8')],
    ['UTF-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(','), 'utf8')])],
    ['GB18030 (Excel on Chinese Windows)', () => iconv.encode(csv(','), 'gb18030')],
    ['UTF-16 with BOM, tab-separated (Excel "Unicode text")', () => iconv.encode(csv('\t'), 'utf16-le', { addBOM: true })],
  ])('reads a CSV in %s', async (_, bytes) => {
    const sheet = await readLedger({ fileName: 'ledger.csv', bytes: bytes() });
    expect(sheet.format).toBe('csv');
    expect(sheet.rows.map((r) => [r.row, r.cells.name, r.cells.categories])).toEqual([
      [2, '张三', '脱贫人口、易地搬迁'],
      [4, '王五', '监测对象,低保'],
    ]);
  });

  it('decides the format by content and extension, refusing old .xls and other files', async () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]);
    expect(ledgerFormatOf('a.xlsx', zip)).toBe('xlsx');
    expect(ledgerFormatOf('a.csv', Buffer.from('姓名,身份证号'))).toBe('csv');
    expect(await chineseRefusal(() => ledgerFormatOf('a.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0])))).toMatch(/\.xls/);
    expect(() => ledgerFormatOf('a.pdf', Buffer.from('%PDF-1.4'))).toThrow(LedgerFileError);
    expect(await chineseRefusal(() => ledgerFormatOf('a.xlsx', Buffer.from('not a zip')))).toMatch(/不是 Excel 工作簿/);
    expect(await chineseRefusal(() => ledgerFormatOf('a.csv', Uint8Array.from([0x41, 0, 0x42])))).toMatch(/不是文本/);
  });

  it('reports a corrupt .xlsx as a file error', async () => {
    const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    await expect(readLedger({ fileName: 'broken.xlsx', bytes })).rejects.toThrow(LedgerFileError);
  });
});

describe('ledger reader limits', () => {
  const limits = { ...LEDGER_LIMITS, maxRows: 3, maxCellLength: 20, maxColumns: 30 };
  const row = (name: string) => [name, ID, '', '520102', '', '脱贫人口', '全劳力'];

  it('reads up to the row limit and refuses the first data row beyond it, naming it (empty rows do not count)', async () => {
    const three = await xlsx([HEADER, row('甲'), [], row('乙'), row('丙')]);
    expect((await readLedger({ fileName: 'a.xlsx', bytes: three }, limits)).rows).toHaveLength(3);
    const four = await xlsx([['南明区台账'], HEADER, row('甲'), [], row('乙'), row('丙'), row('丁')]);
    expect(await chineseRefusal(() => readLedger({ fileName: 'a.xlsx', bytes: four }, limits))).toBe(
      'file：台账最多 3 行数据，第 7 行已超出上限，未导入任何数据：请拆分成几个文件分批导入',
    );
    const csv = Buffer.from([HEADER, row('甲'), row('乙'), row('丙'), row('丁')].map((r) => r.join(',')).join('\n'));
    expect(await chineseRefusal(() => readLedger({ fileName: 'a.csv', bytes: csv }, limits))).toContain('第 5 行已超出上限');
  });

  it('refuses a cell longer than the limit, naming its row and column', async () => {
    const named = await xlsx([HEADER, row('甲'), [...row('乙').slice(0, 6), '全劳力'.repeat(8)]]);
    expect(await chineseRefusal(() => readLedger({ fileName: 'a.xlsx', bytes: named }, limits))).toBe(
      'file：第 3 行“劳动能力”列（G 列）的内容有 24 个字符，超过每格 20 个字符的上限，未导入任何数据',
    );
    // A column the ledger does not import, and a title above the header, are held to it too.
    const unnamed = await xlsx([HEADER, [...row('甲'), '', '备注'.repeat(12)]]);
    expect(await chineseRefusal(() => readLedger({ fileName: 'a.xlsx', bytes: unnamed }, limits))).toContain('第 2 行 I 列的内容有 24 个字符');
    const title = Buffer.from(`${'标题'.repeat(12)}\n${HEADER.join(',')}\n${row('甲').join(',')}`);
    expect(await chineseRefusal(() => readLedger({ fileName: 'a.csv', bytes: title }, limits))).toContain('第 1 行 A 列');
  });

  it('refuses a row reaching beyond the column limit', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(HEADER);
    sheet.getCell('AE2').value = 'x';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await chineseRefusal(() => readLedger({ fileName: 'a.xlsx', bytes }, limits))).toContain('第 2 行用到了第 AE 列，台账最多 30 列');
    // An empty cell that is only formatted counts too: exceljs walks every column up to it.
    sheet.getCell('AE2').value = null;
    sheet.getCell('AF3').style = { font: { bold: true } };
    const formatted = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await chineseRefusal(() => readLedger({ fileName: 'a.xlsx', bytes: formatted }, limits))).toContain('第 3 行用到了第 AF 列');
  });

  it('names columns as Excel does', () => {
    expect([0, 25, 26, 51, 52, 16383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'XFD']);
  });
});

describe('ledger text', () => {
  it('recognises GB18030 as text that is not UTF-8', () => {
    expect(decodeLedgerText(iconv.encode('姓名,张三', 'gb18030'))).toEqual({ text: '姓名,张三', encoding: 'gb18030' });
    expect(decodeLedgerText(Buffer.from('姓名,张三'))).toEqual({ text: '姓名,张三', encoding: 'utf-8' });
  });

  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('姓名\t身份证号\t手机号\n张三,李四')).toBe('\t');
    expect(detectDelimiter('姓名,身份证号\n')).toBe(',');
    expect(detectDelimiter('姓名;身份证号;手机号')).toBe(';');
  });
});
