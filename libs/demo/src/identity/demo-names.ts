import { FEMALE_GIVEN, HUI_MALE_GIVEN, MALE_GIVEN, SURNAMES } from '../data/names.data.js';
import type { DemoRandom } from '../random/demo-random.js';

/** A surname: the national distribution, with the county's own common surnames boosted. */
export function demoSurname(random: DemoRandom, localSurnames: string): string {
  if (localSurnames && random.chance(0.55)) return random.pick([...localSurnames]);
  return random.weighted(SURNAMES);
}

/**
 * Surname + one or two given-name characters (two in about two thirds of names). Siblings often share a generation
 * character (字辈), so the household passes one in.
 */
export function demoName(random: DemoRandom, surname: string, gender: 'MALE' | 'FEMALE', options: { generation?: string; hui?: boolean } = {}): string {
  const pool = gender === 'MALE' ? (options.hui && random.chance(0.3) ? HUI_MALE_GIVEN : MALE_GIVEN) : FEMALE_GIVEN;
  const first = random.pick(pool);
  if (first.length === 2) return surname + first;
  if (random.chance(0.35)) return surname + first;
  if (options.generation && random.chance(0.6)) return surname + options.generation + first;
  let second = random.pick(gender === 'MALE' ? MALE_GIVEN : FEMALE_GIVEN);
  if (second === first) second = random.pick(gender === 'MALE' ? MALE_GIVEN : FEMALE_GIVEN);
  return surname + first + second;
}
