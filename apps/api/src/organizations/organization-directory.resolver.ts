import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, canSeeRegion, CurrentActor, requestLoader, Role, Roles, toConnection } from '@app/common';
import { OrganizationDirectoryService, type PostingCounts } from '@app/organizations';
import { RegionsService } from '@app/regions';
import { toRegion } from '../regions/region.mapper.js';
import { Region } from '../regions/region.type.js';
import { Organization, OrganizationConnection, toOrganization } from './organization.type.js';
import { OrganizationsArgs } from './organizations.args.js';

/**
 * The organisation directory and the 待认定机构 queue: what a verifier reads before verifyOrganization (name, kind,
 * credit code, region, registration date, published contact, how many postings), one batched query per field.
 */
@Resolver(() => Organization)
export class OrganizationDirectoryResolver {
  constructor(
    private readonly directory: OrganizationDirectoryService,
    private readonly divisions: RegionsService,
  ) {}

  @Roles(Role.BUREAU, Role.ADMIN)
  @Query(() => OrganizationConnection, {
    description:
      'Organisations registered in the region (a bureau: its jurisdiction, the default), oldest registration first; verified: false is the 待认定机构 queue',
  })
  async organizations(@CurrentActor() actor: Actor, @Args() args: OrganizationsArgs): Promise<OrganizationConnection> {
    return toConnection(await this.directory.list(actor, args.filter ?? {}, args.first, args.after), toOrganization);
  }

  @ResolveField(() => Region, { description: 'Where it is registered, with the full name (贵州省黔南布依族苗族自治州惠水县)' })
  region(@Parent() organization: Organization): Region {
    // The code is a foreign key to regions: the region exists.
    return toRegion(this.divisions.find(organization.regionCode)!, this.divisions);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Its postings, whatever their status: for a bureau of its region, ADMIN and its own accounts; null for anyone else',
  })
  async postingCount(@Parent() organization: Organization, @CurrentActor() actor: Actor | undefined, @Context() context: object): Promise<number | null> {
    return (await this.countsFor(context, actor, organization))?.all ?? null;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Its OPEN postings; null where postingCount is' })
  async openPostingCount(@Parent() organization: Organization, @CurrentActor() actor: Actor | undefined, @Context() context: object): Promise<number | null> {
    return (await this.countsFor(context, actor, organization))?.open ?? null;
  }

  /** Unpublished and closed postings are the organisation's business: counted only for its bureau and itself. */
  private countsFor(context: object, actor: Actor | undefined, organization: Organization): Promise<PostingCounts | null> {
    const allowed = actor && (actor.organizationId === organization.id || canSeeRegion(actor, organization.regionCode));
    if (!allowed) return Promise.resolve(null);
    return requestLoader<string, PostingCounts>(context, 'organization.postingCounts', async (ids) => {
      const counts = await this.directory.postingCounts(ids);
      return ids.map((id) => counts.get(id)!);
    }).load(organization.id);
  }
}
