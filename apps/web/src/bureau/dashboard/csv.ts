/** What a chart shows, once: its table and its CSV are both made from this, so the download is exactly what is shown. */
export interface ChartTable {
  /** The file name without extension, e.g. 务工趋势-黔南州-2026年 */
  name: string;
  columns: string[];
  rows: Array<Array<string | number>>;
}

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a byte-order mark and CRLF line ends: Excel on a county office PC then reads the Chinese as UTF-8. */
export function toCsv(table: ChartTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function downloadCsv(table: ChartTable): void {
  const url = URL.createObjectURL(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${table.name.replace(/[\\/:*?"<>|\s]+/g, '_')}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once click() returns; keep the URL a moment for slow download managers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
