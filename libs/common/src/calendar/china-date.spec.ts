import { jest } from '@jest/globals';
import { InvalidInputError } from '../errors/index.js';
import {
  addDays,
  addMonths,
  chinaToday,
  currentMonth,
  daysBetween,
  isCalendarDate,
  isCalendarMonth,
  lastCompletedMonth,
  lastDayOf,
  monthSpanEnd,
  monthsBetween,
  utcDateOf,
  yearsBetween,
} from './china-date.js';
import { parseDate } from './parse-date.js';

describe('China business calendar', () => {
  describe('with the clock at 2026-03-01 01:30 China time (2026-02-28 17:30 UTC)', () => {
    beforeAll(() => {
      jest.useFakeTimers({ now: new Date('2026-02-28T17:30:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    });
    afterAll(() => jest.useRealTimers());

    it('is already 1 March in China while UTC still says 28 February', () => {
      expect(new Date().toISOString().startsWith('2026-02-28')).toBe(true);
      expect(chinaToday()).toBe('2026-03-01');
    });

    it('makes March the current month and February the last completed one (so February can be confirmed)', () => {
      expect(currentMonth()).toBe('2026-03');
      expect(lastCompletedMonth()).toBe('2026-02');
    });
  });

  it('turns the day over at midnight China time, 16:00 UTC', () => {
    expect(chinaToday(new Date('2025-06-14T15:59:59Z'))).toBe('2025-06-14');
    expect(chinaToday(new Date('2025-06-14T16:00:00Z'))).toBe('2025-06-15');
    expect(lastCompletedMonth(new Date('2025-12-31T16:00:00Z'))).toBe('2025-12');
  });

  it('knows real dates from impossible ones', () => {
    for (const date of ['2025-02-28', '2024-02-29', '2025-12-31']) expect(isCalendarDate(date)).toBe(true);
    for (const date of ['2025-02-30', '2025-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-1-01', '20250101', '', 20250101])
      expect(isCalendarDate(date)).toBe(false);
    expect(isCalendarMonth('2025-12')).toBe(true);
    expect(isCalendarMonth('2025-13')).toBe(false);
  });

  it('refuses an impossible date as BAD_USER_INPUT naming the field', () => {
    const error = (() => {
      try {
        parseDate('2025-02-30', 'startDate');
      } catch (e) {
        return e;
      }
    })() as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.reason).toBe('INVALID_DATE');
    expect(error.fields).toEqual(['startDate']);
  });

  it('adds days and months, clamping to the month end', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('ends N real months the day before the same date N months later', () => {
    expect(monthSpanEnd('2025-03-01', 3)).toBe('2025-05-31');
    expect(monthSpanEnd('2025-01-31', 3)).toBe('2025-04-29');
    expect(monthSpanEnd('2025-01-31', 1)).toBe('2025-02-27');
    expect(monthSpanEnd('2024-01-31', 1)).toBe('2024-02-28');
    expect(monthSpanEnd('2024-02-29', 12)).toBe('2025-02-27');
    expect(monthSpanEnd('2025-11-15', 3)).toBe('2026-02-14');
    expect(monthSpanEnd('2025-12-01', 1)).toBe('2025-12-31');
    expect(monthSpanEnd('2025-03-10', 0)).toBe('2025-03-09');
  });

  it('counts full years of age', () => {
    expect(yearsBetween('2009-03-01', '2025-02-28')).toBe(15);
    expect(yearsBetween('2009-03-01', '2025-03-01')).toBe(16);
  });

  it('reads a spreadsheet date by its UTC day', () => {
    expect(utcDateOf(new Date(Date.UTC(2025, 0, 9)))).toBe('2025-01-09');
  });
});
