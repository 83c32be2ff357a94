import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { shortRegionName } from '../documents/region-names.js';
import type { Meaning, Vocabulary } from '../vocabulary/vocabulary.js';

/** A region of the division tree, as the understanding needs it. */
export interface NamedRegion {
  code: string;
  name: string;
  parentCode: string | null;
}

/** What the words of a query were taken to mean. */
export interface UnderstoodQuery {
  /** What goes to Meilisearch: occupation and category names for the words that named them, and the other words. */
  text: string;
  /** Regions named in the query (unambiguously), most specific only; a region filter unless the caller chose one. */
  regions: Array<{ code: string; name: string }>;
  /** Benefit tags asked for (包住, 周结...): filters on the documents' benefitTags. */
  benefits: string[];
  /** Occupations and categories the words named (厨师 for 做饭的, 工厂 for 进厂). */
  occupations: string[];
  /** The words that named places, as typed: searched as text when they make no region filter. */
  regionWords: string[];
}

const AUTONOMOUS = /^(.{2,}?)(?:[^族]{1,4}族)+(自治县|自治州|自治旗)$/u;
const LATIN = /^[a-z0-9]+$/iu;

/**
 * Every name a region is called by, mapped to the codes that bear it: the official name, the short form of search
 * documents (广东, 深圳), and for autonomous areas the place name without the peoples (长白朝鲜族自治县 → 长白, 长白县).
 */
export function regionNameIndex(regions: readonly NamedRegion[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (name: string, code: string) => {
    if ([...name].length < 2 || name === '市辖区') return;
    const codes = index.get(name) ?? new Set<string>();
    codes.add(code);
    index.set(name, codes);
  };
  for (const region of regions) {
    add(region.name, region.code);
    add(shortRegionName(region.name), region.code);
    const autonomous = AUTONOMOUS.exec(region.name);
    if (autonomous) {
      add(autonomous[1], region.code);
      add(`${autonomous[1]}${autonomous[2].slice(-1)}`, region.code);
    }
  }
  return index;
}

/**
 * Query understanding, before Meilisearch: a real segmenter (jieba, with every vocabulary word and region name added
 * to its dictionary so they come out whole) cuts the query into words; each word is then a vocabulary word (an
 * occupation, a category, a benefit), a region name, a filler (dropped), or kept as text. Benefit words are longer
 * than the place names they contain and win: 长白班 is a shift, not 长白县. Pure apart from the segmenter: the same
 * query always gives the same answer.
 */
export class QueryUnderstanding {
  private readonly regionCodes: Map<string, Set<string>>;
  private readonly regionByCode: Map<string, NamedRegion>;
  private readonly pinyinTerms: Map<string, Meaning>;
  private readonly jieba: Jieba;

  constructor(
    private readonly vocabulary: Vocabulary,
    regions: readonly NamedRegion[],
    pinyinOf: (word: string) => string | null,
  ) {
    this.regionCodes = regionNameIndex(regions);
    this.regionByCode = new Map(regions.map((r) => [r.code, r]));
    this.pinyinTerms = new Map();
    // Pinyin typed for an occupation's everyday or common name (zuofan, baojie): only whole queries of Latin letters.
    for (const [word, meaning] of vocabulary.terms) {
      if (meaning.kind !== 'occupation') continue;
      const key = pinyinOf(word);
      if (key && key.length >= 5 && !this.pinyinTerms.has(key)) this.pinyinTerms.set(key, meaning);
    }
    this.jieba = loadJieba([
      // Our words win over the general dictionary; place names and multi-character fillers only need to be known.
      ...[...vocabulary.terms.keys()].map((w) => [w, 200_000] as const),
      ...[...this.regionCodes.keys(), ...vocabulary.fillers].map((w) => [w, 20_000] as const),
    ]);
  }

  understand(query: string): UnderstoodQuery {
    const out: UnderstoodQuery = { text: '', regions: [], benefits: [], occupations: [], regionWords: [] };
    if (!query) return out;
    const text: string[] = [];
    const regionCandidates: Array<{ word: string; codes: Set<string> }> = [];
    const take = (meaning: Meaning) => {
      if (meaning.kind === 'occupation') push(out.occupations, meaning.occupation.name);
      else if (meaning.kind === 'category') push(out.occupations, meaning.category.name);
      else if (meaning.kind === 'benefit') push(out.benefits, meaning.benefit.tag);
    };
    for (const part of query.split(' ')) {
      if (LATIN.test(part)) {
        const meaning = this.pinyinTerms.get(part.toLowerCase());
        if (meaning) take(meaning);
        else text.push(part);
        continue;
      }
      for (const token of this.jieba.cut(part, false)) {
        const word = token.trim();
        if (!word || /^[\p{P}\p{S}]+$/u.test(word)) continue;
        const meaning = this.vocabulary.terms.get(word);
        if (meaning) {
          take(meaning);
          continue;
        }
        const codes = this.regionCodes.get(word);
        if (codes) {
          regionCandidates.push({ word, codes });
          continue;
        }
        if (this.vocabulary.fillers.has(word)) continue;
        // A word the segmenter did not know may still hold vocabulary words (longest first); the rest stays text.
        const inside = this.vocabulary.scan(word, (m) => m.kind !== 'filler');
        if (inside.length === 0) {
          text.push(word);
          continue;
        }
        let at = 0;
        for (const found of inside) {
          if (found.start > at) text.push(word.slice(at, found.start));
          take(found.meaning);
          at = found.start + found.word.length;
        }
        if (at < word.length) text.push(word.slice(at));
      }
    }
    this.resolveRegions(regionCandidates, out);
    out.text = [...out.occupations, ...text].join(' ');
    return out;
  }

  /**
   * A region filter needs one meaning: each named place must be a single region, or a single one inside another named
   * place (北京 朝阳 is 北京市朝阳区), and all of them on one line of descent (广东 深圳 is 深圳). Otherwise the names
   * stay text, matched against the documents' region names as before.
   */
  private resolveRegions(candidates: Array<{ word: string; codes: Set<string> }>, out: UnderstoodQuery): void {
    if (candidates.length === 0) return;
    // The words as typed: searched as text when they make no filter (or the caller chose a region).
    out.regionWords = candidates.map((c) => c.word);
    const sure = candidates.filter((c) => c.codes.size === 1).map((c) => [...c.codes][0]);
    const chosen: string[] = [...sure];
    for (const candidate of candidates.filter((c) => c.codes.size > 1)) {
      const inside = [...candidate.codes].filter((code) => sure.some((s) => this.isWithin(code, s)));
      if (inside.length !== 1) return;
      chosen.push(inside[0]);
    }
    const deepest = chosen.reduce((a, b) => (this.isWithin(b, a) ? b : a));
    if (!chosen.every((code) => this.isWithin(deepest, code))) return;
    out.regions = [{ code: deepest, name: this.regionByCode.get(deepest)?.name ?? deepest }];
  }

  /** True when `code` is `ancestor` or lies under it. */
  private isWithin(code: string, ancestor: string): boolean {
    for (let r = this.regionByCode.get(code); r; r = r.parentCode ? this.regionByCode.get(r.parentCode) : undefined) if (r.code === ancestor) return true;
    return false;
  }
}

function push(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/**
 * jieba with its own dictionary plus ours: a word of ours gets a frequency high enough that the segmenter keeps it
 * whole (长白班, 打扫卫生, 看护老人) rather than cutting it by its general dictionary.
 */
function loadJieba(words: ReadonlyArray<readonly [string, number]>): Jieba {
  const require = createRequire(import.meta.url);
  const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
  const jieba = JiebaClass.withDict(dict);
  // Single characters stay as the general dictionary has them: a frequent 有 or 去 would cut words such as 有限公司 apart.
  const seen = new Set<string>();
  const ours: string[] = [];
  for (const [word, frequency] of words) {
    if (seen.has(word) || [...word].length < 2 || /\s/u.test(word)) continue;
    seen.add(word);
    ours.push(`${word} ${frequency}`);
  }
  jieba.loadDict(Buffer.from(`${ours.join('\n')}\n`, 'utf8'));
  return jieba;
}
