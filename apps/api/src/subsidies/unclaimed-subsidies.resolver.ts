import { Args, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, Role, Roles } from '@app/common';
import { type PolicyVersion, SubsidyPoliciesService, UnclaimedSubsidiesService } from '@app/subsidies';
import { chainOf, toSubsidyPolicy } from './subsidy.types.js';
import { toUnclaimedConnection, UnclaimedSubsidiesArgs, UnclaimedSubsidyConnection } from './unclaimed-subsidy.types.js';

@Resolver()
export class UnclaimedSubsidiesResolver {
  constructor(
    private readonly unclaimed: UnclaimedSubsidiesService,
    private readonly policies: SubsidyPoliciesService,
  ) {}

  @Roles(Role.ADMIN, Role.BUREAU)
  @Query(() => UnclaimedSubsidyConnection, {
    description:
      '应发尽发: subsidies ELIGIBLE today without a live claim, for a bureau of the region (or ADMIN, naming the region), oldest placement first; the worker through placement.worker',
  })
  async eligibleUnclaimedSubsidies(@CurrentActor() actor: Actor, @Args() args: UnclaimedSubsidiesArgs): Promise<UnclaimedSubsidyConnection> {
    const page = await this.unclaimed.list(actor, args.filter ?? {}, args.first, args.after);
    // Each version shown with its chain: one read per province on the page (almost always one).
    const provinces = [...new Set(page.items.map((i) => i.policy.provinceCode))];
    const versions: PolicyVersion[] = (await Promise.all(provinces.map((code) => this.policies.versionsOf(code)))).flat();
    const chain = chainOf(versions);
    return toUnclaimedConnection(page, (id) => toSubsidyPolicy(chain.get(id)!, chain));
  }
}
