import { Link } from '../../app/router';
import type { ChartTable } from './csv';
import { dashboardHref } from './dashboard-href';
import type { DashboardPeriod } from './dashboard-period';
import { ChartSection } from './ChartSection';
import { percent, progressStatus, PROGRESS_STATUS_LABELS, ratioOf } from './progress-status';

export interface ChildRegionRow {
  code: string;
  name: string;
  target: number | null;
  workersEmployed: number;
  placementsStarted: number;
  returnees: number;
}

const COLUMNS = ['地区', '目标（人）', '务工人数', '目标完成率', '进度', '新增就业', '返乡回流'];

/**
 * 下级地区: each child region's progress, coloured by band with the band in words, its name a link one level down
 * (province → city → county). The geographic view, instead of a map (a public map of China needs 审图号).
 */
export function ChildRegionsTable({ rows, period, name }: { rows: ChildRegionRow[]; period: DashboardPeriod; name: string }) {
  const ratios = rows.map((row) => ratioOf(row.workersEmployed, row.target));
  const table: ChartTable = {
    name,
    columns: COLUMNS,
    rows: rows.map((row, i) => [
      row.name,
      row.target ?? '未设目标',
      row.workersEmployed,
      percent(ratios[i]),
      PROGRESS_STATUS_LABELS[progressStatus(ratios[i])],
      row.placementsStarted,
      row.returnees,
    ]),
  };
  const cellOf = (r: number, c: number) => {
    const row = rows[r];
    if (c === 0) return <Link href={dashboardHref(row.code, period)}>{row.name}</Link>;
    if (c === 4) {
      const status = progressStatus(ratios[r]);
      return <span className={`dashboard-status dashboard-${status}`}>{PROGRESS_STATUS_LABELS[status]}</span>;
    }
    return undefined;
  };
  return (
    <ChartSection
      id="dashboard-children"
      title="各地完成情况"
      caption="下级地区"
      table={table}
      cellOf={cellOf}
      note={<p className="hint">点击地区名称查看下一级。低于90%为滞后（红），90%–100%为接近（黄），达到100%为达标（绿）。</p>}
    />
  );
}
