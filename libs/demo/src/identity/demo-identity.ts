import { creditCodeCheckCharacter } from '@app/organizations';
import { idCheckCharacter } from '@app/workers';
import type { DemoRandom } from '../random/demo-random.js';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/**
 * A valid resident ID number (GB 11643) first registered in `regionCode`: the birth date and gender are given, the
 * sequence drawn (odd for men, even for women) and the check character computed. The seeded twin of
 * libs/testing's randomIdNumber, so the demo world is the same every time.
 */
export function demoIdNumber(random: DemoRandom, regionCode: string, birthDate: string, gender: 'MALE' | 'FEMALE'): string {
  let sequence = random.int(0, 999);
  if ((sequence % 2 === 1) !== (gender === 'MALE')) sequence = (sequence + 1) % 1000;
  const body = `${regionCode}${birthDate.replaceAll('-', '')}${pad(sequence, 3)}`;
  return body + idCheckCharacter(body);
}

/** Prefixes of the three mainland carriers, so numbers look like what a ledger holds. */
const MOBILE_PREFIXES = [
  '134',
  '135',
  '136',
  '137',
  '138',
  '139',
  '147',
  '150',
  '151',
  '152',
  '157',
  '158',
  '159',
  '178',
  '182',
  '183',
  '187',
  '188',
  '198',
  '130',
  '131',
  '132',
  '155',
  '156',
  '166',
  '175',
  '176',
  '185',
  '186',
  '133',
  '153',
  '173',
  '177',
  '180',
  '181',
  '189',
  '199',
];

export function demoMobile(random: DemoRandom): string {
  return `${random.pick(MOBILE_PREFIXES)}${pad(random.int(0, 99_999_999), 8)}`;
}

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * A valid unified social credit code (GB 32100): registration authority and type (`91` an enterprise registered with
 * market regulation, `93` a farmers' cooperative), the organisation's county, nine characters and the check character.
 */
export function demoCreditCode(random: DemoRandom, regionCode: string, authorityAndType: '91' | '93' = '91'): string {
  let organisation = '';
  for (let i = 0; i < 9; i++) organisation += random.pick([...CREDIT_ALPHABET]);
  const body = `${authorityAndType}${regionCode}${organisation}`;
  return body + creditCodeCheckCharacter(body);
}
