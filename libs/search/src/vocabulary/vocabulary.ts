import { normalizeText } from '../text/normalize-text.js';
import { BENEFITS_TABLE } from './benefits.table.js';
import { CATEGORIES_TABLE } from './categories.table.js';
import { FILLERS_TABLE } from './fillers.table.js';
import { OCCUPATIONS_TABLE } from './occupations.table.js';

/** One line of occupations.table.ts. */
export interface Occupation {
  category: string;
  /** The name search uses for it: the word the posting's `occupations` field carries and a query is turned into. */
  name: string;
  formal: string[];
  titles: string[];
  everyday: string[];
  /** Another occupation's name: a search for that one also finds this one (钳工 → 机修钳工). */
  broader: string | null;
}

/** One line of benefits.table.ts. */
export interface Benefit {
  tag: string;
  /** How employers write it (searched for in postings at indexing time, and understood in queries). */
  written: string[];
  /** Further ways a job seeker asks for it (queries only). */
  asked: string[];
  /** Tags this one implies. */
  implies: string[];
}

export interface Category {
  /** As the occupations table names it (工厂). */
  label: string;
  /** Its name in the index and in understood queries (生产制造): a name postings do not write in their titles. */
  name: string;
  words: string[];
  /** Another category's label: its words find this category's postings too (农活 finds 畜牧养殖). */
  parent: string | null;
}

/** What a word of the vocabulary means. */
export type Meaning =
  { kind: 'occupation'; occupation: Occupation } | { kind: 'category'; category: Category } | { kind: 'benefit'; benefit: Benefit } | { kind: 'filler' };

/** A problem with the tables, in words their editor understands (the vocabulary spec lists every one). */
export class VocabularyError extends Error {
  constructor(readonly problems: string[]) {
    super(`词表有误：\n${problems.join('\n')}`);
    this.name = 'VocabularyError';
  }
}

const rows = (table: string) =>
  table
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
const words = (cell: string | undefined) =>
  (cell ?? '')
    .split(/[、,，\n]/u)
    .map((w) => normalizeText(w))
    .filter(Boolean);

/**
 * The vocabulary of libs/search/src/vocabulary/*.table.ts, parsed and checked: every word means one thing (a word in
 * two occupations, or an occupation and a benefit, is a problem), every 上位工种 and 类别 exists. Words are in the
 * normal form of queries and documents (simplified, NFKC).
 */
export class Vocabulary {
  readonly occupations: Occupation[] = [];
  readonly benefits: Benefit[] = [];
  readonly categories: Category[] = [];
  readonly fillers = new Set<string>();
  /** Every word of the tables but the fillers, with its meaning. */
  readonly terms = new Map<string, Meaning>();
  /** The longest word in `terms`, in UTF-16 units. */
  readonly longestTerm: number;
  /** For each first character of a word in `terms`, the longest word starting with it. */
  private readonly longestFrom = new Map<string, number>();
  readonly occupationByName = new Map<string, Occupation>();
  readonly benefitByTag = new Map<string, Benefit>();
  readonly categoryByLabel = new Map<string, Category>();

  constructor(tables: { occupations: string; categories: string; benefits: string; fillers: string } = DEFAULT_TABLES) {
    const problems: string[] = [];
    const claim = (word: string, meaning: Meaning, where: string) => {
      const had = this.terms.get(word);
      if (had && !sameMeaning(had, meaning)) problems.push(`“${word}”出现两次：${describe(had)}，${where}`);
      else this.terms.set(word, meaning);
    };
    for (const line of rows(tables.categories)) {
      const cells = line.split('|').map((c) => c.trim());
      if (cells.length !== 4) {
        problems.push(`这一行应有 4 栏（类别 | 搜索用名 | 求职者的说法 | 上位类别），实有 ${cells.length} 栏：${line}`);
        continue;
      }
      const category: Category = {
        label: normalizeText(cells[0]),
        name: normalizeText(cells[1]),
        words: words(cells[2]),
        parent: cells[3] ? normalizeText(cells[3]) : null,
      };
      this.categories.push(category);
      this.categoryByLabel.set(category.label, category);
      for (const word of new Set([category.label, category.name, ...category.words])) claim(word, { kind: 'category', category }, `类别 ${category.label}`);
    }
    const categoryNames = new Set(this.categories.map((c) => c.label));
    for (const category of this.categories) {
      if (category.parent && (!categoryNames.has(category.parent) || category.parent === category.label)) {
        problems.push(`类别 ${category.label} 的上位类别“${category.parent}”不是表里的另一个类别`);
      }
    }
    for (const line of rows(tables.occupations)) {
      const cells = line.split('|').map((c) => c.trim());
      if (cells.length !== 6) {
        problems.push(`这一行应有 6 栏（类别 | 职业 | 正式名称 | 招聘常用叫法 | 口头、方言叫法 | 上位工种），实有 ${cells.length} 栏：${line}`);
        continue;
      }
      const [category, name, formal, titles, everyday, broader] = cells;
      const occupation: Occupation = {
        category: normalizeText(category),
        name: normalizeText(name),
        formal: words(formal),
        titles: words(titles),
        everyday: words(everyday),
        broader: broader ? normalizeText(broader) : null,
      };
      if (!categoryNames.has(occupation.category)) problems.push(`职业 ${occupation.name} 的类别“${occupation.category}”不在类别表里`);
      if (this.occupationByName.has(occupation.name)) problems.push(`职业 ${occupation.name} 写了两行`);
      this.occupations.push(occupation);
      this.occupationByName.set(occupation.name, occupation);
      for (const word of new Set([occupation.name, ...occupation.formal, ...occupation.titles, ...occupation.everyday])) {
        claim(word, { kind: 'occupation', occupation }, `职业 ${occupation.name}`);
      }
    }
    for (const occupation of this.occupations) {
      if (occupation.broader && !this.occupationByName.has(occupation.broader)) {
        problems.push(`职业 ${occupation.name} 的上位工种“${occupation.broader}”不是表里的职业`);
      }
      if (occupation.broader === occupation.name) problems.push(`职业 ${occupation.name} 的上位工种是它自己`);
    }
    for (const line of rows(tables.benefits)) {
      const cells = line.split('|').map((c) => c.trim());
      if (cells.length !== 4) {
        problems.push(`这一行应有 4 栏（标签 | 招聘写法 | 求职者说法 | 也算），实有 ${cells.length} 栏：${line}`);
        continue;
      }
      const benefit: Benefit = { tag: normalizeText(cells[0]), written: words(cells[1]), asked: words(cells[2]), implies: words(cells[3]) };
      this.benefits.push(benefit);
      this.benefitByTag.set(benefit.tag, benefit);
      for (const word of new Set([benefit.tag, ...benefit.written, ...benefit.asked])) claim(word, { kind: 'benefit', benefit }, `福利 ${benefit.tag}`);
    }
    for (const benefit of this.benefits)
      for (const implied of benefit.implies) if (!this.benefitByTag.has(implied)) problems.push(`福利 ${benefit.tag} 的“也算”里的“${implied}”不是表里的标签`);
    for (const word of words(tables.fillers)) {
      if (this.terms.has(word)) problems.push(`虚词“${word}”也是${describe(this.terms.get(word)!)}`);
      this.fillers.add(word);
    }
    if (problems.length) throw new VocabularyError(problems);
    this.longestTerm = Math.max(...[...this.terms.keys()].map((w) => w.length));
    for (const word of this.terms.keys()) this.longestFrom.set(word[0], Math.max(this.longestFrom.get(word[0]) ?? 0, word.length));
  }

  /** The occupation's name and the names of its broader trades, nearest first (机修钳工 → 机修钳工, 钳工). */
  namesWithBroader(occupation: Occupation): string[] {
    const names: string[] = [];
    for (let o: Occupation | undefined = occupation; o && !names.includes(o.name); o = o.broader ? this.occupationByName.get(o.broader) : undefined) {
      names.push(o.name);
    }
    return names;
  }

  /** The category's index name and those of its parent categories (装修 → 装饰装修, 建筑施工). */
  categoryNames(label: string): string[] {
    const names: string[] = [];
    for (let c = this.categoryByLabel.get(label); c && !names.includes(c.name); c = c.parent ? this.categoryByLabel.get(c.parent) : undefined) {
      names.push(c.name);
    }
    return names;
  }

  /** The tag and every tag it implies, transitively (包吃住 → 包吃住, 包吃, 包住). */
  tagsWithImplied(benefit: Benefit): string[] {
    const tags: string[] = [];
    const visit = (b: Benefit | undefined) => {
      if (!b || tags.includes(b.tag)) return;
      tags.push(b.tag);
      b.implies.forEach((t) => visit(this.benefitByTag.get(t)));
    };
    visit(benefit);
    return tags;
  }

  /**
   * The vocabulary words in `text`, longest first at each position, left to right, without overlaps (针车工 is one
   * word, not 车工 inside it). `accept` picks the meanings wanted; a benefit word right after 不, 无 or 没 is skipped
   * (不包住 is not 包住).
   */
  scan(text: string, accept: (meaning: Meaning, word: string) => boolean): Array<{ word: string; meaning: Meaning; start: number }> {
    // Positions are UTF-16 offsets: every word of the tables is in the Basic Multilingual Plane.
    const found: Array<{ word: string; meaning: Meaning; start: number }> = [];
    for (let i = 0; i < text.length;) {
      let matched = 0;
      // Only the lengths of words that start with this character are tried (most characters start none).
      for (let length = Math.min(this.longestFrom.get(text[i]) ?? 0, text.length - i); length >= 2; length--) {
        const word = text.slice(i, i + length);
        const meaning = this.terms.get(word);
        if (!meaning || !accept(meaning, word)) continue;
        if (meaning.kind === 'benefit' && i > 0 && NEGATIONS.has(text[i - 1])) continue;
        found.push({ word, meaning, start: i });
        matched = length;
        break;
      }
      i += matched || 1;
    }
    return found;
  }
}

const NEGATIONS = new Set(['不', '无', '没']);

function sameMeaning(a: Meaning, b: Meaning): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'occupation' && b.kind === 'occupation') return a.occupation === b.occupation;
  if (a.kind === 'benefit' && b.kind === 'benefit') return a.benefit === b.benefit;
  if (a.kind === 'category' && b.kind === 'category') return a.category === b.category;
  return true;
}

function describe(meaning: Meaning): string {
  switch (meaning.kind) {
    case 'occupation':
      return `职业 ${meaning.occupation.name}`;
    case 'category':
      return `类别 ${meaning.category.label}`;
    case 'benefit':
      return `福利 ${meaning.benefit.tag}`;
    default:
      return '虚词';
  }
}

const DEFAULT_TABLES = { occupations: OCCUPATIONS_TABLE, categories: CATEGORIES_TABLE, benefits: BENEFITS_TABLE, fillers: FILLERS_TABLE };

let shared: Vocabulary | null = null;
/** The vocabulary of the shipped tables, parsed once per process. */
export function vocabulary(): Vocabulary {
  shared ??= new Vocabulary();
  return shared;
}
