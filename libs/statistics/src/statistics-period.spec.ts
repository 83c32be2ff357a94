import { InvalidInputError } from '@app/common';
import { isoWeek, monthsOf, resolvePeriod, statisticsCycle } from './statistics-period.js';

function fieldsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.problems.map((p) => p.field);
    throw error;
  }
  throw new Error('expected an InvalidInputError');
}

describe('statistics periods', () => {
  it('runs the Gansu cycle from 1 October of the previous year to 30 September', () => {
    expect(statisticsCycle(2026)).toEqual({ from: '2025-10-01', to: '2026-09-30' });
    expect(resolvePeriod({ cycleYear: 2025 })).toEqual({ from: '2024-10-01', to: '2025-09-30' });
  });

  it('takes a calendar range as given', () => {
    expect(resolvePeriod({ from: '2026-01-01', to: '2026-01-01' })).toEqual({ from: '2026-01-01', to: '2026-01-01' });
  });

  it('names the field when the selector is incomplete, doubled, reversed or not a date', () => {
    expect(fieldsOf(() => resolvePeriod({}))).toEqual(['from', 'to']);
    expect(fieldsOf(() => resolvePeriod({ from: '2026-01-01', to: '2026-02-01', cycleYear: 2026 }))).toEqual(['cycleYear']);
    expect(fieldsOf(() => resolvePeriod({ from: '2026-01-01' }))).toEqual(['to']);
    expect(fieldsOf(() => resolvePeriod({ to: '2026-01-01' }))).toEqual(['from']);
    expect(fieldsOf(() => resolvePeriod({ from: '2026-03-01', to: '2026-02-28' }))).toEqual(['to']);
    expect(fieldsOf(() => resolvePeriod({ from: '2026-02-30', to: '2026-03-01' }))).toEqual(['from']);
    expect(fieldsOf(() => resolvePeriod({ from: '2000-01-01', to: '2026-03-01' }))).toEqual(['to']);
    expect(fieldsOf(() => resolvePeriod({ cycleYear: 1999 }))).toEqual(['cycleYear']);
  });

  it('lists the months a period touches, across a year end', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf({ from: '2026-03-01', to: '2026-03-31' })).toEqual(['2026-03']);
  });

  it('reads ISO weeks and dates into Monday-to-Sunday weeks', () => {
    expect(isoWeek('2026-W47')).toEqual({ label: '2026-W47', monday: '2026-11-16', sunday: '2026-11-22' });
    expect(isoWeek('2026-11-22')).toEqual({ label: '2026-W47', monday: '2026-11-16', sunday: '2026-11-22' });
    expect(isoWeek('2026-11-23').label).toBe('2026-W48');
    // 2021-01-01 is a Friday: it belongs to the last week of 2020, which has 53 weeks.
    expect(isoWeek('2021-01-01')).toEqual({ label: '2020-W53', monday: '2020-12-28', sunday: '2021-01-03' });
    expect(isoWeek('2020-W53').monday).toBe('2020-12-28');
    expect(isoWeek('2025-W01')).toEqual({ label: '2025-W01', monday: '2024-12-30', sunday: '2025-01-05' });
  });

  it('refuses weeks that do not exist and other text, naming the parameter', () => {
    expect(fieldsOf(() => isoWeek('2025-W53'))).toEqual(['week']);
    expect(isoWeek('2026-W53')).toEqual({ label: '2026-W53', monday: '2026-12-28', sunday: '2027-01-03' });
    expect(fieldsOf(() => isoWeek('2026-W00'))).toEqual(['week']);
    expect(fieldsOf(() => isoWeek('next week'))).toEqual(['week']);
    expect(fieldsOf(() => isoWeek('2026-13-01'))).toEqual(['week']);
  });
});
