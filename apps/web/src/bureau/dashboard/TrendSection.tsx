import { chineseMonth } from '../../common/labels-mine';
import { ChartSection } from './ChartSection';
import type { ChartTable } from './csv';
import { TrendChart, type TrendSeries } from './TrendChart';

export interface TrendRow {
  month: string;
  workersEmployed: number;
  placementsStarted: number;
  returnees: number;
}

/** 近12个月: workers in work, placements started and returnees per month, against the year's target. */
export function TrendSection({ rows, target, targetYear, fileName }: { rows: TrendRow[]; target: number | null; targetYear: number; fileName: string }) {
  const months = rows.map((row) => row.month);
  const series: TrendSeries[] = [
    { label: '务工人数', values: rows.map((r) => r.workersEmployed), className: 'dashboard-line-employed', marker: 'circle' },
    { label: '新增就业', values: rows.map((r) => r.placementsStarted), className: 'dashboard-line-started', marker: 'square' },
    { label: '返乡回流', values: rows.map((r) => r.returnees), className: 'dashboard-line-returned', marker: 'triangle' },
  ];
  const targetColumn = `${targetYear}年目标`;
  const table: ChartTable = {
    name: fileName,
    columns: ['月份', '务工人数', '新增就业', '返乡回流', targetColumn],
    rows: rows.map((row) => [chineseMonth(row.month), row.workersEmployed, row.placementsStarted, row.returnees, target ?? '未设目标']),
  };
  const last = rows[rows.length - 1];
  const summary = last
    ? `近12个月趋势，${chineseMonth(rows[0].month)}至${chineseMonth(last.month)}：${chineseMonth(last.month)}务工人数 ${last.workersEmployed} 人${target ? `，${targetColumn} ${target} 人` : ''}`
    : '近12个月趋势：没有数据';
  return (
    <ChartSection
      id="dashboard-trend"
      title="近12个月趋势"
      table={table}
      note={<p className="hint">务工人数为当月在岗的人数；新增就业、返乡回流按发生的月份计。{target ? `虚线为${targetColumn}。` : ''}</p>}
      chart={<TrendChart months={months} series={series} target={target} summary={summary} />}
    />
  );
}
