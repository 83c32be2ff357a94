import { ChartSection } from './ChartSection';
import type { ChartTable } from './csv';

/** 本期合计: the whole region's numbers, computed by the server directly (never a sum of rows). */
export function TotalsSection({ totals, fileName }: { totals: { workersEmployed: number; placementsStarted: number; returnees: number }; fileName: string }) {
  const table: ChartTable = {
    name: fileName,
    columns: ['指标', '人数'],
    rows: [
      ['务工人数', totals.workersEmployed],
      ['新增就业', totals.placementsStarted],
      ['返乡回流', totals.returnees],
    ],
  };
  return (
    <ChartSection
      id="dashboard-totals"
      title="本期合计"
      table={table}
      note={<p className="hint">务工人数：本期内有过在岗记录的人数（一人只计一次）；新增就业：本期入职的人次；返乡回流：本期返乡的人数。</p>}
    />
  );
}
