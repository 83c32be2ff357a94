import type { SearchParams } from 'meilisearch';
import { decodeCursor, type FieldProblem, InvalidInputError, pageSize, provinceOf, regionLevel } from '@app/common';
import { publicPostingMeiliFilter, recruitsFromProvinceMeiliFilter } from '@app/postings';
import { MAX_TOTAL_HITS } from '../index-settings/posting-index-settings.js';
import { normalizeQuery } from '../text/normalize-text.js';
import { SearchFieldReason, searchProblem } from './search-field.messages.js';
import type { UnderstoodQuery } from './understand-query.js';

export const MAX_RADIUS_KM = 500;

export type PostingSearchSort = 'RELEVANCE' | 'WAGE_DESC' | 'NEWEST' | 'DISTANCE';
/** What a search that found nothing gave up, in order: the region named in the words, the benefits, all-words matching. */
export type SearchRelaxation = 'REGION' | 'BENEFITS' | 'WORDS';
export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';

/** A search after validation: region resolved, query normalised, offset decoded. */
export interface PostingSearchRequest {
  /** Normalised (normalizeQuery) and, unless `understand` is off, rewritten by the query understanding; empty for a browse by filters only. */
  query: string;
  /** The region the words named (广东, 苏州的), as a filter: only when the caller chose no region. */
  textRegion: { code: string; name: string; level: RegionLevel } | null;
  /** Benefit tags the words asked for (包住, 周结): each one a filter on benefitTags. */
  benefits: readonly string[];
  /** Occupations and categories the words named (厨师 for 做饭的). */
  occupations: readonly string[];
  /** Any word may match rather than all (the last relaxation). */
  matchAnyWord: boolean;
  /** Relaxations applied so far (a search that found nothing tries again with fewer conditions). */
  relaxed: readonly SearchRelaxation[];
  /** False when the caller asked for the words as typed. */
  understand: boolean;
  kinds: readonly string[];
  region: { code: string; level: RegionLevel } | null;
  minWage: number | null;
  near: { lat: number; lng: number; radiusKm: number } | null;
  /** EAST_WEST postings recruiting from this province only (partnerRegionCode, resolved to its province). */
  partnerProvince: string | null;
  /** Postings left out whatever else matches (a worker's applied postings, excludeApplied). */
  excludeIds: readonly string[];
  sort: PostingSearchSort;
  offset: number;
  limit: number;
  /** Today in China (YYYY-MM-DD): postings that are no longer public (posting-visibility) are filtered out. */
  today: string;
}

/** What a caller asks for (the GraphQL input, or a benchmark's query). */
export interface PostingSearchInput {
  query?: string | null;
  kinds?: readonly string[] | null;
  regionCode?: string | null;
  minWage?: number | null;
  near?: { lat: number; lng: number; radiusKm: number } | null;
  /** A province, city or county code: east-west postings recruiting from its province ("recruits from my province"). */
  partnerRegionCode?: string | null;
  /** Posting ids to leave out (the API passes a signed-in worker's applied postings for excludeApplied). */
  excludePostingIds?: readonly string[] | null;
  sort?: PostingSearchSort | null;
  first?: number | null;
  after?: string | null;
  /** True (default): fillers dropped, occupations, places and benefits understood, relaxed when nothing matches. */
  understand?: boolean | null;
}

export interface SearchRequestContext {
  /** The region's code, or BAD_USER_INPUT naming `field` when it is unknown. */
  requireRegion(code: string, field: string): string;
  /** Today in China (YYYY-MM-DD, chinaToday()). */
  today: string;
  /** The query understanding (PostingSearchService passes it); without it the words go to the index as typed. */
  understand?: (query: string) => UnderstoodQuery;
}

/**
 * Checks the input (each problem names its field) and resolves it into the request the index runs. Pure: the search
 * service and the benchmark's raw path build the very same request.
 */
export function buildSearchRequest(input: PostingSearchInput, context: SearchRequestContext): PostingSearchRequest {
  const limit = pageSize(input.first ?? undefined, 'first');
  const offset = input.after ? offsetAfter(input.after) : 0;
  // Every problem of the search in one answer.
  const problems: FieldProblem[] = [];
  let regionCode: string | null = null;
  try {
    regionCode = input.regionCode ? context.requireRegion(input.regionCode, 'regionCode') : null;
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    problems.push(...error.problems);
  }
  let partnerProvince: string | null = null;
  try {
    partnerProvince = input.partnerRegionCode ? provinceOf(context.requireRegion(input.partnerRegionCode, 'partnerRegionCode')) : null;
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    problems.push(...error.problems);
  }
  const near = input.near ?? null;
  if (near && !(near.radiusKm > 0 && near.radiusKm <= MAX_RADIUS_KM)) {
    problems.push(searchProblem('near.radiusKm', SearchFieldReason.RADIUS_RANGE, { max: MAX_RADIUS_KM }));
  }
  const sort = input.sort ?? 'RELEVANCE';
  if (sort === 'DISTANCE' && !near) problems.push(searchProblem('near', SearchFieldReason.DISTANCE_NEEDS_NEAR));
  if (input.minWage !== null && input.minWage !== undefined && !(Number.isInteger(input.minWage) && input.minWage >= 0)) {
    problems.push(searchProblem('minWage', SearchFieldReason.MIN_WAGE_RANGE));
  }
  if (problems.length) throw new InvalidInputError(problems);
  const typed = normalizeQuery(input.query);
  const understand = input.understand !== false && context.understand !== undefined;
  const understood = understand && typed ? context.understand!(typed) : null;
  // A place in the words filters only when the caller chose no region; otherwise its name is searched as text.
  const textRegion = understood?.regions[0] && !regionCode ? understood.regions[0] : null;
  const placeWords = understood && !textRegion ? understood.regionWords : [];
  return {
    query: understood ? [understood.text, ...placeWords].filter(Boolean).join(' ') : typed,
    textRegion: textRegion ? { ...textRegion, level: regionLevel(textRegion.code) } : null,
    benefits: understood?.benefits ?? [],
    occupations: understood?.occupations ?? [],
    matchAnyWord: false,
    relaxed: [],
    understand,
    kinds: [...new Set(input.kinds ?? [])],
    region: regionCode ? { code: regionCode, level: regionLevel(regionCode) } : null,
    minWage: input.minWage ?? null,
    near,
    partnerProvince,
    excludeIds: [...new Set(input.excludePostingIds ?? [])],
    sort,
    offset,
    limit,
    today: context.today,
  };
}

/** Cursors are the position of a hit; the next page starts after it. */
function offsetAfter(after: string): number {
  const [position] = decodeCursor(after, ['offset']);
  return Number(position) + 1;
}

const REGION_FIELD: Record<RegionLevel, string> = { PROVINCE: 'provinceCode', CITY: 'cityCode', COUNTY: 'countyCode' };

export const FACETS = ['kind', 'provinceCode'];

/**
 * The Meilisearch parameters of a search. Pure, and shared by the API and the benchmark's raw path, so both run the
 * very same query. Ids and the postings as shown come back (see PostingSearchService for when the API uses them).
 */
export function toMeiliSearch(request: PostingSearchRequest): { q: string; params: SearchParams } {
  // Only what the public may see: the one rule of @app/postings, in its Meilisearch form.
  const filter: string[] = [publicPostingMeiliFilter(request.today)];
  if (request.kinds.length) filter.push(`kind IN [${request.kinds.map((k) => JSON.stringify(k)).join(', ')}]`);
  // The document carries the code of each level, so "this region and everything under it" is one equality.
  if (request.region) filter.push(`${REGION_FIELD[request.region.level]} = ${JSON.stringify(request.region.code)}`);
  if (request.textRegion) filter.push(`${REGION_FIELD[request.textRegion.level]} = ${JSON.stringify(request.textRegion.code)}`);
  // Tags come from the vocabulary (never from the caller's text as such); quoted all the same.
  for (const tag of request.benefits) filter.push(`benefitTags = ${JSON.stringify(tag)}`);
  // Any posting that may pay at least this much: its range reaches the wage asked for.
  if (request.minWage !== null) filter.push(`wageMax >= ${request.minWage}`);
  if (request.partnerProvince) filter.push(recruitsFromProvinceMeiliFilter(request.partnerProvince));
  // Ids are UUIDs from PostgreSQL; quoted all the same.
  if (request.excludeIds.length) filter.push(`NOT id IN [${request.excludeIds.map((id) => JSON.stringify(id)).join(', ')}]`);
  const near = request.near;
  if (near) filter.push(`_geoRadius(${near.lat}, ${near.lng}, ${Math.round(near.radiusKm * 1000)})`);

  let sort: string[] | undefined;
  if (request.sort === 'WAGE_DESC') sort = ['wageMax:desc', 'wageMin:desc'];
  else if (request.sort === 'NEWEST') sort = ['publishedAt:desc'];
  else if (request.sort === 'DISTANCE' && near) sort = [`_geoPoint(${near.lat}, ${near.lng}):asc`];

  return {
    q: request.query,
    params: {
      filter,
      sort,
      facets: FACETS,
      // The posting as shown (the API serves it when the index is provably current); _geoDistance comes back only
      // beside _geo.
      attributesToRetrieve: sort && near && request.sort === 'DISTANCE' ? ['id', 'shown', '_geo'] : ['id', 'shown'],
      offset: request.offset,
      limit: Math.max(0, Math.min(request.limit, MAX_TOTAL_HITS - request.offset)),
      // Every word must match (synonyms count): 广东 电子厂 means electronics jobs in Guangdong, not all of Guangdong.
      // Only a search that found nothing relaxes, dropping words from the end (occupations come first in the text).
      matchingStrategy: request.matchAnyWord ? 'last' : 'all',
    },
  };
}
