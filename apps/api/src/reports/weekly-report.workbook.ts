import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { NewPlacementLine, WeeklyProgress, WeeklyProgressLine } from '@app/statistics';
import { PLACEMENT_SCOPE_LABELS, POSTING_KIND_LABELS } from '@app/subsidies';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const SUMMARY_SHEET = '进度汇总';
export const DETAIL_SHEET = '新增就业明细';

interface ColumnSpec {
  header: string;
  width: number;
  numFmt?: string;
}

const COUNT = '#,##0';
const SUMMARY_COLUMNS: ColumnSpec[] = [
  { header: '地区代码', width: 10 },
  { header: '地区', width: 22 },
  { header: '在岗务工人数（周末）', width: 14, numFmt: COUNT },
  { header: '本周新增就业', width: 12, numFmt: COUNT },
  { header: '本周返乡人数', width: 12, numFmt: COUNT },
  { header: '年度目标', width: 12, numFmt: COUNT },
  { header: '本年累计务工人数', width: 14, numFmt: COUNT },
  { header: '目标完成率', width: 11, numFmt: '0.0%' },
  { header: '本周申领补贴（元）', width: 15, numFmt: COUNT },
  { header: '本周发放补贴（元）', width: 15, numFmt: COUNT },
];

const DETAIL_COLUMNS: ColumnSpec[] = [
  { header: '姓名', width: 10 },
  { header: '身份证号（脱敏）', width: 21 },
  { header: '户籍县', width: 24 },
  { header: '务工地', width: 24 },
  { header: '岗位', width: 24 },
  { header: '岗位类型', width: 18 },
  { header: '就业范围', width: 13 },
  { header: '开始日期', width: 12, numFmt: 'yyyy-mm-dd' },
];

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF808080' } };

/** A header that prints well: bold, wrapped, shaded, frozen on screen and repeated on every printed page. */
function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, title: string, columns: ColumnSpec[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    pageSetup: {
      paperSize: 9 as ExcelJS.PaperSize, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddHeader: `&C&"-,Bold"${title.replace(/&/g, '&&')}`, oddFooter: '&C第 &P 页，共 &N 页' },
  });
  sheet.columns = columns.map((c) => ({ width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.height = 30;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = HEADER_FILL;
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  });
  header.commit();
  return sheet;
}

/** Numbers stay numbers; a missing target or progress is an empty cell, not 0. */
function progressValues(line: WeeklyProgressLine, name: string): Array<string | number | null> {
  return [
    line.regionCode,
    name,
    line.employedAtWeekEnd,
    line.newPlacements,
    line.returnees,
    line.target,
    line.employedThisYear,
    line.progress,
    line.subsidyClaimed,
    line.subsidyPaid,
  ];
}

export interface WeeklyReportNames {
  /** Short name of a region (the summary's rows). */
  name(code: string): string;
  /** Name with ancestors (the detail's counties). */
  fullName(code: string): string;
}

/**
 * Streams the weekly report (每周一报送) into `stream`: rows are committed as they are written, so the detail sheet of
 * a province's busy week never sits in memory as a whole workbook.
 */
export async function writeWeeklyReport(
  stream: Writable,
  progress: WeeklyProgress,
  details: AsyncIterable<NewPlacementLine[]>,
  names: WeeklyReportNames,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'labour-match';
  workbook.created = new Date();
  const regionName = names.name(progress.regionCode);
  const period = `${progress.week.label}（${progress.week.monday} 至 ${progress.week.sunday}）`;

  const summary = addSheet(workbook, SUMMARY_SHEET, `${regionName} 务工就业进度周报 ${period}`, SUMMARY_COLUMNS);
  for (const line of progress.lines) summary.addRow(progressValues(line, names.name(line.regionCode))).commit();
  const totals = summary.addRow(progressValues(progress.totals, `合计（${regionName}）`));
  totals.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = { bold: true };
    cell.border = { top: THIN, bottom: THIN };
  });
  totals.commit();
  summary.commit();

  const detail = addSheet(workbook, DETAIL_SHEET, `${regionName} 本周新增就业明细 ${period}`, DETAIL_COLUMNS);
  for await (const batch of details) {
    for (const line of batch) {
      detail
        .addRow([
          line.workerName,
          line.maskedIdNumber,
          names.fullName(line.hukouRegionCode),
          names.fullName(line.workRegionCode),
          line.postingTitle,
          POSTING_KIND_LABELS[line.postingKind],
          PLACEMENT_SCOPE_LABELS[line.scope],
          new Date(`${line.startDate}T00:00:00Z`),
        ])
        .commit();
    }
  }
  detail.commit();
  await workbook.commit();
}
