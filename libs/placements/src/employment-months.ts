import { firstDayOf, lastDayOf, monthOf } from '@app/common';

export type MonthProblem = 'before start' | 'after end' | 'not over';

/** How each month problem reads in Chinese. */
export const MONTH_PROBLEM_ZH: Readonly<Record<MonthProblem, string>> = {
  'before start': '早于上岗月份',
  'after end': '晚于离岗月份',
  'not over': '该月尚未结束，月末过后才能确认',
};

/** Whether a month (YYYY-MM) has ended on `today` (China time): its last day has passed. */
export function monthIsOver(month: string, today: string): boolean {
  return lastDayOf(month) < today;
}

/**
 * A confirmation may only cover a month of the placement that has ended (China time): the current month is refused
 * until its last day has passed. (Stable and social-insurance months are counted by the subsidy engine, libs/subsidies,
 * which is where they matter.) confirmableMonthWhere is the same rule in SQL, for lists of placements.
 */
export function confirmationMonthProblem(month: string, startDate: string, endDate: string | null, today: string): MonthProblem | null {
  if (month < monthOf(startDate)) return 'before start';
  if (endDate && month > monthOf(endDate)) return 'after end';
  if (!monthIsOver(month, today)) return 'not over';
  return null;
}

/**
 * confirmationMonthProblem's placement half as a TypeORM condition on a placements row under `alias`: the month lies
 * inside the placement (not before its start month, not after its end month). "Not before the start month" is a start
 * on or before the month's last day; "not after the end month" an end on or after its first day. Whether the month is
 * over does not depend on the row: the caller asks monthIsOver first.
 */
export function confirmableMonthWhere(alias: string, month: string): { condition: string; parameters: Record<string, string> } {
  return {
    condition: `(${alias}.start_date <= :confirmableLast AND (${alias}.end_date IS NULL OR ${alias}.end_date >= :confirmableFirst))`,
    parameters: { confirmableFirst: firstDayOf(month), confirmableLast: lastDayOf(month) },
  };
}
