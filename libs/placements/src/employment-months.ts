import { monthOf } from '@app/common';

export type MonthProblem = 'before start' | 'after end' | 'in the future';

/** How each month problem reads in Chinese. */
export const MONTH_PROBLEM_ZH: Readonly<Record<MonthProblem, string>> = {
  'before start': '早于上岗月份',
  'after end': '晚于离岗月份',
  'in the future': '尚未到来',
};

/**
 * A confirmation may only cover a month of the placement that has begun. (Stable and social-insurance months are
 * counted by the subsidy engine, libs/subsidies, which is where they matter.)
 */
export function confirmationMonthProblem(month: string, startDate: string, endDate: string | null, today: string): MonthProblem | null {
  if (month < monthOf(startDate)) return 'before start';
  if (endDate && month > monthOf(endDate)) return 'after end';
  if (month > monthOf(today)) return 'in the future';
  return null;
}
