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
