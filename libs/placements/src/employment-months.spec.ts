import { confirmationMonthProblem, monthIsOver } from './employment-months.js';

describe('confirmationMonthProblem', () => {
  it('accepts only months of the placement that have ended', () => {
    expect(confirmationMonthProblem('2026-02', '2026-03-10', null, '2026-11-23')).toBe('before start');
    expect(confirmationMonthProblem('2026-12', '2026-03-10', null, '2026-11-23')).toBe('not over');
    expect(confirmationMonthProblem('2026-07', '2026-03-10', '2026-06-30', '2026-11-23')).toBe('after end');
    expect(confirmationMonthProblem('2026-03', '2026-03-10', null, '2026-11-23')).toBeNull();
    expect(confirmationMonthProblem('2026-06', '2026-03-10', '2026-06-30', '2026-11-23')).toBeNull();
    expect(confirmationMonthProblem('2026-10', '2026-03-10', null, '2026-11-23')).toBeNull();
  });

  it('refuses the current month until its last day has passed, even on its last day', () => {
    expect(confirmationMonthProblem('2026-11', '2026-03-10', null, '2026-11-02')).toBe('not over');
    expect(confirmationMonthProblem('2026-11', '2026-03-10', null, '2026-11-30')).toBe('not over');
    expect(confirmationMonthProblem('2026-11', '2026-03-10', null, '2026-12-01')).toBeNull();
    expect(confirmationMonthProblem('2024-02', '2024-02-10', null, '2024-02-29')).toBe('not over');
    expect(confirmationMonthProblem('2024-02', '2024-02-10', null, '2024-03-01')).toBeNull();
  });
});

describe('monthIsOver', () => {
  it('is true from the day after the month’s last day (China dates)', () => {
    expect(monthIsOver('2026-11', '2026-11-30')).toBe(false);
    expect(monthIsOver('2026-11', '2026-12-01')).toBe(true);
    expect(monthIsOver('2026-12', '2026-12-01')).toBe(false);
  });
});
