import { idNumberProblem } from '@app/testing';

const CANDIDATE_ID = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const CANDIDATE_MOBILE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/g;

/**
 * Plain-text resident ID numbers (18 characters with a valid check character) and unmasked mainland mobile
 * numbers in a text. Returns masked snippets, so a failing test never prints the data itself.
 */
export function findPersonalData(text: string): string[] {
  const ids = [...text.matchAll(CANDIDATE_ID)].map((m) => m[0]).filter((id) => idNumberProblem(id.toUpperCase()) === null);
  const phones = [...text.matchAll(CANDIDATE_MOBILE)].map((m) => m[0]);
  return [...ids, ...phones].map((v) => `${v.slice(0, 3)}…${v.slice(-2)}`);
}
