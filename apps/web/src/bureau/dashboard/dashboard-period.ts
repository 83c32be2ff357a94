import { chinaToday } from '../../common/china-date';

/** The period a dashboard view counts: a calendar year, a statistics cycle (1 October – 30 September) or one month. */
export type DashboardPeriod = { kind: 'year'; year: number } | { kind: 'cycle'; year: number } | { kind: 'month'; month: string };

export const PERIOD_KIND_LABELS: Record<DashboardPeriod['kind'], string> = {
  year: '自然年',
  cycle: '统计周期',
  month: '月份',
};

/** The statistics API accepts years 2000 to 2100; the pickers offer the recent ones. */
export const FIRST_YEAR = 2020;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

export function currentMonth(): string {
  return chinaToday().slice(0, 7);
}

export function currentYear(): number {
  return Number(chinaToday().slice(0, 4));
}

/** The period in the address (?year=2026, ?cycle=2026 or ?month=2026-11); the current calendar year otherwise. */
export function periodFromSearch(search: URLSearchParams): DashboardPeriod {
  const month = search.get('month');
  if (month && MONTH.test(month)) return { kind: 'month', month };
  const cycle = search.get('cycle');
  if (cycle && YEAR.test(cycle)) return { kind: 'cycle', year: Number(cycle) };
  const year = search.get('year');
  if (year && YEAR.test(year)) return { kind: 'year', year: Number(year) };
  return { kind: 'year', year: currentYear() };
}

export function periodParam(period: DashboardPeriod): [string, string] {
  if (period.kind === 'month') return ['month', period.month];
  return [period.kind, String(period.year)];
}

function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number);
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

function addMonths(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The period as placementStatistics takes it (a cycle by its year, everything else as days). */
export function statisticsPeriod(period: DashboardPeriod): { cycleYear: number } | { from: string; to: string } {
  if (period.kind === 'cycle') return { cycleYear: period.year };
  if (period.kind === 'year') return { from: `${period.year}-01-01`, to: `${period.year}-12-31` };
  return { from: `${period.month}-01`, to: lastDayOf(period.month) };
}

/** A target for year N applies to calendar year N, to cycle year N and to each month of year N. */
export function targetYear(period: DashboardPeriod): number {
  return period.kind === 'month' ? Number(period.month.slice(0, 4)) : period.year;
}

function lastMonthOf(period: DashboardPeriod): string {
  if (period.kind === 'month') return period.month;
  return `${period.year}-${period.kind === 'cycle' ? '09' : '12'}`;
}

/**
 * The trend's twelve months: those ending with the period's last month, or with this month when the period is not
 * over yet (months still to come would only draw a fall to zero).
 */
export function trendPeriod(period: DashboardPeriod, now = currentMonth()): { from: string; to: string } {
  const last = lastMonthOf(period) < now ? lastMonthOf(period) : now;
  return { from: `${addMonths(last, -11)}-01`, to: lastDayOf(last) };
}

/** 2026年, 2026统计年度（2025年10月—2026年9月）, 2026年11月 */
export function periodLabel(period: DashboardPeriod): string {
  if (period.kind === 'year') return `${period.year}年`;
  if (period.kind === 'cycle') return `${period.year}统计年度（${period.year - 1}年10月—${period.year}年9月）`;
  const [year, month] = period.month.split('-').map(Number);
  return `${year}年${month}月`;
}
