import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { type Actor, assertCanSeeRegion, decodeCursor, DomainError, type Page, regionCodeRange, toPage } from '@app/common';
import { PostingsService } from '@app/postings';
import { WorkersService } from '@app/workers';
import { RecommendationRoundEntity } from '../entities/recommendation-round.entity.js';
import { invalidMatchingField, MatchingFieldReason } from '../matching.exception.js';

/** Yunnan's rule: every willing job seeker gets at least 3 rounds of at least 5 postings. */
export const REQUIRED_ROUNDS = 3;
export const POSTINGS_PER_ROUND = 5;

export interface UnservedJobSeeker {
  workerId: string;
  qualifyingRounds: number;
  createdAt: Date;
}

@Injectable()
export class RecommendationRoundsService {
  constructor(
    @InjectRepository(RecommendationRoundEntity) private readonly rounds: Repository<RecommendationRoundEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workers: WorkersService,
    private readonly postings: PostingsService,
  ) {}

  /** Records postings pushed to a worker the caller may see; every posting must exist and be visible to the caller. */
  async record(actor: Actor, workerId: string, postingIds: string[]): Promise<RecommendationRoundEntity> {
    await this.workers.get(actor, workerId);
    const unique = [...new Set(postingIds)];
    if (unique.length === 0) throw invalidMatchingField('postingIds', MatchingFieldReason.POSTINGS_REQUIRED);
    for (const id of unique) {
      await this.postings.get(actor, id).catch((error: unknown) => {
        // A refusal of the posting (missing or hidden) is a problem with the input; an outage stays an outage.
        if (error instanceof DomainError) throw invalidMatchingField('postingIds', MatchingFieldReason.POSTINGS_UNKNOWN);
        throw error;
      });
    }
    return this.rounds.save(this.rounds.create({ workerId, postingIds: unique, recordedBy: actor.accountId }));
  }

  async ofWorkers(workerIds: readonly string[]): Promise<Map<string, RecommendationRoundEntity[]>> {
    const result = new Map<string, RecommendationRoundEntity[]>(workerIds.map((id) => [id, []]));
    if (workerIds.length === 0) return result;
    const rows = await this.rounds.find({ where: { workerId: In([...workerIds]) }, order: { createdAt: 'ASC' } });
    for (const row of rows) result.get(row.workerId)!.push(row);
    return result;
  }

  /**
   * Job seekers (SEEKING) registered in the region who have had fewer than 3 rounds of at least 5 postings: the bureau's
   * to-do list. A read model over workers and rounds, in one query.
   */
  async unserved(actor: Actor, regionCode: string, first: number, after?: string): Promise<Page<UnservedJobSeeker>> {
    assertCanSeeRegion(actor, regionCode);
    const [low, high] = regionCodeRange(regionCode);
    const params: unknown[] = [low, high, POSTINGS_PER_ROUND, REQUIRED_ROUNDS];
    let keyset = '';
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      params.push(createdAt, id);
      keyset = 'AND (w.created_at, w.id) < ($5::timestamptz, $6::uuid)';
    }
    const base = `
      FROM workers w
      CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM recommendation_rounds r WHERE r.worker_id = w.id AND cardinality(r.posting_ids) >= $3) q
      WHERE w.hukou_region_code >= $1 AND w.hukou_region_code < $2 AND w.seeking_status = 'SEEKING' AND q.n < $4`;
    const [{ total }] = await this.dataSource.query<Array<{ total: number }>>(`SELECT count(*)::int AS total ${base}`, params.slice(0, 4));
    const rows = await this.dataSource.query<Array<{ workerId: string; qualifyingRounds: number; createdAt: Date }>>(
      `SELECT w.id AS "workerId", q.n AS "qualifyingRounds", w.created_at AS "createdAt" ${base} ${keyset}
        ORDER BY w.created_at DESC, w.id DESC LIMIT ${first + 1}`,
      params,
    );
    return toPage(rows, first, (r) => [new Date(r.createdAt).toISOString(), r.workerId], total);
  }
}
