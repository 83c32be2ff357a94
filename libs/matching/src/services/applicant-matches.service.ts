import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/common';
import { canManagePosting, PostingsService } from '@app/postings';
import { WorkersService } from '@app/workers';
import { matchScore, type MatchResult } from '../scoring/match-score.js';
import { matchWorkers } from './match-worker.js';
import { toMatchPosting } from './worker-recommendations.service.js';

export interface ApplicantPair {
  postingId: string;
  workerId: string;
}

export const applicantKey = (pair: ApplicantPair): string => `${pair.postingId}:${pair.workerId}`;

/**
 * How each applicant fits the posting applied to (the same score and reasons as recommendWorkers), for whoever manages
 * the posting and may see the worker; nothing for anyone else. One batch: postings, workers, their matching views.
 */
@Injectable()
export class ApplicantMatchesService {
  constructor(
    private readonly postings: PostingsService,
    private readonly workers: WorkersService,
  ) {}

  async scores(actor: Actor, pairs: readonly ApplicantPair[]): Promise<Map<string, MatchResult>> {
    const postings = new Map((await this.postings.findMany([...new Set(pairs.map((p) => p.postingId))])).map((p) => [p.id, p]));
    const managed = pairs.filter((pair) => {
      const posting = postings.get(pair.postingId);
      return posting !== undefined && canManagePosting(actor, posting);
    });
    const workers = await this.workers.findMany([...new Set(managed.map((p) => p.workerId))]);
    const views = await matchWorkers(actor, workers, this.workers);
    const result = new Map<string, MatchResult>();
    for (const pair of managed) {
      const view = views.get(pair.workerId);
      if (view) result.set(applicantKey(pair), matchScore(view, toMatchPosting(postings.get(pair.postingId)!)));
    }
    return result;
  }
}
