import { addDays, lastDayOf, monthAt, monthIndex, monthOf, monthSpanEnd } from '@app/common';
import type { MonthlyConfirmation } from './evidence.js';

/** A month of the placement: confirmed employed, confirmed not employed, or not confirmed (yet). */
export type MonthState = 'EMPLOYED' | 'NOT_EMPLOYED' | 'UNCONFIRMED';

/** What a month must show to count: employed, or employed with social insurance paid. */
export type MonthTest = 'EMPLOYED' | 'INSURED';

/** Why N real months cannot (yet) be counted. */
export type SpanOutcome =
  | { readonly state: 'MET' }
  /** The placement ended before the span's last day. */
  | { readonly state: 'ENDED' }
  /** A month the span touches is confirmed without what the test needs (not employed, or not insured). */
  | { readonly state: 'BROKEN'; readonly month: string }
  /** Months still to be confirmed; `eligibleOn` is the first day all of them can have been (each only once it ended). */
  | { readonly state: 'WAITING'; readonly eligibleOn: string; readonly months: readonly number[] };

/**
 * The placement's months from its start month to its end month (open-ended while active), with the confirmation of
 * each. An unconfirmed month is not a break: the employer may still confirm it late; a month confirmed as not
 * employed is a break.
 *
 * "N months" are real months (稳定就业 N 个月): employed every day from the start date up to the day before the same
 * date N months later (monthSpanEnd), with every calendar month that span touches confirmed, a partial month
 * included. Start 2025-03-01 → through 2025-05-31 (March to May); start 2025-01-31 → through 2025-04-29 (January to
 * April). A month can only be confirmed once it has ended, so the earliest day N months can be shown is the day after
 * the end of the last month the span touches.
 */
export class EmploymentMonths {
  readonly first: number;
  /** Index of the end month, or null while the placement is active. */
  readonly last: number | null;
  private readonly byMonth = new Map<number, MonthlyConfirmation>();
  private readonly counted = new Map<MonthTest, number>();

  constructor(
    readonly startDate: string,
    readonly endDate: string | null,
    confirmations: readonly MonthlyConfirmation[],
  ) {
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

  /** Whether a confirmed month passes the test; null while it is not confirmed. */
  private passes(index: number, test: MonthTest): boolean | null {
    const c = this.byMonth.get(index);
    if (c === undefined) return null;
    return test === 'EMPLOYED' ? c.employed : c.employed && c.socialInsurancePaid;
  }

  /** Whether `months` real months from the start can be counted, and if not, why. */
  span(months: number, test: MonthTest): SpanOutcome {
    const end = monthSpanEnd(this.startDate, months);
    if (this.endDate !== null && end > this.endDate) return { state: 'ENDED' };
    const waiting: number[] = [];
    for (let i = this.first; i <= monthIndex(monthOf(end)); i++) {
      const ok = this.passes(i, test);
      if (ok === false) return { state: 'BROKEN', month: monthAt(i) };
      if (ok === null) waiting.push(i);
    }
    if (waiting.length === 0) return { state: 'MET' };
    return { state: 'WAITING', eligibleOn: addDays(lastDayOf(monthOf(end)), 1), months: waiting };
  }

  /**
   * The most real months from the start that every touched month shows (employed, or insured too): the largest N for
   * which span(N, test) is MET. Each month is checked once (a span of N + 1 months touches every month N does), and the
   * answer is kept: every rule of every subsidy asks it again for the same placement.
   */
  countedMonths(test: MonthTest): number {
    const known = this.counted.get(test);
    if (known !== undefined) return known;
    let count = 0;
    let checkedThrough = this.first - 1;
    for (;;) {
      const end = monthSpanEnd(this.startDate, count + 1);
      if (this.endDate !== null && end > this.endDate) break;
      const endIndex = monthIndex(monthOf(end));
      let met = true;
      for (let i = checkedThrough + 1; i <= endIndex && met; i++) met = this.passes(i, test) === true;
      if (!met) break;
      checkedThrough = Math.max(checkedThrough, endIndex);
      count++;
    }
    this.counted.set(test, count);
    return count;
  }

  /** 稳定就业月数 in real months. */
  stableMonths(): number {
    return this.countedMonths('EMPLOYED');
  }

  /** Social-insurance months, counted the same way (every touched month employed and insured). */
  socialInsuranceMonths(): number {
    return this.countedMonths('INSURED');
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

/** Social-insurance months of the placement, in real months from the start. */
export function socialInsuranceMonths(startDate: string, endDate: string | null, confirmations: readonly MonthlyConfirmation[]): number {
  return new EmploymentMonths(startDate, endDate, confirmations).socialInsuranceMonths();
}
