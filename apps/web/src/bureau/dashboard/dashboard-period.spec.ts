/// <reference types="jest" />
import { periodFromSearch, statisticsPeriod, targetYear, trendPeriod } from './dashboard-period';

describe('dashboard periods', () => {
  it('reads the period from the address, a calendar year by default', () => {
    expect(periodFromSearch(new URLSearchParams('month=2026-03&year=2025'))).toEqual({ kind: 'month', month: '2026-03' });
    expect(periodFromSearch(new URLSearchParams('cycle=2026'))).toEqual({ kind: 'cycle', year: 2026 });
    expect(periodFromSearch(new URLSearchParams('year=2025'))).toEqual({ kind: 'year', year: 2025 });
    expect(periodFromSearch(new URLSearchParams('month=2026-13')).kind).toBe('year');
  });

  it('asks placementStatistics for the days of a year or month, and a cycle by its year', () => {
    expect(statisticsPeriod({ kind: 'year', year: 2025 })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(statisticsPeriod({ kind: 'month', month: '2024-02' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(statisticsPeriod({ kind: 'cycle', year: 2026 })).toEqual({ cycleYear: 2026 });
  });

  it('takes the target of year N for calendar year N, cycle year N and the months of year N', () => {
    expect(targetYear({ kind: 'cycle', year: 2026 })).toBe(2026);
    expect(targetYear({ kind: 'month', month: '2025-11' })).toBe(2025);
  });

  it('draws the twelve months ending with the period, or with this month while the period runs', () => {
    expect(trendPeriod({ kind: 'cycle', year: 2026 }, '2026-12')).toEqual({ from: '2025-10-01', to: '2026-09-30' });
    expect(trendPeriod({ kind: 'year', year: 2026 }, '2026-05')).toEqual({ from: '2025-06-01', to: '2026-05-31' });
    expect(trendPeriod({ kind: 'month', month: '2026-01' }, '2026-12')).toEqual({ from: '2025-02-01', to: '2026-01-31' });
  });
});
