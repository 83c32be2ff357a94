import type { Meaning, Vocabulary } from './vocabulary.js';

/** The kinds of posting that belong to a category whatever their title says. */
const KIND_CATEGORIES: Record<string, string> = { PUBLIC_WELFARE: '公益' };

/**
 * What a posting is, in the vocabulary's words, for its document's `occupations` field: the occupations its title and
 * skills name (longest word first: 针车工 is a sewing job, not 车工), each with its broader trades (机修钳工 → 钳工),
 * and their categories (生产制造, 建筑施工...). A query is turned into these same names, so 做饭的 finds 炊事员 and 钳工 finds
 * 机修钳工.
 */
export function occupationsOf(vocabulary: Vocabulary, posting: { title: string; skills: readonly string[]; kind: string }): string[] {
  const names = new Set<string>();
  for (const text of [posting.title, ...posting.skills]) {
    // Category words in a title are not the category (a 工厂食堂 cook is catering): categories come from occupations.
    for (const { meaning } of vocabulary.scan(text, (m) => m.kind === 'occupation')) {
      if (meaning.kind !== 'occupation') continue;
      for (const name of vocabulary.namesWithBroader(meaning.occupation)) {
        names.add(name);
        for (const category of vocabulary.categoryNames(vocabulary.occupationByName.get(name)!.category)) names.add(category);
      }
    }
  }
  const kindCategory = KIND_CATEGORIES[posting.kind];
  if (kindCategory) for (const category of vocabulary.categoryNames(kindCategory)) names.add(category);
  return [...names];
}

/**
 * The benefit tags of a posting (包住, 周结, 五险一金...), from its title, description and ticked benefits, each with the
 * tags it implies: what a query's benefit words filter on.
 */
export function benefitTagsOf(vocabulary: Vocabulary, posting: { title: string; description: string; benefits: readonly string[] }): string[] {
  const tags = new Set<string>();
  for (const text of [posting.title, posting.description, ...posting.benefits]) {
    // Only the ways employers write it: a seeker's 包车 is inside 箱包车缝.
    const written = (m: Meaning, word: string) => m.kind === 'benefit' && (m.benefit.tag === word || m.benefit.written.includes(word));
    for (const { meaning } of vocabulary.scan(text, written)) {
      if (meaning.kind === 'benefit') vocabulary.tagsWithImplied(meaning.benefit).forEach((t) => tags.add(t));
    }
  }
  return [...tags];
}
