/** Dates as the server counts them: China's calendar (Asia/Shanghai), whatever the phone's own time zone. */
const CHINA_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in China, YYYY-MM-DD. */
export function chinaToday(now = new Date()): string {
  return CHINA_DAY.format(now);
}

/** The month before the given YYYY-MM-DD day's month, YYYY-MM: the month a 月度确认 confirms. */
export function previousMonth(day: string): string {
  const [year, month] = day.split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** 2026-11 → 2026年11月 */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  return `${year}年${Number(m)}月`;
}
