/**
 * China's business calendar. Every date a rule compares ("today", "this month", "the last month that has ended") is
 * the date in China (Asia/Shanghai: UTC+8 all year, no daylight saving), whatever the server's or the database's time
 * zone. Dates are 'YYYY-MM-DD' strings and months 'YYYY-MM' strings, which compare correctly as text.
 */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The China date of an instant. */
export function chinaDateOf(instant: Date): string {
  return utcDateOf(new Date(instant.getTime() + CHINA_OFFSET_MS));
}

/** The UTC calendar day of a Date: for values that stand for a day rather than an instant (a spreadsheet cell's date). */
export function utcDateOf(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Today's date in China. */
export function chinaToday(now: Date = new Date()): string {
  return chinaDateOf(now);
}

/** The month in China now, 'YYYY-MM'. */
export function currentMonth(now: Date = new Date()): string {
  return monthOf(chinaToday(now));
}

/** The latest month whose last day has passed in China: the latest month an employer can confirm. */
export function lastCompletedMonth(now: Date = new Date()): string {
  return addMonthsToMonth(currentMonth(now), -1);
}

/** 'YYYYMMDD' as a number: how filters in the search index compare dates. */
export function dateNumber(date: string): number {
  return Number(date.replaceAll('-', ''));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD: 2025-02-30 and 2025-13-01 are not. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for a real month written YYYY-MM. */
export function isCalendarMonth(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = MONTH.exec(value);
  return m !== null && Number(m[1]) >= 1 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

function toDay(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function fromDay(day: number): string {
  return utcDateOf(new Date(day * DAY_MS));
}

export function addDays(date: string, days: number): string {
  return fromDay(toDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

/** The same day `months` later, clamped to the month's end (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(date: string, months: number): string {
  const month = addMonthsToMonth(monthOf(date), months);
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return `${month}-${pad(Math.min(Number(date.slice(8, 10)), daysInMonth(year, m)))}`;
}

/**
 * The last day of `months` real months from `start`: the day before the same date `months` later (clamped like
 * addMonths). 2025-03-01 + 3 → 2025-05-31; 2025-01-31 + 3 → 2025-04-29 (30 April − 1 day); 0 months → the day before.
 */
export function monthSpanEnd(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

/** YYYY-MM of a YYYY-MM-DD date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** Months since year 0, so month arithmetic is integer arithmetic. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthAt(index: number): string {
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

export function addMonthsToMonth(month: string, months: number): string {
  return monthAt(monthIndex(month) + months);
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

export function lastDayOf(month: string): string {
  return `${month}-${pad(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))))}`;
}

/** Every YYYY-MM from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) months.push(monthAt(i));
  return months;
}

export const laterOf = (a: string, b: string): string => (a >= b ? a : b);
export const earlierOf = (a: string, b: string): string => (a <= b ? a : b);

/** Full years from `birthDate` to `on`: the age a person has on that day. */
export function yearsBetween(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}
