import { socialInsuranceMonths, stableMonths } from './employment-months.js';
import type { MonthlyConfirmation } from './evidence.js';

const rec = (month: string, employed = true, socialInsurancePaid = false): MonthlyConfirmation => ({ month, employed, socialInsurancePaid });

describe('stable months', () => {
  it('counts consecutive employed months from the start month, across the year end', () => {
    expect(stableMonths('2024-11-20', null, [rec('2024-11'), rec('2024-12'), rec('2025-01')])).toBe(3);
  });

  it('stops at a missing month and never bridges the gap with later months', () => {
    expect(stableMonths('2024-03-01', null, [rec('2024-03'), rec('2024-05'), rec('2024-06'), rec('2024-07')])).toBe(1);
  });

  it('stops at a month confirmed as not employed', () => {
    expect(stableMonths('2024-03-01', null, [rec('2024-03'), rec('2024-04', false), rec('2024-05')])).toBe(1);
  });

  it('is zero when the start month is not confirmed, whatever follows', () => {
    expect(stableMonths('2024-03-31', null, [rec('2024-04'), rec('2024-05'), rec('2024-06')])).toBe(0);
  });

  it('ignores months before the start and after the end', () => {
    const records = [rec('2024-02'), rec('2024-03'), rec('2024-04'), rec('2024-05')];
    expect(stableMonths('2024-03-15', '2024-04-10', records)).toBe(2);
  });

  it('takes the last confirmation of a month given twice (a correction)', () => {
    expect(stableMonths('2024-03-01', null, [rec('2024-03'), rec('2024-04'), rec('2024-04', false)])).toBe(1);
  });
});

describe('social-insurance months', () => {
  it('counts insured months anywhere in the placement, gaps included', () => {
    const records = [rec('2024-03', true, true), rec('2024-04', true, false), rec('2024-06', true, true), rec('2024-07', false, true)];
    expect(socialInsuranceMonths('2024-03-01', null, records)).toBe(3);
  });

  it('counts only months of the placement', () => {
    expect(socialInsuranceMonths('2024-03-01', '2024-03-31', [rec('2024-02', true, true), rec('2024-03', true, true), rec('2024-04', true, true)])).toBe(1);
  });
});
