import { idNumberProblem } from '@app/testing';

const CANDIDATE_ID = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const CANDIDATE_MOBILE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/g;

/**
 * Plain-text resident ID numbers (18 characters with a valid check character) and unmasked mainland mobile
 * numbers in a text. Returns masked snippets, so a failing test never prints the data itself.
 */
export function findPersonalData(text: string): string[] {
  return [...findIdNumbers(text), ...findMobiles(text)];
}

/**
 * Only the resident ID numbers (18 characters, valid check character), told apart from phones by length and check
 * character, never by their first digits: IDs of Hebei, Shanxi and Inner Mongolia start 13, 14 and 15 like phones.
 */
export function findIdNumbers(text: string): string[] {
  return [...text.matchAll(CANDIDATE_ID)]
    .map((m) => m[0])
    .filter((id) => idNumberProblem(id.toUpperCase()) === null)
    .map(masked);
}

function findMobiles(text: string): string[] {
  return [...text.matchAll(CANDIDATE_MOBILE)].map((m) => masked(m[0]));
}

function masked(value: string): string {
  return `${value.slice(0, 3)}…${value.slice(-2)}`;
}

/** A masked resident ID number: 18 characters, the first six digits shown, at least one hidden by `*`. */
const MASKED_ID = /^\d{6}(?=[\dXx*]{12}$)[\dXx]*\*[\dXx*]*$/;
const BIRTH_KEY = /birth|出生/i;
const DATE = /^(?:19|20)\d{2}-?\d{2}-?\d{2}$/;

/**
 * Where a response puts a birth date beside a masked ID number, or a masked ID that still shows the eight birth-date
 * digits: the two halves of an ID an employer or agent must never hold together (issue 15). One JSON path per finding,
 * never the values.
 */
export function findBirthDatesBesideMaskedIds(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => findBirthDatesBesideMaskedIds(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const entries = Object.entries(value as Record<string, unknown>);
  const masked = entries.filter(([, v]) => typeof v === 'string' && MASKED_ID.test(v));
  const found: string[] = [];
  for (const [key, id] of masked) {
    if (/^\d{8}$/.test((id as string).slice(6, 14))) found.push(`${path}.${key} shows the birth-date digits`);
  }
  if (masked.length && entries.some(([k, v]) => BIRTH_KEY.test(k) && typeof v === 'string' && DATE.test(v))) {
    found.push(`${path}: a birth date beside ${masked.map(([k]) => k).join(', ')}`);
  }
  return [...found, ...entries.flatMap(([k, v]) => findBirthDatesBesideMaskedIds(v, `${path}.${k}`))];
}
