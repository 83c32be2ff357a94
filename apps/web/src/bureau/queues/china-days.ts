/** YYYY-MM-DD n days before a YYYY-MM-DD day: pure calendar arithmetic (UTC fields only), so no time zone shifts the day. */
export function daysBefore(day: string, n: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const moved = new Date(Date.UTC(year, month - 1, date - n));
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

const CHINA_MOMENT = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as China's clock shows it, 2026年12月4日 12:40, whatever the computer's own time zone. */
export function chinaMoment(moment: string): string {
  const parts = Object.fromEntries(CHINA_MOMENT.formatToParts(new Date(moment)).map((part) => [part.type, part.value]));
  return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
}
