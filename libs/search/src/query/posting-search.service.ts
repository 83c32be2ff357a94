import { performance } from 'node:perf_hooks';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { SearchResponse } from 'meilisearch';
import { InjectDataSource } from '@nestjs/typeorm';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { chinaToday, encodeCursor } from '@app/common';
import {
  PostingEntity,
  type PostingRecord,
  type PostingView,
  postingViewFromJson,
  publicPostingSql,
  recruitsFromProvinceSql,
  toPostingView,
} from '@app/postings';
import { RegionsService } from '@app/regions';
import { PostingIndex } from '../index-settings/posting-index.js';
import { MAX_TOTAL_HITS } from '../index-settings/posting-index-settings.js';
import { RELAY_SETTLE_MS } from '../relay/outbox-relay.js';
import { type PendingChanges, pendingChangesOf, servableFromIndex } from './index-currency.js';
import { MeiliSearchHttp } from './meili-search-http.js';
import { buildSearchRequest, type PostingSearchInput, type PostingSearchRequest, type SearchRelaxation, toMeiliSearch } from './posting-search-request.js';
import { createQueryUnderstanding } from './create-query-understanding.js';
import type { NamedRegion, QueryUnderstanding } from './understand-query.js';

export interface PostingSearchHit {
  /** The same shape whether it came from the document or from PostgreSQL. */
  posting: PostingView;
  cursor: string;
  /** From `near`, when given and the posting is located. */
  distanceKm: number | null;
}

export interface PostingSearchResult {
  /** Matching postings in the index (pages reach the first MAX_TOTAL_HITS of them). */
  totalCount: number;
  hits: PostingSearchHit[];
  hasNextPage: boolean;
  endCursor: string | null;
  facets: {
    kinds: Array<{ value: string; count: number }>;
    provinces: Array<{ code: string; name: string; count: number }>;
  };
  /** What the words were taken to mean and used for (a region filter, benefit filters, occupation names). */
  understood: { regions: Array<{ code: string; name: string }>; benefits: string[]; occupations: string[] };
  /** What a search that found nothing gave up to find something, in the order given up. */
  relaxed: SearchRelaxation[];
}

/** The next, looser search after one that found nothing, or null when there is nothing left to give up. */
export function relaxOnce(request: PostingSearchRequest): PostingSearchRequest | null {
  if (!request.understand) return null;
  if (request.textRegion) return { ...request, textRegion: null, relaxed: [...request.relaxed, 'REGION'] };
  if (request.benefits.length) return { ...request, benefits: [], relaxed: [...request.relaxed, 'BENEFITS'] };
  if (!request.matchAnyWord && request.query.includes(' ')) return { ...request, matchAnyWord: true, relaxed: [...request.relaxed, 'WORDS'] };
  return null;
}

/**
 * A search answers from the index only when its pending-changes check came back this soon after the query was sent:
 * then the check cannot have seen as processed a change that Meilisearch applied after the search read the index
 * (the relay marks rows processed RELAY_SETTLE_MS after Meilisearch applied them, and this margin is smaller).
 */
const SEARCH_SETTLE_MS = 200;

type SearchHitDocument = { id: string; shown?: unknown; _geoDistance?: number };
/** More pending rows than this (an outage, a backlog): read every hit from PostgreSQL. */
const MAX_PENDING = 1000;

if (SEARCH_SETTLE_MS >= RELAY_SETTLE_MS) throw new Error('SEARCH_SETTLE_MS must stay below RELAY_SETTLE_MS');

/**
 * searchPostings: Meilisearch decides which postings match and in what order. The postings themselves come from the
 * documents when the index is provably current for them, else from PostgreSQL in one query:
 *
 * - in parallel with the search, one indexed query reads the aggregates of unprocessed outbox rows (a row is marked
 *   processed only after Meilisearch applied it, and a settle margin more);
 * - a hit that no pending row touches (neither the posting nor its organisation) is served from its document, which
 *   then equals the posting in PostgreSQL at the moment of the check, a moment inside this request;
 * - every other hit, or all of them when the check was slow, large, failed, or a rebuild is swapping the index, is read
 *   from PostgreSQL as the public may see it right now. A posting the index still lists but PostgreSQL no longer shows
 *   (closed a moment ago, the relay not yet through) is left out of the page rather than shown stale.
 */
@Injectable()
export class PostingSearchService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PostingSearchService.name);
  private loadSql: string | null = null;
  private understander: QueryUnderstanding | null = null;
  private readonly pendingSql = `SELECT aggregate, aggregate_id AS id FROM outbox WHERE processed_at IS NULL LIMIT ${MAX_PENDING + 1}`;

  constructor(
    private readonly postings: PostingIndex,
    private readonly regions: RegionsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meili: MeiliSearchHttp,
  ) {}

  /** Validates and resolves the input into the request the index runs (BAD_USER_INPUT naming the field otherwise). */
  request(input: PostingSearchInput): PostingSearchRequest {
    return buildSearchRequest(input, {
      requireRegion: (code, field) => this.regions.require(code, field).code,
      today: chinaToday(),
      understand: (query) => this.understanding().understand(query),
    });
  }

  /** Built on first use (the region tree is loaded by then), or at start-up by warmUp(). */
  understanding(): QueryUnderstanding {
    this.understander ??= createQueryUnderstanding(this.allRegions());
    return this.understander;
  }

  /** Loads the segmenter and the vocabulary before the first search rather than during it. */
  onApplicationBootstrap(): void {
    this.understanding();
  }

  private allRegions(): NamedRegion[] {
    const all: NamedRegion[] = [];
    const visit = (parent: string | null) => {
      for (const region of this.regions.children(parent)) {
        if (region.code === parent) continue;
        all.push({ code: region.code, name: region.name, parentCode: region.parentCode });
        visit(region.code);
      }
    };
    visit(null);
    return all;
  }

  async search(input: PostingSearchInput): Promise<PostingSearchResult> {
    const asked = this.request(input);
    let request = asked;
    await this.postings.ensureReady();
    const started = performance.now();
    let response: SearchResponse<SearchHitDocument>;
    let pending: PendingChanges | null;
    for (;;) {
      const { q, params } = toMeiliSearch(request);
      const searching = this.meili.search<SearchHitDocument>(this.postings.uid, q, params);
      // Started after the search was sent: the margin below is measured from `sent`.
      const sent = performance.now();
      const checking = this.pendingChanges().then((changes) => (performance.now() - sent < SEARCH_SETTLE_MS ? changes : null));
      [response, pending] = await Promise.all([searching, checking]);
      // Nothing found: give up one condition the words added and search again (what was given up is in the answer).
      const looser = (response.estimatedTotalHits ?? response.hits.length) === 0 ? relaxOnce(request) : null;
      if (!looser) break;
      request = looser;
    }
    const searched = performance.now();
    const byId = new Map<string, PostingView>();
    const load: string[] = [];
    for (const hit of response.hits) {
      if (servableFromIndex(hit, pending)) byId.set(hit.id, postingViewFromJson(hit.shown));
      else load.push(hit.id);
    }
    if (load.length) for (const posting of await this.loadPublic(load, request.partnerProvince)) byId.set(posting.id, toPostingView(posting));
    this.logger.debug(
      `searchPostings: Meilisearch ${(searched - started).toFixed(1)} ms (engine ${response.processingTimeMs} ms), PostgreSQL ${(performance.now() - searched).toFixed(1)} ms, ` +
        `${response.hits.length} hits, ${response.hits.length - load.length} from the index`,
    );
    const hits: PostingSearchHit[] = [];
    response.hits.forEach((hit, i) => {
      const posting = byId.get(hit.id);
      if (!posting) return;
      const distanceKm = typeof hit._geoDistance === 'number' ? Math.round(hit._geoDistance / 100) / 10 : null;
      hits.push({ posting, cursor: encodeCursor([request.offset + i]), distanceKm });
    });
    const facets = response.facetDistribution ?? {};
    // Every document has exactly one kind, and facets are counted over all matches, while the hit count stops at
    // maxTotalHits: the kind counts add up to the exact total.
    const kindTotal = Object.values(facets.kind ?? {}).reduce((sum, n) => sum + n, 0);
    const totalCount = Math.max(kindTotal, response.estimatedTotalHits ?? 0);
    const reached = request.offset + response.hits.length;
    return {
      totalCount,
      hits,
      hasNextPage: reached < Math.min(totalCount, MAX_TOTAL_HITS),
      // Past the last hit even when PostgreSQL dropped it, so the next page does not repeat this one.
      endCursor: response.hits.length ? encodeCursor([reached - 1]) : null,
      facets: {
        kinds: Object.entries(facets.kind ?? {}).map(([value, count]) => ({ value, count })),
        provinces: Object.entries(facets.provinceCode ?? {}).map(([code, count]) => ({ code, name: this.regions.find(code)?.name ?? code, count })),
      },
      // As understood from the words; `relaxed` says which of it a search that found nothing gave up.
      understood: {
        regions: asked.textRegion ? [{ code: asked.textRegion.code, name: asked.textRegion.name }] : [],
        benefits: [...asked.benefits],
        occupations: [...asked.occupations],
      },
      relaxed: [...request.relaxed],
    };
  }

  /** Aggregates of unprocessed outbox rows (the partial index idx_outbox_pending holds exactly these); null if unknown. */
  private async pendingChanges(): Promise<PendingChanges | null> {
    try {
      const pool = (this.dataSource.driver as PostgresDriver).master as pg.Pool;
      const { rows } = await pool.query<{ aggregate: string; id: string }>({ name: 'search_pending_changes', text: this.pendingSql });
      return rows.length > MAX_PENDING ? null : pendingChangesOf(rows);
    } catch (error) {
      this.logger.warn(`Pending-changes check failed, reading every hit from PostgreSQL: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  /**
   * The postings behind the hits, in one query, as the public may see them right now and, with partnerRegionCode, only
   * those that recruit from that province right now (a partner province removed a moment ago, the relay not yet
   * through, must not be shown under it: both paths apply the one rule of @app/postings). It runs on every search, so it
   * is a named prepared statement on the pool (planned once per connection) with the entity's own column names,
   * rather than a query builder that rebuilds and re-plans the same statement each time.
   */
  private async loadPublic(ids: string[], partnerProvince: string | null): Promise<PostingRecord[]> {
    if (ids.length === 0) return [];
    this.loadSql ??= this.buildLoadSql();
    const pool = (this.dataSource.driver as PostgresDriver).master as pg.Pool;
    const { rows } = await pool.query<PostingRecord>({ name: 'search_load_public_postings', text: this.loadSql, values: [ids, chinaToday(), partnerProvince] });
    return rows;
  }

  private buildLoadSql(): string {
    const columns = this.dataSource.getMetadata(PostingEntity).columns.map((c) =>
      // A DATE column comes back from pg as a JS Date at local midnight; the entity holds YYYY-MM-DD.
      c.type === 'date' ? `to_char(p."${c.databaseName}", 'YYYY-MM-DD') AS "${c.propertyName}"` : `p."${c.databaseName}" AS "${c.propertyName}"`,
    );
    // Driven by the id list (a primary-key lookup per hit): a prepared statement's generic plan could otherwise start
    // from the status index and filter tens of thousands of OPEN rows.
    return `SELECT ${columns.join(', ')} FROM unnest($1::uuid[]) AS hit(id) JOIN postings p ON p.id = hit.id
             WHERE ${publicPostingSql('p', '$2::date')} AND ($3::text IS NULL OR ${recruitsFromProvinceSql('p', '$3::text')})`;
  }
}
