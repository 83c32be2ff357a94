import { statisticsCycle, statisticsCycleYearOf } from './statistics-cycle.js';

describe('statistics cycle', () => {
  it('runs from 1 October of the previous year to 30 September, named by its end year', () => {
    expect(statisticsCycle(2026)).toEqual({ from: '2025-10-01', to: '2026-09-30' });
  });

  it('puts each day in the cycle that contains it, both ends included', () => {
    expect(statisticsCycleYearOf('2025-09-30')).toBe(2025);
    expect(statisticsCycleYearOf('2025-10-01')).toBe(2026);
    expect(statisticsCycleYearOf('2026-01-01')).toBe(2026);
    expect(statisticsCycleYearOf('2026-09-30')).toBe(2026);
    expect(statisticsCycleYearOf('2026-12-31')).toBe(2027);
    for (const day of ['2024-02-29', '2025-10-01', '2026-09-30']) {
      const { from, to } = statisticsCycle(statisticsCycleYearOf(day));
      expect(from <= day && day <= to).toBe(true);
    }
  });
});
