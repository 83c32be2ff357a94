import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, IdArg, Public, Role, Roles, toConnection } from '@app/common';
import { OrganizationsService } from '@app/organizations';
import { type PostingEntity, PostingsService, toPostingView } from '@app/postings';
import { RegionsService } from '@app/regions';
import { loadOrganization } from '../organizations/organization.loader.js';
import { Organization } from '../organizations/organization.type.js';
import { CreatePostingInput } from './create-posting.input.js';
import { Posting, PostingConnection, toPosting } from './posting.type.js';
import { PostingsArgs } from './postings.args.js';
import { UpdatePostingInput } from './update-posting.input.js';

type PostingNode = ReturnType<typeof toPosting>;

const node = (entity: PostingEntity, regions: RegionsService): PostingNode => toPosting(toPostingView(entity), regions);

@Resolver(() => Posting)
export class PostingsResolver {
  constructor(
    private readonly postingsService: PostingsService,
    private readonly organizations: OrganizationsService,
    private readonly regions: RegionsService,
  ) {}

  @Roles(Role.EMPLOYER, Role.BUREAU, Role.ADMIN)
  @Mutation(() => Posting, { description: 'EMPLOYER: for its own organisation (not PUBLIC_WELFARE); BUREAU: PUBLIC_WELFARE posts in its jurisdiction' })
  async createPosting(@CurrentActor() actor: Actor, @Args('input') input: CreatePostingInput): Promise<PostingNode> {
    return node(await this.postingsService.create(actor, input), this.regions);
  }

  @Roles(Role.EMPLOYER, Role.BUREAU, Role.ADMIN)
  @Mutation(() => Posting, { description: 'The owner edits a posting that is not closed' })
  async updatePosting(@CurrentActor() actor: Actor, @Args('input') input: UpdatePostingInput): Promise<PostingNode> {
    return node(await this.postingsService.update(actor, input), this.regions);
  }

  @Roles(Role.EMPLOYER, Role.BUREAU, Role.ADMIN)
  @Mutation(() => Posting, { description: 'The owner (a bureau for its public-welfare posts) closes a posting; closing twice is harmless' })
  async closePosting(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<PostingNode> {
    return node(await this.postingsService.close(actor, id), this.regions);
  }

  @Roles(Role.EMPLOYER, Role.BUREAU, Role.ADMIN)
  @Mutation(() => Posting, {
    description:
      'The owner (a bureau for its public-welfare posts) reopens a CLOSED posting whose validUntil has not passed: OPEN, or FILLED when no opening is left',
  })
  async reopenPosting(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<PostingNode> {
    return node(await this.postingsService.reopen(actor, id), this.regions);
  }

  @Public()
  @Query(() => Posting, {
    description: 'Anyone sees open postings of visible organisations; owners and the region’s bureau see the rest. Hidden ones are NOT_FOUND.',
  })
  async posting(@CurrentActor() actor: Actor | undefined, @IdArg('id') id: string): Promise<PostingNode> {
    return node(await this.postingsService.get(actor, id), this.regions);
  }

  @Public()
  @Query(() => PostingConnection, { description: 'Newest first, with the same visibility as `posting`' })
  async postings(@CurrentActor() actor: Actor | undefined, @Args() args: PostingsArgs): Promise<PostingConnection> {
    const page = await this.postingsService.list(actor, args.filter ?? {}, args.first, args.after);
    return toConnection(page, (entity) => node(entity, this.regions)) as PostingConnection;
  }

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() posting: PostingNode, @Context() context: object): Promise<Organization | null> {
    return loadOrganization(context, this.organizations, posting.organizationId);
  }
}
