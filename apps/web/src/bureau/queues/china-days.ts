/** YYYY-MM-DD n days before a YYYY-MM-DD day: pure calendar arithmetic (UTC fields only), so no time zone shifts the day. */
export function daysBefore(day: string, n: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const moved = new Date(Date.UTC(year, month - 1, date - n));
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}
