import { horizonFor, isRollupPeriod, planRollup, wholeMonths } from './rollup-periods.js';

describe('rollup periods', () => {
  it('recognises a month, a calendar year and a statistics cycle, and nothing else', () => {
    expect(isRollupPeriod({ from: '2026-02-01', to: '2026-02-28' })).toBe(true);
    expect(isRollupPeriod({ from: '2024-02-01', to: '2024-02-29' })).toBe(true);
    expect(isRollupPeriod({ from: '2026-01-01', to: '2026-12-31' })).toBe(true);
    expect(isRollupPeriod({ from: '2025-10-01', to: '2026-09-30' })).toBe(true);
    expect(isRollupPeriod({ from: '2026-02-01', to: '2026-02-27' })).toBe(false);
    expect(isRollupPeriod({ from: '2026-01-01', to: '2026-06-30' })).toBe(false);
    expect(isRollupPeriod({ from: '2026-03-01', to: '2027-02-28' })).toBe(false);
    expect(isRollupPeriod({ from: '2026-01-02', to: '2026-12-31' })).toBe(false);
  });

  it('splits a whole-month range into its months and refuses a partial one', () => {
    expect(wholeMonths({ from: '2025-12-01', to: '2026-02-28' })).toEqual([
      { from: '2025-12-01', to: '2025-12-31' },
      { from: '2026-01-01', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
    ]);
    expect(wholeMonths({ from: '2025-12-01', to: '2026-02-27' })).toBeNull();
    expect(wholeMonths({ from: '2025-12-02', to: '2026-02-28' })).toBeNull();
  });

  it('answers from the rollup only inside the horizon', () => {
    const cycle = { from: '2025-10-01', to: '2026-09-30' };
    expect(planRollup(cycle, false, '2027-12-31')).toEqual({ rowPeriods: [cycle], totals: true });
    expect(planRollup(cycle, false, '2026-09-29')).toEqual({ rowPeriods: null, totals: false });
    expect(planRollup(cycle, true, '2027-12-31').rowPeriods).toHaveLength(12);
  });

  it('takes the months of a whole-month range for MONTH but computes its totals live', () => {
    const half = { from: '2026-01-01', to: '2026-06-30' };
    expect(planRollup(half, true, '2027-12-31')).toEqual({ rowPeriods: wholeMonths(half), totals: false });
    expect(planRollup(half, false, '2027-12-31')).toEqual({ rowPeriods: null, totals: false });
    expect(planRollup({ from: '2026-01-15', to: '2026-03-31' }, true, '2027-12-31')).toEqual({ rowPeriods: null, totals: false });
  });

  it('reaches to the end of next year, so the running statistics cycle is always covered', () => {
    expect(horizonFor('2026-11-23')).toBe('2027-12-31');
    expect(horizonFor('2026-01-01')).toBe('2027-12-31');
  });
});
