import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, IdArg, requestLoader, Role, Roles, toConnection } from '@app/common';
import { PostingRecommendationsService, RecommendationRoundsService, type RecommendationRoundEntity, WorkerRecommendationsService } from '@app/matching';
import { RegionsService } from '@app/regions';
import { WorkersService } from '@app/workers';
import { type Posting, toPosting } from '../postings/posting.type.js';
import { toRegion } from '../regions/region.mapper.js';
import { loadWorker } from '../workers/worker.loader.js';
import { toWorker, Worker } from '../workers/worker.type.js';
import {
  PostingMatch,
  RecommendArgs,
  RecommendationRound,
  RecordRecommendationRoundInput,
  UnservedJobSeeker,
  UnservedJobSeekerConnection,
  UnservedJobSeekersArgs,
  WorkerMatch,
} from './match.types.js';

const toRound = (r: RecommendationRoundEntity): RecommendationRound => ({ id: r.id, postingIds: r.postingIds, recordedAt: r.createdAt });

@Resolver()
export class MatchingResolver {
  constructor(
    private readonly recommendations: WorkerRecommendationsService,
    private readonly postingRecommendations: PostingRecommendationsService,
    private readonly rounds: RecommendationRoundsService,
    private readonly divisions: RegionsService,
  ) {}

  @Query(() => [PostingMatch], { description: 'Open postings ranked for a worker you may see (yourself, as a worker), with reasons' })
  async recommendPostings(@CurrentActor() actor: Actor, @IdArg('workerId') workerId: string, @Args() args: RecommendArgs): Promise<PostingMatch[]> {
    const matches = await this.postingRecommendations.recommend(actor, workerId, args.first);
    return matches.map((m) => ({ posting: toPosting(m.posting, this.divisions) as Posting, score: m.score, reasons: m.reasons }));
  }

  @Roles(Role.EMPLOYER, Role.AGENT, Role.BUREAU, Role.ADMIN)
  @Query(() => [WorkerMatch], { description: 'Job seekers you may see, ranked for the posting, with reasons' })
  async recommendWorkers(@CurrentActor() actor: Actor, @IdArg('postingId') postingId: string, @Args() args: RecommendArgs): Promise<WorkerMatch[]> {
    const matches = await this.recommendations.recommend(actor, postingId, args.first);
    return matches.map((m) => ({
      worker: toWorker(m.worker, toRegion(this.divisions.find(m.worker.hukouRegionCode)!, this.divisions)),
      score: m.score,
      reasons: m.reasons,
    }));
  }

  @Roles(Role.AGENT, Role.BUREAU, Role.ADMIN)
  @Mutation(() => RecommendationRound, { description: 'Record postings pushed to a worker (counts towards Yunnan’s 3 rounds of 5)' })
  async recordRecommendationRound(@CurrentActor() actor: Actor, @Args('input') input: RecordRecommendationRoundInput): Promise<RecommendationRound> {
    return toRound(await this.rounds.record(actor, input.workerId, input.postingIds));
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Query(() => UnservedJobSeekerConnection, { description: 'Job seekers of the region with fewer than 3 rounds of at least 5 postings' })
  async unservedJobSeekers(@CurrentActor() actor: Actor, @Args() args: UnservedJobSeekersArgs): Promise<UnservedJobSeekerConnection> {
    const page = await this.rounds.unserved(actor, args.regionCode, args.first, args.after);
    return toConnection(page, (r) => ({ workerId: r.workerId, qualifyingRounds: r.qualifyingRounds }) as UnservedJobSeeker);
  }
}

@Resolver(() => UnservedJobSeeker)
export class UnservedJobSeekerResolver {
  constructor(
    private readonly workers: WorkersService,
    private readonly divisions: RegionsService,
  ) {}

  @ResolveField(() => Worker)
  async worker(@Parent() row: UnservedJobSeeker, @Context() context: object): Promise<Worker> {
    return (await loadWorker(context, this.workers, this.divisions, row.workerId))!;
  }
}

@Resolver(() => Worker)
export class WorkerRoundsResolver {
  constructor(private readonly rounds: RecommendationRoundsService) {}

  @ResolveField(() => [RecommendationRound], { description: 'Postings pushed to the worker, oldest first' })
  async recommendationRounds(@Parent() worker: Worker, @Context() context: object): Promise<RecommendationRound[]> {
    const rows = await requestLoader<string, RecommendationRoundEntity[]>(context, 'worker.rounds', async (ids) => {
      const byWorker = await this.rounds.ofWorkers(ids);
      return ids.map((id) => byWorker.get(id) ?? []);
    }).load(worker.id);
    return rows.map(toRound);
  }
}
