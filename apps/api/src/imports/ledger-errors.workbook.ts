import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { LEDGER_COLUMNS, LEDGER_SHEET_NAME, type LedgerError, type RawLedgerRow } from '@app/workers';

export const EXPLANATION_HEADER = '错误说明';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const WRONG_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE0E0' } };
/** Text, as in the template: Excel would turn an 18-digit ID number into 5.2E+17 and lose its last digits. */
const TEXT_KEYS = new Set(['idNumber', 'phone', 'hukouRegionCode', 'householdNo']);

/** 身份证号：校验位不符…；劳动能力：…（原表第 5 行） */
export function explanationOf(row: number, errors: readonly LedgerError[]): string {
  return `${errors.map((e) => `${e.column}：${e.message}`).join('；')}（原表第 ${row} 行）`;
}

/**
 * The ledger's failing rows, in the template's columns and with what is wrong in a last column 错误说明, streamed:
 * fixed and uploaded again it imports as any ledger does (错误说明 is an extra column, ignored), and its rows that
 * are still wrong come back again. The wrong cells are shaded.
 */
export async function writeLedgerErrors(output: Writable, rows: readonly RawLedgerRow[], errors: readonly LedgerError[]): Promise<void> {
  const byRow = new Map<number, LedgerError[]>();
  for (const error of errors) byRow.set(error.row, [...(byRow.get(error.row) ?? []), error]);

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'labour-match';
  const sheet = workbook.addWorksheet(LEDGER_SHEET_NAME, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = [
    ...LEDGER_COLUMNS.map((c) => ({
      width: Math.max(12, c.header.length * 2 + 4, c.key === 'idNumber' ? 22 : 0),
      style: TEXT_KEYS.has(c.key) ? { numFmt: '@' } : {},
    })),
    { width: 60, style: { alignment: { wrapText: true, vertical: 'top' as const } } },
  ];
  const header = sheet.addRow([...LEDGER_COLUMNS.map((c) => c.header), EXPLANATION_HEADER]);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  header.commit();

  for (const raw of rows) {
    const rowErrors = byRow.get(raw.row) ?? [];
    const wrong = new Set(rowErrors.map((e) => e.column));
    // Cells go back as the text that was read, so nothing the officer typed is reinterpreted on the way.
    const line = sheet.addRow([...LEDGER_COLUMNS.map((c) => raw.cells[c.key] ?? null), explanationOf(raw.row, rowErrors)]);
    LEDGER_COLUMNS.forEach((c, i) => {
      if (wrong.has(c.header)) line.getCell(i + 1).fill = WRONG_FILL;
    });
    line.commit();
  }
  sheet.commit();
  await workbook.commit();
}
