import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, byKeys, CurrentActor, requestLoader, Role } from '@app/common';
import { ApplicationsService } from '@app/placements';
import { Application, toApplication } from '../placements/application.type.js';
import { Posting } from './posting.type.js';

/**
 * Posting.myApplication: for a signed-in WORKER, their own newest application to the posting (any status), so a result
 * list and a posting page can say "已申请" (and the state it is in). Null for everyone else, without a query. Batched per
 * request: a search page of 20 postings costs one query.
 */
@Resolver(() => Posting)
export class PostingMyApplicationResolver {
  constructor(private readonly applications: ApplicationsService) {}

  @ResolveField(() => Application, {
    nullable: true,
    description: 'A signed-in WORKER’s own newest application to this posting (any status, WITHDRAWN included); null for anyone else',
  })
  myApplication(@Parent() posting: Pick<Posting, 'id'>, @CurrentActor() actor: Actor | undefined, @Context() context: object): Promise<Application | null> {
    const workerId = actor?.role === Role.WORKER ? actor.workerId : null;
    if (!workerId) return Promise.resolve(null);
    // Keyed by the worker too: a loader never mixes callers (one request has one, but the name says whose it is).
    return requestLoader<string, Application | null>(context, `posting.myApplication:${workerId}`, async (postingIds) => {
      const rows = await this.applications.newestOfWorker(workerId, postingIds);
      return byKeys(postingIds, rows.map(toApplication), (a) => a.postingId);
    }).load(posting.id);
  }
}
