/** ISO weeks (Monday to Sunday) as the weekly report counts them, on China's calendar days (YYYY-MM-DD). */
export interface IsoWeek {
  /** 2026-W48, what GET /reports/weekly.xlsx takes */
  label: string;
  year: number;
  week: number;
  monday: string;
  sunday: string;
}

const DAY = 86_400_000;

function utc(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The calendar day a UTC midnight stands for (the arithmetic is on calendar days: no time zone may shift it). */
function dayOf(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The ISO week holding a day: its year is the year of its Thursday. */
export function isoWeekOf(day: string): IsoWeek {
  const time = utc(day);
  const weekday = (new Date(time).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = time - weekday * DAY;
  const thursday = new Date(monday + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY / 7) + 1;
  return { label: `${year}-W${String(week).padStart(2, '0')}`, year, week, monday: dayOf(monday), sunday: dayOf(monday + 6 * DAY) };
}

/** The last week that has ended by `today`, then the ones before it: `count` weeks, newest first. */
export function endedWeeks(today: string, count: number): IsoWeek[] {
  const lastMonday = utc(isoWeekOf(today).monday) - 7 * DAY;
  return Array.from({ length: count }, (_, i) => isoWeekOf(dayOf(lastMonday - i * 7 * DAY)));
}

function shortDay(day: string): string {
  const [, month, date] = day.split('-');
  return `${Number(month)}月${Number(date)}日`;
}

/** 2026年第48周（11月23日至11月29日） */
export function weekText(week: IsoWeek): string {
  return `${week.year}年第${week.week}周（${shortDay(week.monday)}至${shortDay(week.sunday)}）`;
}
