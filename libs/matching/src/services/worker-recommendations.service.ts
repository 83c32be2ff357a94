import { Injectable } from '@nestjs/common';
import { type Actor, provinceOf } from '@app/common';
import { PostingKind, type PostingEntity, PostingsService } from '@app/postings';
import { type WorkerEntity, WorkersService } from '@app/workers';
import { matchScore, type MatchPosting } from '../scoring/match-score.js';
import { matchWorkers } from './match-worker.js';

export interface WorkerMatch {
  worker: WorkerEntity;
  score: number;
  reasons: string[];
}

/** How many job seekers are scored per request: enough for a county, bounded for a province. */
const CANDIDATE_LIMIT = 2_000;

export function toMatchPosting(p: PostingEntity): MatchPosting {
  return {
    kind: p.kind,
    regionCode: p.regionCode,
    wageMin: p.wageMin,
    wageMax: p.wageMax,
    skills: p.skills,
    laborBrand: p.laborBrand,
    partnerRegionCodes: p.partnerRegionCodes,
    location: p.lat !== null && p.lng !== null ? { lat: p.lat, lng: p.lng } : null,
  };
}

/**
 * The employer's, agent's or bureau's view: job seekers the caller may see, ranked for one posting. Workers never
 * enter the search index (no personal data there), so candidates come from PostgreSQL: the posting's own province,
 * plus willing migrants from its partner provinces for an east-west posting.
 */
@Injectable()
export class WorkerRecommendationsService {
  constructor(
    private readonly postings: PostingsService,
    private readonly workers: WorkersService,
  ) {}

  async recommend(actor: Actor, postingId: string, first: number): Promise<WorkerMatch[]> {
    const posting = await this.postings.get(actor, postingId);
    const local = await this.workers.seekingCandidates(actor, { hukouAreas: [provinceOf(posting.regionCode)] }, CANDIDATE_LIMIT);
    const partners =
      posting.kind === PostingKind.EAST_WEST && posting.partnerRegionCodes.length
        ? await this.workers.seekingCandidates(actor, { hukouAreas: posting.partnerRegionCodes, willingToMigrate: true }, CANDIDATE_LIMIT)
        : [];
    const candidates = [...new Map([...local, ...partners].map((w) => [w.id, w])).values()];
    const views = await matchWorkers(actor, candidates, this.workers);
    const target = toMatchPosting(posting);
    return candidates
      .filter((worker) => views.has(worker.id))
      .map((worker) => ({ worker, ...matchScore(views.get(worker.id)!, target) }))
      .filter((m) => m.eligible)
      .sort((a, b) => b.score - a.score || a.worker.id.localeCompare(b.worker.id))
      .slice(0, first)
      .map(({ worker, score, reasons }) => ({ worker, score, reasons }));
  }
}
