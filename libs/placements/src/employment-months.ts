import { lastDayOf, monthOf } from '@app/common';

export type MonthProblem = 'before start' | 'after end' | 'not over';

/** How each month problem reads in Chinese. */
export const MONTH_PROBLEM_ZH: Readonly<Record<MonthProblem, string>> = {
  'before start': '早于上岗月份',
  'after end': '晚于离岗月份',
  'not over': '该月尚未结束，月末过后才能确认',
};

/**
 * A confirmation may only cover a month of the placement that has ended (China time): the current month is refused
 * until its last day has passed. (Stable and social-insurance months are counted by the subsidy engine, libs/subsidies,
 * which is where they matter.)
 */
export function confirmationMonthProblem(month: string, startDate: string, endDate: string | null, today: string): MonthProblem | null {
  if (month < monthOf(startDate)) return 'before start';
  if (endDate && month > monthOf(endDate)) return 'after end';
  if (lastDayOf(month) >= today) return 'not over';
  return null;
}
