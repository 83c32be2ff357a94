import { addDays, addMonths, daysBetween, firstDayOf, monthOf } from '@app/common';
import type { DemoRandom } from '../random/demo-random.js';

/** The last day of a contract of `months` months starting on `start`. */
export function contractEnd(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

export function randomDate(random: DemoRandom, from: string, to: string): string {
  return addDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
}

/** The last day of the month before `today`: the latest month an employer can have confirmed. */
export function lastDayOfPreviousMonth(today: string): string {
  return addDays(firstDayOf(monthOf(today)), -1);
}
