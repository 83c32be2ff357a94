import { monthOf } from '@app/common';

export type MonthProblem = 'before start' | 'after end' | 'in the future';

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
