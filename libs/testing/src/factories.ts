import { randomInt, randomUUID } from 'node:crypto';
import { creditCodeCheckCharacter } from '@app/organizations';
import { idCheckCharacter } from '@app/workers';

/**
 * A valid, random resident ID number registered in `regionCode`, for a person born between 1978 and 2004: of working
 * age (at least 18, and short of the statutory retirement age of women workers, 50 plus the delay) on every date the
 * suites place people, so an age rule never fails a test by chance. Tests about age build their own numbers.
 */
export function randomIdNumber(regionCode = '520102', gender?: 'MALE' | 'FEMALE'): string {
  const year = 1978 + randomInt(27);
  const month = 1 + randomInt(12);
  const day = 1 + randomInt(28);
  let sequence = randomInt(1000);
  if (gender && (sequence % 2 === 1) !== (gender === 'MALE')) sequence = (sequence + 1) % 1000;
  const body = `${regionCode}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(sequence).padStart(3, '0')}`;
  return body + idCheckCharacter(body);
}

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid, random unified social credit code of an enterprise registered in `regionCode`. */
export function randomCreditCode(regionCode = '520102'): string {
  let organisation = '';
  for (let i = 0; i < 9; i++) organisation += CREDIT_ALPHABET[randomInt(CREDIT_ALPHABET.length)];
  const body = `91${regionCode}${organisation}`;
  return body + creditCodeCheckCharacter(body);
}

/** A random mainland mobile number. */
export function randomMobile(): string {
  return `13${randomInt(10)}${String(randomInt(100_000_000)).padStart(8, '0')}`;
}

/** A username no other test in this run will take. */
export function uniqueUsername(prefix: string): string {
  return `${prefix}_${randomUUID().slice(0, 8)}`;
}
