import { EmploymentMonths, socialInsuranceMonths, stableMonths } from './employment-months.js';
import type { MonthlyConfirmation } from './evidence.js';

const rec = (month: string, employed = true, socialInsurancePaid = false): MonthlyConfirmation => ({ month, employed, socialInsurancePaid });
const employed = (...months: string[]) => months.map((m) => rec(m));

describe('stable months, in real months from the start date', () => {
  it('counts 3 months from the 1st when March to May are confirmed: through 31 May, eligible on 1 June', () => {
    const months = new EmploymentMonths('2025-03-01', null, employed('2025-03', '2025-04', '2025-05'));
    expect(months.stableMonths()).toBe(3);
    expect(new EmploymentMonths('2025-03-01', null, employed('2025-03', '2025-04')).span(3, 'EMPLOYED')).toMatchObject({
      state: 'WAITING',
      eligibleOn: '2025-06-01',
    });
  });

  it('from 31 January, 3 months run through 29 April and need April confirmed: eligible on 1 May', () => {
    expect(stableMonths('2025-01-31', null, employed('2025-01', '2025-02', '2025-03'))).toBe(2);
    expect(stableMonths('2025-01-31', null, employed('2025-01', '2025-02', '2025-03', '2025-04'))).toBe(3);
    expect(new EmploymentMonths('2025-01-31', null, employed('2025-01', '2025-02', '2025-03')).span(3, 'EMPLOYED')).toMatchObject({
      state: 'WAITING',
      eligibleOn: '2025-05-01',
    });
  });

  it('counts a 30-day placement as 1 month at most, never 3, whatever months it touches', () => {
    // 31 January to 1 March touches three calendar months, all confirmed.
    expect(stableMonths('2025-01-31', '2025-03-01', employed('2025-01', '2025-02', '2025-03'))).toBe(1);
    expect(stableMonths('2025-03-01', '2025-03-30', employed('2025-03'))).toBe(0);
    expect(stableMonths('2025-02-01', '2025-03-02', employed('2025-02', '2025-03'))).toBe(1);
    expect(new EmploymentMonths('2025-01-31', '2025-03-01', employed('2025-01', '2025-02', '2025-03')).span(3, 'EMPLOYED').state).toBe('ENDED');
  });

  it('needs the partial month at the end of a mid-month span', () => {
    // From 10 March, 3 months run through 9 June: June is touched and must be confirmed too.
    expect(stableMonths('2024-03-10', null, employed('2024-03', '2024-04', '2024-05'))).toBe(2);
    expect(stableMonths('2024-03-10', null, employed('2024-03', '2024-04', '2024-05', '2024-06'))).toBe(3);
  });

  it('handles leap years: from 29 February 2024, 12 months run through 27 February 2025', () => {
    const year = employed('2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01');
    expect(stableMonths('2024-02-29', null, year)).toBe(11);
    expect(stableMonths('2024-02-29', null, [...year, rec('2025-02')])).toBe(12);
    expect(stableMonths('2024-02-29', '2025-02-26', [...year, rec('2025-02')])).toBe(11);
    expect(stableMonths('2024-02-29', '2025-02-27', [...year, rec('2025-02')])).toBe(12);
    expect(new EmploymentMonths('2024-01-31', null, employed('2024-01')).span(1, 'EMPLOYED')).toMatchObject({ state: 'WAITING', eligibleOn: '2024-03-01' });
  });

  it('counts across the year end', () => {
    expect(stableMonths('2024-11-01', null, employed('2024-11', '2024-12', '2025-01'))).toBe(3);
  });

  it('stops at a gap and never bridges it with later months', () => {
    expect(stableMonths('2024-03-01', null, employed('2024-03', '2024-05', '2024-06', '2024-07'))).toBe(1);
    const gap = new EmploymentMonths('2024-03-01', null, employed('2024-03', '2024-05'));
    expect(gap.span(3, 'EMPLOYED')).toMatchObject({ state: 'WAITING', eligibleOn: '2024-06-01' });
    expect(gap.overdue(gap.first, gap.first + 2, '2024-06-15')).toEqual(['2024-04']);
  });

  it('is broken for good by a month confirmed as not employed', () => {
    const months = new EmploymentMonths('2024-03-01', null, [rec('2024-03'), rec('2024-04', false), rec('2024-05')]);
    expect(months.stableMonths()).toBe(1);
    expect(months.span(3, 'EMPLOYED')).toEqual({ state: 'BROKEN', month: '2024-04' });
  });

  it('is zero when the start month is not confirmed, whatever follows', () => {
    expect(stableMonths('2024-03-31', null, employed('2024-04', '2024-05', '2024-06'))).toBe(0);
  });

  it('ignores months before the start and after the end, and takes the last of a month given twice', () => {
    expect(stableMonths('2024-03-01', '2024-05-31', employed('2024-02', '2024-03', '2024-04', '2024-05', '2024-06'))).toBe(3);
    expect(stableMonths('2024-03-01', null, [rec('2024-03'), rec('2024-04'), rec('2024-04', false)])).toBe(1);
  });
});

describe('social-insurance months, counted the same way', () => {
  it('counts real months from the start with every touched month employed and insured', () => {
    const insured = (m: string) => rec(m, true, true);
    expect(socialInsuranceMonths('2025-03-01', null, [insured('2025-03'), insured('2025-04'), insured('2025-05')])).toBe(3);
    expect(socialInsuranceMonths('2025-01-31', '2025-03-01', [insured('2025-01'), insured('2025-02'), insured('2025-03')])).toBe(1);
  });

  it('stops at a month without insurance or without employment', () => {
    expect(socialInsuranceMonths('2024-03-01', null, [rec('2024-03', true, true), rec('2024-04', true, false), rec('2024-05', true, true)])).toBe(1);
    expect(socialInsuranceMonths('2024-03-01', null, [rec('2024-03', true, true), rec('2024-04', false, true)])).toBe(1);
    expect(new EmploymentMonths('2024-03-01', null, [rec('2024-03', true, true), rec('2024-04', true, false)]).span(3, 'INSURED')).toEqual({
      state: 'BROKEN',
      month: '2024-04',
    });
  });
});

describe('counted months, checked month by month once', () => {
  /** The definition: the largest N whose span is MET, asked one N at a time. */
  const byDefinition = (months: EmploymentMonths, test: 'EMPLOYED' | 'INSURED') => {
    let n = 0;
    while (months.span(n + 1, test).state === 'MET') n++;
    return n;
  };

  it('agrees with asking span(N) for every N, over many placements with gaps, breaks, ends and month-end starts', () => {
    let seed = 20261204;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 500; run++) {
      const day = [1, 3, 15, 28, 29, 30, 31][Math.floor(random() * 7)];
      const month = 1 + Math.floor(random() * 12);
      const start = `2024-${String(month).padStart(2, '0')}-${String(Math.min(day, month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31)).padStart(2, '0')}`;
      const length = Math.floor(random() * 26);
      const end = random() < 0.4 ? `${2024 + Math.floor((month + length) / 12)}-${String(((month + length) % 12) + 1).padStart(2, '0')}-10` : null;
      const confirmations: MonthlyConfirmation[] = [];
      for (let i = 0; i <= length; i++) {
        if (random() < 0.1) continue; // not confirmed (yet)
        const index = 2024 * 12 + month - 1 + i;
        const label = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
        confirmations.push(rec(label, random() > 0.08, random() > 0.2));
      }
      const months = new EmploymentMonths(start, end, confirmations);
      expect([months.stableMonths(), months.socialInsuranceMonths()]).toEqual([byDefinition(months, 'EMPLOYED'), byDefinition(months, 'INSURED')]);
    }
  });
});
