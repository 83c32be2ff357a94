import { BarChart } from './BarChart';
import { ChartSection } from './ChartSection';
import type { ChartTable } from './csv';

export interface BreakdownRow {
  label: string;
  workersEmployed: number;
  placementsStarted: number;
}

/** One breakdown of the period (by category, scope or posting kind): bars of 务工人数, the table with 新增就业 too. */
export function BreakdownSection({
  id,
  title,
  heading,
  rows,
  fileName,
  note,
}: {
  id: string;
  title: string;
  heading: string;
  rows: BreakdownRow[];
  fileName: string;
  note?: string;
}) {
  const table: ChartTable = {
    name: fileName,
    columns: [heading, '务工人数', '新增就业'],
    rows: rows.map((row) => [row.label, row.workersEmployed, row.placementsStarted]),
  };
  const summary = `${title}：${rows.map((row) => `${row.label} ${row.workersEmployed} 人`).join('，')}`;
  return (
    <ChartSection
      id={id}
      title={title}
      table={table}
      note={note ? <p className="hint">{note}</p> : undefined}
      chart={<BarChart bars={rows.map((row) => ({ label: row.label, values: [row.workersEmployed] }))} summary={summary} />}
    />
  );
}
