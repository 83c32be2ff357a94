import type { Settings } from 'meilisearch';

/**
 * Each line is a group of words a job seeker and an employer use for the same job; Meilisearch matches any of them
 * for any other. Written in simplified characters, the form both queries and documents are normalised to.
 */
export const JOB_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['普工', '操作工', '普通工人'],
  ['厨师', '炊事员', '厨工'],
  ['保洁', '清洁工', '保洁员'],
  ['保安', '安保员', '门卫'],
  ['司机', '驾驶员'],
  ['月嫂', '母婴护理员'],
  ['保姆', '家政服务员'],
  ['护工', '护理员'],
  ['搬运工', '装卸工'],
  ['快递员', '配送员', '骑手'],
  ['电焊工', '焊工'],
  ['缝纫工', '车缝工'],
  ['采茶工', '茶叶采摘工'],
  ['服务员', '餐厅服务员'],
];

export function synonymsOf(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) for (const word of group) synonyms[word] = group.filter((w) => w !== word);
  return synonyms;
}

/** Attributes searched, most important first (the `attribute` ranking rule follows this order). */
export const SEARCHABLE_ATTRIBUTES = [
  'title',
  // The vocabulary's names for what the posting is (炊事员 → 厨师 工种, 机修钳工 → 钳工): what understood queries match.
  'occupations',
  'titlePinyin',
  'titleInitials',
  'skills',
  'laborBrand',
  'laborBrandPinyin',
  'laborBrandInitials',
  'organizationName',
  'regionNames',
  'description',
];

/** Deep pages are never read on a phone; a bound keeps every count and offset cheap. */
export const MAX_TOTAL_HITS = 1000;

/**
 * The posting index, declared once and applied before any document is sent (settings changed under a stream of
 * writes can fail good documents in a mixed batch).
 */
export const POSTING_INDEX_SETTINGS: Settings = {
  searchableAttributes: SEARCHABLE_ATTRIBUTES,
  // Search answers with ids; the API reads the postings themselves from PostgreSQL.
  displayedAttributes: ['*'],
  // Each attribute gets only the filter it is used with: codes and kinds are compared for equality, wages and dates for
  // order. Fewer structures to update makes every write batch cheaper (measured: bulk indexing about a third faster).
  filterableAttributes: [
    {
      // id: a signed-in worker's search leaves out the postings they applied to (excludeApplied).
      // benefitTags: 包住, 周结... asked for in the words of a query (vocabulary/benefits.table.ts).
      attributePatterns: ['id', 'kind', 'status', 'provinceCode', 'cityCode', 'countyCode', 'partnerProvinceCodes', 'benefitTags'],
      features: { facetSearch: false, filter: { equality: true, comparison: false } },
    },
    { attributePatterns: ['wageMin', 'wageMax', 'validUntil'], features: { facetSearch: false, filter: { equality: false, comparison: true } } },
    '_geo',
  ],
  sortableAttributes: ['wageMin', 'wageMax', 'publishedAt', '_geo'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  // Chinese text is segmented by the Chinese tokenizer (jieba), whatever the script detector thinks of a 2-character
  // query (Japanese kanji look the same). Pinyin and initials are Latin words and are tokenized as such.
  localizedAttributes: [
    { attributePatterns: ['title', 'occupations', 'description', 'skills', 'laborBrand', 'organizationName', 'regionNames'], locales: ['zho'] },
  ],
  synonyms: synonymsOf(JOB_SYNONYM_GROUPS),
  typoTolerance: {
    enabled: true,
    // A typo in a Chinese word is another word (修脚 vs 修车), and Chinese words are 1-4 characters: with these sizes
    // only Latin words (pinyin typed on a phone) get typos. Initials (xjs) must match as typed.
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    disableOnAttributes: ['titleInitials', 'laborBrandInitials'],
    // 5000 must not find 6000.
    disableOnNumbers: true,
  },
  // 4 kinds and 34 provinces: every value fits, nothing is cut off from a facet.
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  // Worst case for a pathological query; a phone user gives up long before.
  searchCutoffMs: 500,
  // Titles are a few words: word-level proximity buys little ranking and costs much indexing time per write.
  proximityPrecision: 'byAttribute',
  // Facets are counted, never searched by name: no facet-search structures to maintain on every write.
  facetSearch: false,
};
