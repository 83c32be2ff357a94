export interface MonthRecord {
  month: string;
  employed: boolean;
  socialInsurancePaid: boolean;
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The month after `month` (YYYY-MM). */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * 稳定就业月数: consecutive months confirmed as employed, counted from the placement's start month. A month that is
 * missing or confirmed as not employed ends the run, so a gap is never bridged by later months.
 */
export function stableMonths(startDate: string, records: readonly MonthRecord[]): number {
  const employed = new Set(records.filter((r) => r.employed).map((r) => r.month));
  let count = 0;
  for (let month = monthOf(startDate); employed.has(month); month = nextMonth(month)) count++;
  return count;
}

/** Months with social insurance paid (社保缴纳月数), wherever they fall. */
export function socialInsuranceMonths(records: readonly MonthRecord[]): number {
  return records.filter((r) => r.socialInsurancePaid).length;
}

export type MonthProblem = 'before start' | 'after end' | 'in the future';

/** A confirmation may only cover a month of the placement that has begun. */
export function confirmationMonthProblem(month: string, startDate: string, endDate: string | null, today: string): MonthProblem | null {
  if (month < monthOf(startDate)) return 'before start';
  if (endDate && month > monthOf(endDate)) return 'after end';
  if (month > monthOf(today)) return 'in the future';
  return null;
}
