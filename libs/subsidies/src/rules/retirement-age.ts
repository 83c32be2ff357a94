import { addMonths, monthIndex, monthOf } from '@app/common';

/**
 * The statutory retirement age (法定退休年龄) under the NPC Standing Committee's decision on gradually raising it
 * (全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定, in force 2025-01-01): men from 60, by one month
 * every four months, to 63; women workers (女职工) from 50, by one month every two months, to 55. A person whose
 * original retirement month falls before January 2025 retires at the original age. Rural workers are counted as
 * workers, not cadres (the 55 → 58 track), which is the earlier of the two dates: a careful bureau treats a woman of
 * 50 plus her delay as past the age at which a labour contract can be signed.
 */
const TRACKS = {
  MALE: { baseYears: 60, monthsPerStep: 4, maxDelayMonths: 36 },
  FEMALE: { baseYears: 50, monthsPerStep: 2, maxDelayMonths: 60 },
} as const;

export type GenderCode = keyof typeof TRACKS;

/** The first day a person is past the statutory retirement age (YYYY-MM-DD), from the birth date and gender. */
export function statutoryRetirementDate(birthDate: string, gender: GenderCode): string {
  const track = TRACKS[gender];
  const original = addMonths(birthDate, track.baseYears * 12);
  const stepsAfterStart = monthIndex(monthOf(original)) - monthIndex('2025-01');
  const delay = stepsAfterStart < 0 ? 0 : Math.min(track.maxDelayMonths, Math.floor(stepsAfterStart / track.monthsPerStep) + 1);
  return addMonths(original, delay);
}
