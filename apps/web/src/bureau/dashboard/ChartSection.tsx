import type { ReactNode } from 'react';
import { downloadCsv, type ChartTable } from './csv';
import { DataTable } from './DataTable';

/** One chart of the dashboard: heading, the drawing, its numbers as a table, and the same numbers as CSV. */
export function ChartSection({
  id,
  title,
  table,
  chart,
  note,
  cellOf,
  caption,
}: {
  id: string;
  title: string;
  table: ChartTable;
  chart?: ReactNode;
  note?: ReactNode;
  cellOf?: (row: number, column: number) => ReactNode;
  caption?: string;
}) {
  return (
    <section aria-labelledby={id} className="card dashboard-section">
      <div className="dashboard-section-head">
        <h2 id={id}>{title}</h2>
        {/* The name starts with the visible words (WCAG 2.5.3) and says which chart, as several share the page. */}
        <button type="button" className="secondary small" aria-label={`下载CSV：${title}`} onClick={() => downloadCsv(table)}>
          下载CSV
        </button>
      </div>
      {note}
      {chart}
      <DataTable table={table} caption={caption ?? `${title}（数据表）`} cellOf={cellOf} />
    </section>
  );
}
