import ExcelJS from 'exceljs';
import { CATEGORY_LABELS, LABOR_CAPACITY_LABELS, LEDGER_COLUMNS } from './ledger-columns.js';

export const LEDGER_SHEET_NAME = '劳动力台账';
export const GUIDE_SHEET_NAME = '填写说明';

/**
 * The ledger template: the header row and one example row on the first sheet (text-formatted ID and phone columns,
 * drop-downs for closed lists), and a second sheet explaining each column and its allowed values.
 */
export async function buildLedgerTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'labour-match';
  const sheet = workbook.addWorksheet(LEDGER_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = LEDGER_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(12, c.header.length * 2 + 4, c.key === 'idNumber' ? 22 : 0),
    // Text format keeps Excel from turning an 18-digit ID number into 5.2E+17 and dropping its last digits.
    style: c.key === 'idNumber' || c.key === 'phone' || c.key === 'hukouRegionCode' || c.key === 'householdNo' ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  LEDGER_COLUMNS.forEach((c, i) => {
    if (c.required) header.getCell(i + 1).font = { bold: true, color: { argb: 'FFC00000' } };
    header.getCell(i + 1).note = c.explanation;
  });
  const example = sheet.addRow(Object.fromEntries(LEDGER_COLUMNS.map((c) => [c.key, c.example])));
  example.font = { italic: true, color: { argb: 'FF808080' } };

  const listRule = (values: readonly string[]) => ({ type: 'list' as const, allowBlank: true, formulae: [`"${values.join(',')}"`] });
  const column = (key: string) => sheet.getColumn(key).letter;
  for (let row = 2; row <= 1000; row++) {
    sheet.getCell(`${column('laborCapacity')}${row}`).dataValidation = listRule(LABOR_CAPACITY_LABELS);
    sheet.getCell(`${column('willingToMigrate')}${row}`).dataValidation = listRule(['是', '否']);
  }

  const guide = workbook.addWorksheet(GUIDE_SHEET_NAME);
  guide.columns = [
    { header: '列名', key: 'header', width: 16 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '填写说明', key: 'explanation', width: 90 },
    { header: '示例', key: 'example', width: 22 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const c of LEDGER_COLUMNS) {
    guide.addRow({ header: c.header, required: c.required ? '必填' : '选填', explanation: c.explanation, example: c.example }).alignment = {
      wrapText: true,
      vertical: 'top',
    };
  }
  guide.addRow({});
  const notes = [
    '第 1 行为表头，列的顺序可以调整，多余的列会被忽略；表头名称须与上表一致（也接受常见别名，如“身份证号码”“手机号码”）。',
    '第 2 行是示例（其身份证号为国家标准中的示例号码），导入前请删除；若保留，该行会报错，不会导入。',
    `人员类别可选：${CATEGORY_LABELS.join('、')}；劳动能力可选：${LABOR_CAPACITY_LABELS.join('、')}。`,
    '也可以上传 CSV 文件（UTF-8 或 Excel 默认的 GBK/GB18030 编码均可），表头相同。',
    '导入结果会列出每个出错的行号、列名和原因；无误的行照常导入，已登记过的人员（身份证号相同）会被跳过，重复导入同一文件不会产生重复记录。',
  ];
  for (const note of notes) guide.addRow({ header: '说明', explanation: note }).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
