import { addDays, addMonths, daysBetween, firstDayOf, monthOf, yearsBetween } from '@app/common';
import type { DemoRandom } from '../random/demo-random.js';

/**
 * The day the demo's platform went into use in its counties. Placements that started before it were entered afterwards
 * by the county bureau from its paper ledger (补录, recordHistoricalPlacement): they stay marked recordedLate.
 */
export const DEMO_PLATFORM_OPENS = '2024-11-01';

/** The day the bureaus and the first employers and agencies were set up on the platform, before it opened. */
export const DEMO_SETUP_DAY = '2024-08-19';

/** The worker's 18th birthday (29 February births turn 18 on 1 March). */
export function adultFrom(birthDate: string): string {
  const day = addMonths(birthDate, 18 * 12);
  return yearsBetween(birthDate, day) >= 18 ? day : addDays(day, 1);
}

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
