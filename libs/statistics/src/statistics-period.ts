import { addDays, commonProblem, statisticsCycle as commonStatisticsCycle, daysBetween, FieldReason, InvalidInputError, isCalendarDate } from '@app/common';
import { invalidStatisticsField, StatisticsFieldReason as R, statisticsProblem } from './statistics.exception.js';

/** A closed range of calendar days, both ends YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string;
}

/** Ten years of months is the longest table a MONTH breakdown should ever need. */
export const MAX_PERIOD_DAYS = 3_660;

/** The statistics cycle (统计周期) of a cycle year: defined once in the calendar module (libs/common). */
export function statisticsCycle(cycleYear: number): Period {
  return commonStatisticsCycle(cycleYear);
}

export function calendarYear(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export interface PeriodSelector {
  from?: string | null;
  to?: string | null;
  cycleYear?: number | null;
}

/** Either an explicit from/to range or a statistics-cycle year: anything else is BAD_USER_INPUT naming each field. */
export function resolvePeriod(selector: PeriodSelector): Period {
  const { from, to, cycleYear } = selector;
  const hasFrom = from != null;
  const hasTo = to != null;
  if (cycleYear != null) {
    if (hasFrom || hasTo) throw invalidStatisticsField('cycleYear', R.PERIOD_EITHER_OR);
    if (!Number.isInteger(cycleYear) || cycleYear < 2000 || cycleYear > 2100) throw invalidStatisticsField('cycleYear', R.YEAR_RANGE, { min: 2000, max: 2100 });
    return statisticsCycle(cycleYear);
  }
  if (!hasFrom && !hasTo) throw new InvalidInputError([statisticsProblem('from', R.PERIOD_REQUIRED), statisticsProblem('to', R.PERIOD_REQUIRED)]);
  if (!hasFrom) throw invalidStatisticsField('from', R.PERIOD_END_REQUIRED, { other: 'to' });
  if (!hasTo) throw invalidStatisticsField('to', R.PERIOD_END_REQUIRED, { other: 'from' });
  const problems = [
    ...(isCalendarDate(from) ? [] : [commonProblem('from', FieldReason.INVALID_DATE)]),
    ...(isCalendarDate(to) ? [] : [commonProblem('to', FieldReason.INVALID_DATE)]),
  ];
  if (problems.length) throw new InvalidInputError(problems);
  if (from > to) throw invalidStatisticsField('to', R.PERIOD_REVERSED);
  if (daysBetween(from, to) >= MAX_PERIOD_DAYS) throw invalidStatisticsField('to', R.PERIOD_TOO_LONG);
  return { from, to };
}

/** The months a period touches, as YYYY-MM, in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    months.push(label);
    if (label >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

export interface IsoWeek {
  /** e.g. 2026-W48 */
  label: string;
  /** The Monday (每周一报送: weeks start on Monday). */
  monday: string;
  sunday: string;
}

function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 .. Sunday 6
  return addDays(date, -weekday);
}

/** The ISO week label of a date: the week belongs to the year its Thursday is in. */
function labelOf(monday: string): string {
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const firstMonday = mondayOf(`${year}-01-04`);
  const week = daysBetween(firstMonday, monday) / 7 + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** An ISO week (`2026-W47`) or any date in it (`2026-11-18`); BAD_USER_INPUT naming `field` otherwise. */
export function isoWeek(value: string, field = 'week'): IsoWeek {
  const trimmed = value.trim();
  const weekMatch = /^(\d{4})-?W(\d{2})$/i.exec(trimmed);
  let monday: string;
  if (weekMatch) {
    const year = Number(weekMatch[1]);
    const week = Number(weekMatch[2]);
    monday = addDays(mondayOf(`${year}-01-04`), (week - 1) * 7);
    if (week < 1 || labelOf(monday) !== `${year}-W${weekMatch[2]}`) {
      throw invalidStatisticsField(field, R.WEEK_UNKNOWN, { year, week: weekMatch[2] });
    }
  } else if (isCalendarDate(trimmed)) {
    monday = mondayOf(trimmed);
  } else {
    throw invalidStatisticsField(field, R.WEEK_FORMAT);
  }
  if (monday < '2000-01-01' || monday > '2100-12-31') throw invalidStatisticsField(field, R.WEEK_RANGE);
  return { label: labelOf(monday), monday, sunday: addDays(monday, 6) };
}
