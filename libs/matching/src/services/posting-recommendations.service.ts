import { Injectable } from '@nestjs/common';
import type { SearchParams } from 'meilisearch';
import { type Actor, chinaToday, provinceOf } from '@app/common';
import { PostingsService, type PostingView, publicPostingMeiliFilter, toPostingView } from '@app/postings';
import { MeiliSearchHttp, PostingIndex, type PostingDocument } from '@app/search';
import { WorkersService } from '@app/workers';
import { matchScore, type MatchPosting, type MatchWorker } from '../scoring/match-score.js';
import { NEARBY_KM } from '../scoring/match-weights.js';
import { matchWorkers } from './match-worker.js';

export interface PostingMatch {
  posting: PostingView;
  score: number;
  reasons: string[];
}

/** One search of the candidates: words (or none) and the index's search parameters. */
type CandidateQuery = { q: string } & SearchParams;

/** Candidates per query: a few hundred are plenty to rank, and keep each search a couple of milliseconds. */
const PER_QUERY = 150;
/** Only what the score reads: whole documents (descriptions, pinyin) would be most of the bytes. */
const SCORED_FIELDS = ['id', 'kind', 'countyCode', 'wageMin', 'wageMax', 'skills', 'laborBrand', 'partnerProvinceCodes', '_geo'];

function fromDocument(d: PostingDocument): MatchPosting {
  return {
    kind: d.kind as MatchPosting['kind'],
    regionCode: d.countyCode,
    wageMin: d.wageMin,
    wageMax: d.wageMax,
    skills: d.skills,
    laborBrand: d.laborBrand,
    partnerRegionCodes: d.partnerProvinceCodes,
    location: d._geo ?? null,
  };
}

/**
 * A worker's view: open postings they could take, from Meilisearch (up to five searches: near home, east-west postings
 * recruiting from their province, their preferred regions, their skills, the newest), ranked by the same transparent
 * score as recommendWorkers, then loaded from PostgreSQL so only postings still public are returned.
 *
 * The searches are sent side by side rather than as one multi-search: Meilisearch answers a multi-search's queries one
 * after the other (2–8 ms each here), while separate requests run on its search threads at once; over node:http's
 * keep-alive sockets each costs a fraction of a millisecond more (bench:match, docs/benchmarks.md).
 */
@Injectable()
export class PostingRecommendationsService {
  constructor(
    private readonly index: PostingIndex,
    private readonly workers: WorkersService,
    private readonly postings: PostingsService,
    private readonly meili: MeiliSearchHttp,
  ) {}

  async recommend(actor: Actor, workerId: string, first: number): Promise<PostingMatch[]> {
    const worker = await this.workers.get(actor, workerId);
    const view = (await matchWorkers(actor, [worker], this.workers)).get(worker.id)!;
    await this.index.ensureReady();
    const results = await Promise.all(
      this.queries(view).map(({ q, ...params }) =>
        this.meili.search<PostingDocument & Record<string, unknown>>(this.index.uid, q, { ...params, attributesToRetrieve: SCORED_FIELDS }),
      ),
    );
    const documents = new Map<string, PostingDocument>();
    for (const result of results) for (const hit of result.hits) documents.set(hit.id, hit);
    const ranked = [...documents.values()]
      .map((d) => ({ id: d.id, ...matchScore(view, fromDocument(d)) }))
      .filter((m) => m.eligible)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    // The index follows the database within about a second: confirm in PostgreSQL that each posting is still public
    // (the same rule as every other reader: open, not expired, organisation visible) before offering it.
    const top = ranked.slice(0, first * 2);
    const rows = new Map((await this.postings.findPublic(top.map((m) => m.id))).map((p) => [p.id, p]));
    return top
      .filter((m) => rows.has(m.id))
      .slice(0, first)
      .map((m) => ({ posting: toPostingView(rows.get(m.id)!), score: m.score, reasons: m.reasons }));
  }

  private queries(worker: MatchWorker): CandidateQuery[] {
    const valid = publicPostingMeiliFilter(chinaToday());
    const near = worker.location
      ? `(countyCode = "${worker.hukouRegionCode}" OR _geoRadius(${worker.location.lat}, ${worker.location.lng}, ${NEARBY_KM * 1000}))`
      : `countyCode = "${worker.hukouRegionCode}"`;
    const queries: CandidateQuery[] = [{ q: '', filter: `${valid} AND ${near}`, limit: PER_QUERY }];
    const skills = worker.skills.join(' ');
    if (!worker.willingToMigrate) {
      if (skills) queries.push({ q: skills, filter: `${valid} AND ${near}`, limit: PER_QUERY });
      return queries;
    }
    const province = provinceOf(worker.hukouRegionCode);
    queries.push({
      q: '',
      filter: `${valid} AND kind = "EAST_WEST" AND partnerProvinceCodes = "${province}"`,
      limit: PER_QUERY,
      sort: ['publishedAt:desc'],
    });
    if (worker.preferredRegionCodes.length) {
      const codes = worker.preferredRegionCodes.map((c) => `"${c}"`).join(', ');
      queries.push({
        q: '',
        filter: `${valid} AND (provinceCode IN [${codes}] OR cityCode IN [${codes}] OR countyCode IN [${codes}])`,
        limit: PER_QUERY,
      });
    }
    if (skills) queries.push({ q: skills, filter: valid, limit: PER_QUERY });
    queries.push({ q: '', filter: valid, limit: PER_QUERY, sort: ['publishedAt:desc'] });
    return queries;
  }
}
