import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PostingsService, toPostingView } from '@app/postings';
import { RegionsService } from '@app/regions';
import { loadPosting } from '../postings/posting.loader.js';
import { Posting, toPosting } from '../postings/posting.type.js';
import { Application } from './application.type.js';
import { PlacementGroup } from './placement-group.type.js';
import { Placement } from './placement.type.js';

type WithPosting = { postingId: string };

async function posting(postings: PostingsService, regions: RegionsService, context: object, parent: WithPosting): Promise<Posting | null> {
  const entity = await loadPosting(context, postings, parent.postingId);
  return entity ? (toPosting(toPostingView(entity), regions) as Posting) : null;
}

/** The posting behind an application, placement or group: its parties need it even after it closed or filled. */
@Resolver(() => Application)
export class ApplicationPostingResolver {
  constructor(
    private readonly postings: PostingsService,
    private readonly regions: RegionsService,
  ) {}

  @ResolveField(() => Posting, { nullable: true })
  posting(@Parent() parent: Application, @Context() context: object): Promise<Posting | null> {
    return posting(this.postings, this.regions, context, parent);
  }
}

@Resolver(() => Placement)
export class PlacementPostingResolver {
  constructor(
    private readonly postings: PostingsService,
    private readonly regions: RegionsService,
  ) {}

  @ResolveField(() => Posting, { nullable: true })
  posting(@Parent() parent: Placement, @Context() context: object): Promise<Posting | null> {
    return posting(this.postings, this.regions, context, parent);
  }
}

@Resolver(() => PlacementGroup)
export class PlacementGroupPostingResolver {
  constructor(
    private readonly postings: PostingsService,
    private readonly regions: RegionsService,
  ) {}

  @ResolveField(() => Posting, { nullable: true })
  posting(@Parent() parent: PlacementGroup, @Context() context: object): Promise<Posting | null> {
    return posting(this.postings, this.regions, context, parent);
  }
}
