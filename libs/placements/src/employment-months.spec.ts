import { confirmationMonthProblem, nextMonth, socialInsuranceMonths, stableMonths } from './employment-months.js';

const rec = (month: string, employed = true, socialInsurancePaid = false) => ({ month, employed, socialInsurancePaid });

describe('employment months', () => {
  it('rolls months over the year end', () => {
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(nextMonth('2026-01')).toBe('2026-02');
  });

  it('counts consecutive employed months from the start month', () => {
    expect(stableMonths('2026-03-15', [rec('2026-03'), rec('2026-04'), rec('2026-05')])).toBe(3);
    expect(stableMonths('2025-11-01', [rec('2025-11'), rec('2025-12'), rec('2026-01')])).toBe(3);
  });

  it('stops at a gap and does not bridge it with later months', () => {
    expect(stableMonths('2026-03-01', [rec('2026-03'), rec('2026-05'), rec('2026-06')])).toBe(1);
    expect(stableMonths('2026-03-01', [rec('2026-03'), rec('2026-04', false), rec('2026-05')])).toBe(1);
  });

  it('is zero when the start month is not confirmed', () => {
    expect(stableMonths('2026-03-01', [rec('2026-04'), rec('2026-05')])).toBe(0);
    expect(stableMonths('2026-03-01', [])).toBe(0);
  });

  it('counts social-insurance months anywhere in the placement', () => {
    expect(socialInsuranceMonths([rec('2026-03', true, true), rec('2026-04', true, false), rec('2026-06', true, true)])).toBe(2);
  });

  it('accepts only months of the placement that have begun', () => {
    expect(confirmationMonthProblem('2026-02', '2026-03-10', null, '2026-11-23')).toBe('before start');
    expect(confirmationMonthProblem('2026-12', '2026-03-10', null, '2026-11-23')).toBe('in the future');
    expect(confirmationMonthProblem('2026-07', '2026-03-10', '2026-06-30', '2026-11-23')).toBe('after end');
    expect(confirmationMonthProblem('2026-03', '2026-03-10', null, '2026-11-23')).toBeNull();
    expect(confirmationMonthProblem('2026-11', '2026-03-10', null, '2026-11-23')).toBeNull();
  });
});
