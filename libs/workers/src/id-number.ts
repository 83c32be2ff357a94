/**
 * Resident ID numbers (居民身份证号码, GB 11643-1999): 6-digit region of first registration, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women), and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type IdNumberProblem = 'length' | 'characters' | 'birth date' | 'check character';

export interface IdNumberFacts {
  birthDate: string;
  gender: 'MALE' | 'FEMALE';
  registrationRegion: string;
}

export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** Full-width digits and a lower-case x are common in spreadsheets and phone keyboards. */
export function normalizeIdNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

function validBirthDate(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 && date.getTime() <= today.getTime();
}

/** Null when the (normalised) number is valid, else what is wrong. Never echoes the number. */
export function idNumberProblem(id: string, today = new Date()): IdNumberProblem | null {
  if (id.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(id)) return 'characters';
  if (!validBirthDate(id.slice(6, 14), today)) return 'birth date';
  return idCheckCharacter(id.slice(0, 17)) === id[17] ? null : 'check character';
}

/** Birth date and gender come from the number, so they are never typed twice. Call only on a valid number. */
export function idNumberFacts(id: string): IdNumberFacts {
  const d = id.slice(6, 14);
  return {
    birthDate: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
    gender: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
    registrationRegion: id.slice(0, 6),
  };
}

/**
 * The masked form a bureau sees: the first 6 characters (the region of first registration, next to the hukou county
 * anyway) and the check character, the rest starred: 520102***********X. The 8 birth-date digits and the 3-digit
 * sequence stay hidden, so even together with the age (the birth year at most) and the gender (the sequence's parity)
 * some 16,000 numbers remain possible; with the old 6 + 4 form the birth year left about 33 (docs/domain.md).
 */
export function maskIdNumber(id: string): string {
  return `${id.slice(0, 6)}${'*'.repeat(Math.max(0, id.length - 7))}${id.slice(-1)}`;
}

/**
 * The age on 1 January of `today`'s year (China calendar): it changes only on New Year's Day, so reading it day after
 * day never dates a birthday. Gives the birth year at most (born on 1 January or later in the year before).
 */
export function ageOnFirstOfJanuary(birthDate: string, today: string): number {
  const year = Number(today.slice(0, 4));
  const born = Number(birthDate.slice(0, 4));
  return birthDate.slice(5) === '01-01' ? year - born : year - born - 1;
}
