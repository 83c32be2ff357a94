import { confirmationMonthProblem } from './employment-months.js';

describe('confirmationMonthProblem', () => {
  it('accepts only months of the placement that have begun', () => {
    expect(confirmationMonthProblem('2026-02', '2026-03-10', null, '2026-11-23')).toBe('before start');
    expect(confirmationMonthProblem('2026-12', '2026-03-10', null, '2026-11-23')).toBe('in the future');
    expect(confirmationMonthProblem('2026-07', '2026-03-10', '2026-06-30', '2026-11-23')).toBe('after end');
    expect(confirmationMonthProblem('2026-03', '2026-03-10', null, '2026-11-23')).toBeNull();
    expect(confirmationMonthProblem('2026-06', '2026-03-10', '2026-06-30', '2026-11-23')).toBeNull();
    expect(confirmationMonthProblem('2026-11', '2026-03-10', null, '2026-11-23')).toBeNull();
  });
});
