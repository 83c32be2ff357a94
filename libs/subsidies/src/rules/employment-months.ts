import { monthAt, monthIndex, monthOf } from '@app/common';
import type { MonthlyConfirmation } from './evidence.js';

/** A month of the placement: confirmed employed, confirmed not employed, or not confirmed (yet). */
export type MonthState = 'EMPLOYED' | 'NOT_EMPLOYED' | 'UNCONFIRMED';

/**
 * The placement's months from its start month to its end month (open-ended while active), with the confirmation of
 * each. An unconfirmed month is not a break: the employer may still confirm it late; a month confirmed as not
 * employed is a break.
 */
export class EmploymentMonths {
  readonly first: number;
  /** Index of the end month, or null while the placement is active. */
  readonly last: number | null;
  private readonly byMonth = new Map<number, MonthlyConfirmation>();

  constructor(startDate: string, endDate: string | null, confirmations: readonly MonthlyConfirmation[]) {
    this.first = monthIndex(monthOf(startDate));
    this.last = endDate ? monthIndex(monthOf(endDate)) : null;
    for (const c of confirmations) {
      const index = monthIndex(c.month);
      if (this.contains(index)) this.byMonth.set(index, c);
    }
  }

  contains(index: number): boolean {
    return index >= this.first && (this.last === null || index <= this.last);
  }

  state(index: number): MonthState {
    const c = this.byMonth.get(index);
    return c === undefined ? 'UNCONFIRMED' : c.employed ? 'EMPLOYED' : 'NOT_EMPLOYED';
  }

  /** The latest confirmed month, or the month before the start when nothing is confirmed. */
  lastConfirmed(): number {
    return Math.max(this.first - 1, ...this.byMonth.keys());
  }

  /** 稳定就业月数: consecutive months confirmed as employed from the start month; a missing month ends the run. */
  stableMonths(): number {
    let count = 0;
    for (let i = this.first; this.contains(i) && this.state(i) === 'EMPLOYED'; i++) count++;
    return count;
  }

  socialInsuranceMonths(): number {
    let count = 0;
    for (const c of this.byMonth.values()) if (c.socialInsurancePaid) count++;
    return count;
  }

  isInsured(index: number): boolean {
    return this.byMonth.get(index)?.socialInsurancePaid === true;
  }

  /** The longest run of consecutive months confirmed as employed, anywhere in the placement. */
  longestEmployedRun(): number {
    let best = 0;
    let run = 0;
    for (let i = this.first; i <= this.lastConfirmed(); i++) {
      run = this.state(i) === 'EMPLOYED' ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  }

  /** Unconfirmed months among [from, to] whose month is already over on `today`: the confirmations still owed. */
  overdue(from: number, to: number, today: string): string[] {
    const owed: string[] = [];
    for (let i = from; i <= to && this.contains(i); i++) {
      if (this.state(i) === 'UNCONFIRMED' && monthAt(i) < monthOf(today)) owed.push(monthAt(i));
    }
    return owed;
  }
}

/** Stable months of a placement, for callers outside the engine (statistics, claim snapshots). */
export function stableMonths(startDate: string, endDate: string | null, confirmations: readonly MonthlyConfirmation[]): number {
  return new EmploymentMonths(startDate, endDate, confirmations).stableMonths();
}

/** Months of the placement with social insurance paid. */
export function socialInsuranceMonths(startDate: string, endDate: string | null, confirmations: readonly MonthlyConfirmation[]): number {
  return new EmploymentMonths(startDate, endDate, confirmations).socialInsuranceMonths();
}
