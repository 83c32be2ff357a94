export { createMeiliClient } from './meili-client.js';
export { SearchClientModule } from './search-client.module.js';
export { SearchModule } from './search.module.js';
export { SearchRelayModule } from './relay/search-relay.module.js';
export type { PostingDocument, RegionName } from './documents/posting-document.js';
export { buildPostingDocument, dateNumber } from './documents/build-posting-document.js';
export { PostingDocumentSource, type DocumentChanges } from './documents/posting-document-source.js';
export { shortRegionName, regionSearchNames } from './documents/region-names.js';
export { normalizeText, normalizeQuery, MAX_QUERY_LENGTH } from './text/normalize-text.js';
export { pinyinKeys, type PinyinKeys } from './text/pinyin-keys.js';
export { POSTING_INDEX_SETTINGS, JOB_SYNONYM_GROUPS, MAX_TOTAL_HITS, SEARCHABLE_ATTRIBUTES } from './index-settings/posting-index-settings.js';
export { PostingIndex, preparePostingIndex, assertSucceeded } from './index-settings/posting-index.js';
export { settingsMatch } from './index-settings/same-settings.js';
export { OutboxRelay, type BatchOutcome, type RelayOptions } from './relay/outbox-relay.js';
export { RelayLoop, type RelayLoopOptions } from './relay/relay-loop.js';
export { PostingReindexer, type ReindexProgress, type ReindexResult } from './reindex/posting-reindexer.js';
export { MeiliSearchHttp, MeilisearchSearchError } from './query/meili-search-http.js';
export { PostingSearchService, relaxOnce, type PostingSearchHit, type PostingSearchResult } from './query/posting-search.service.js';
export { createQueryUnderstanding } from './query/create-query-understanding.js';
export { QueryUnderstanding, regionNameIndex, type NamedRegion, type UnderstoodQuery } from './query/understand-query.js';
export { Vocabulary, VocabularyError, vocabulary, type Occupation, type Benefit, type Category } from './vocabulary/vocabulary.js';
export { occupationsOf, benefitTagsOf } from './vocabulary/tagging.js';
export {
  buildSearchRequest,
  toMeiliSearch,
  FACETS,
  MAX_RADIUS_KM,
  type PostingSearchInput,
  type PostingSearchRequest,
  type PostingSearchSort,
  type SearchRelaxation,
  type SearchRequestContext,
} from './query/posting-search-request.js';
export { SEARCH_FIELD_MESSAGES, SearchFieldReason } from './query/search-field.messages.js';
