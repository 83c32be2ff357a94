import type { ReactNode } from 'react';
import type { ChartTable } from './csv';

/**
 * A chart's numbers as a table (its text alternative, and what the CSV holds). On a phone it scrolls sideways inside
 * a focusable region, so keyboard users can scroll it too.
 */
export function DataTable({ table, caption, cellOf }: { table: ChartTable; caption: string; cellOf?: (row: number, column: number) => ReactNode }) {
  // A column of numbers is right-aligned, its heading too, so digits line up under it.
  const numeric = table.columns.map((_, c) => table.rows.length > 0 && table.rows.every((row) => typeof row[c] === 'number' || /^[\d.]+%?$/.test(row[c])));
  return (
    <div className="table-scroll dashboard-table" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col" className={numeric[table.columns.indexOf(column)] ? 'number' : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={String(row[0])}>
              {row.map((value, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cellOf?.(r, c) ?? value}
                  </th>
                ) : (
                  <td key={c} className={numeric[c] ? 'number' : undefined}>
                    {cellOf?.(r, c) ?? value}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
