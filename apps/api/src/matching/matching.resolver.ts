import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, IdArg, requestLoader, Role, Roles, toConnection } from '@app/common';
import { PostingRecommendationsService, RecommendationRoundsService, type RecommendationRoundEntity, WorkerRecommendationsService } from '@app/matching';
import { RegionsService } from '@app/regions';
import { WorkersService } from '@app/workers';
import { type Posting, toPosting } from '../postings/posting.type.js';
import { WorkerGate } from '../workers/worker-gate.js';
import { Worker } from '../workers/worker.type.js';
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
    private readonly workers: WorkersService,
  ) {}

  @Query(() => [PostingMatch], { description: 'Open postings ranked for a worker you may see (yourself, as a worker), with reasons' })
  async recommendPostings(@CurrentActor() actor: Actor, @IdArg('workerId') workerId: string, @Args() args: RecommendArgs): Promise<PostingMatch[]> {
    const matches = await this.postingRecommendations.recommend(actor, workerId, args.first);
    return matches.map((m) => ({ posting: toPosting(m.posting, this.divisions) as Posting, score: m.score, reasons: m.reasons }));
  }

  @Roles(Role.EMPLOYER, Role.AGENT, Role.BUREAU, Role.ADMIN)
  @Query(() => [WorkerMatch], { description: 'Job seekers you may see, ranked for the posting, with reasons' })
  async recommendWorkers(
    @CurrentActor() actor: Actor,
    @IdArg('postingId') postingId: string,
    @Args() args: RecommendArgs,
    @Context() context: object,
  ): Promise<WorkerMatch[]> {
    const matches = await this.recommendations.recommend(actor, postingId, args.first);
    // Candidates come scoped by the query; the worker gate decides once more and projects (a match it hides is left out).
    const visible = new Map(
      (
        await new WorkerGate(this.workers, this.divisions).visible(
          context,
          actor,
          matches.map((m) => m.worker),
        )
      ).map((w) => [w.id, w]),
    );
    return matches.filter((m) => visible.has(m.worker.id)).map((m) => ({ worker: visible.get(m.worker.id)!, score: m.score, reasons: m.reasons }));
  }

  @Roles(Role.AGENT, Role.BUREAU, Role.ADMIN)
  @Mutation(() => RecommendationRound, { description: 'Record postings pushed to a worker (counts towards Yunnan’s 3 rounds of 5)' })
  async recordRecommendationRound(@CurrentActor() actor: Actor, @Args('input') input: RecordRecommendationRoundInput): Promise<RecommendationRound> {
    return toRound(await this.rounds.record(actor, input.workerId, input.postingIds));
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Query(() => UnservedJobSeekerConnection, { description: 'Job seekers of the region with fewer than 3 rounds of at least 5 postings' })
  async unservedJobSeekers(
    @CurrentActor() actor: Actor,
    @Args() args: UnservedJobSeekersArgs,
    @Context() context: object,
  ): Promise<UnservedJobSeekerConnection> {
    const page = await this.rounds.unserved(actor, args.regionCode, args.first, args.after);
    // The worker of each row through the worker gate, in one batch; a row whose worker the caller may not see is left out.
    const gate = new WorkerGate(this.workers, this.divisions);
    const workers = await Promise.all(page.nodes.map((r) => gate.byId(context, actor, r.workerId)));
    const kept = page.nodes.map((r, i) => ({ r, worker: workers[i], cursor: page.cursors[i] })).filter((k) => k.worker);
    return toConnection({ ...page, nodes: kept, cursors: kept.map((k) => k.cursor) }, (k) => ({
      workerId: k.r.workerId,
      qualifyingRounds: k.r.qualifyingRounds,
      worker: k.worker!,
    }));
  }
}

@Resolver(() => UnservedJobSeeker)
export class UnservedJobSeekerResolver {
  constructor(
    private readonly workers: WorkersService,
    private readonly divisions: RegionsService,
  ) {}

  @ResolveField(() => Worker)
  worker(@Parent() row: UnservedJobSeeker): Worker {
    // Decided by the worker gate when the page was built (rows it hid are not on the page).
    return row.worker;
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
