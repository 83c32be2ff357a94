import { BarChart } from './BarChart';
import { ChartSection } from './ChartSection';
import type { ChartTable } from './csv';

export interface OriginRow {
  province: string;
  workersEmployed: number;
  placementsStarted: number;
}

/**
 * 在本地务工: the workers employed in the region by workplace (the receiving side, e.g. 深圳 under 东西部协作), by the
 * province they come from. Counts only: nobody's personal data.
 */
export function LocalWorkSection({
  totals,
  rows,
  fileName,
}: {
  totals: { workersEmployed: number; placementsStarted: number };
  rows: OriginRow[];
  fileName: string;
}) {
  // Every province comes back (zeros included); only those that send anyone are drawn and listed.
  const shown = rows.filter((row) => row.workersEmployed > 0 || row.placementsStarted > 0).sort((a, b) => b.workersEmployed - a.workersEmployed);
  const table: ChartTable = {
    name: fileName,
    columns: ['户籍所在省份', '务工人数', '新增就业'],
    rows: [...shown.map((row) => [row.province, row.workersEmployed, row.placementsStarted]), ['合计', totals.workersEmployed, totals.placementsStarted]],
  };
  return (
    <ChartSection
      id="dashboard-local"
      title="在本地务工"
      table={table}
      note={<p className="hint">按务工地统计：本期在本地区岗位上务工的人数，按户籍所在省份分列（只有人数，不含个人信息）。合计中一人只计一次。</p>}
      chart={
        shown.length > 0 ? (
          <BarChart
            bars={shown.map((row) => ({ label: row.province, values: [row.workersEmployed] }))}
            summary={`在本地务工 ${totals.workersEmployed} 人：${shown.map((row) => `${row.province} ${row.workersEmployed} 人`).join('，')}`}
          />
        ) : (
          <p>本期没有在本地务工的人员。</p>
        )
      }
    />
  );
}
