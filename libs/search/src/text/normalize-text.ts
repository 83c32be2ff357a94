import { Converter } from 'opencc-js/t2cn';

/**
 * opencc-js's own declarations import './core' without an extension, which Node's ESM resolution (and so TypeScript
 * here) cannot follow, so `Converter` arrives untyped: this is its documented signature.
 */
type OpenccConverter = (options: { from: 'tw' | 'hk' | 'cn'; to: 'cn' }) => (text: string) => string;

/**
 * Traditional characters (Taiwan and Hong Kong forms) to simplified mainland ones. Both converters leave simplified text
 * alone, so running every string through both is safe, and queries and documents meet in one script: 廚師 finds 厨师.
 */
const convert = Converter as unknown as OpenccConverter;
const fromTaiwan = convert({ from: 'tw', to: 'cn' });
const fromHongKong = convert({ from: 'hk', to: 'cn' });

const HAN = /\p{Script=Han}/u;

/**
 * The one normal form of text on both sides of the index: Unicode NFKC (full-width letters and digits, as typed on a
 * phone keyboard in Chinese mode, become ASCII), simplified characters, single spaces.
 */
export function normalizeText(text: string): string {
  let out = text.normalize('NFKC');
  if (HAN.test(out)) out = fromHongKong(fromTaiwan(out));
  return out.replace(/\s+/gu, ' ').trim();
}

/** Longest query we send: Meilisearch only uses the first 10 words anyway. */
export const MAX_QUERY_LENGTH = 100;

/** A search box entry in the form the index holds: normalised and bounded; empty means "no keywords". */
export function normalizeQuery(query: string | null | undefined): string {
  if (!query) return '';
  return normalizeText(query).slice(0, MAX_QUERY_LENGTH).trim();
}
