import { addDays } from '@app/common';
import { monthsOf, type Period } from '../statistics-period.js';

/**
 * The periods the rollup holds for every county (up to its horizon): each month, each calendar year and each
 * statistics cycle (1 October to 30 September). Distinct workers cannot be added across periods, so only these exact
 * periods, and MONTH breakdowns over whole months, are answered from it; any other range is computed live.
 */

function lastDayOfMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return addDays(m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`, -1);
}

/** The whole months of a period, or null when it starts or ends inside a month. */
export function wholeMonths(period: Period): Period[] | null {
  if (!period.from.endsWith('-01')) return null;
  const months = monthsOf(period).map((month) => ({ from: `${month}-01`, to: lastDayOfMonth(month) }));
  return months[months.length - 1].to === period.to ? months : null;
}

/** True for a single month, a calendar year or a statistics cycle. */
export function isRollupPeriod(period: Period): boolean {
  const months = wholeMonths(period);
  if (!months) return false;
  if (months.length === 1) return true;
  if (months.length !== 12) return false;
  return period.from.endsWith('-01-01') || period.from.endsWith('-10-01');
}

export interface RollupPlan {
  /** Periods whose rows answer the breakdown (the period itself, or its months for MONTH); null: compute live. */
  rowPeriods: Period[] | null;
  /** The period's totals can be read from the rollup (else they are computed live). */
  totals: boolean;
}

/** What the rollup can answer for this period and breakdown, given how far it reaches (no horizon: however far). */
export function planRollup(period: Period, byMonth: boolean, horizon?: string): RollupPlan {
  if (horizon !== undefined && period.to > horizon) return { rowPeriods: null, totals: false };
  const exact = isRollupPeriod(period);
  const rowPeriods = byMonth ? wholeMonths(period) : exact ? [period] : null;
  return { rowPeriods, totals: exact };
}

/** The last day the rollup covers when today is `today`: the end of next year (covers the running cycle). */
export function horizonFor(today: string): string {
  return `${Number(today.slice(0, 4)) + 1}-12-31`;
}
