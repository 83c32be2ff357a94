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

  @Roles(Role.ADMIN, Role.BUREAU, Role.EMPLOYER, Role.AGENT)
  @Query(() => UnclaimedSubsidyConnection, {
    description:
      '应发尽发: subsidies ELIGIBLE today without a live claim, oldest placement first, the worker through placement.worker. A bureau: its region’s people, every beneficiary (ADMIN names the region); an employer or agency: what it may claim itself at its own placements (as employer, or as organising agency)',
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
