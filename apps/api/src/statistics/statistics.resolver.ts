import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, Role, Roles, toConnection } from '@app/common';
import { RegionsService } from '@app/regions';
import { EmploymentTargetsService, type EmploymentTargetView, PlacementStatisticsService, ZeroEmploymentHouseholdsService } from '@app/statistics';
import { EmploymentTarget, EmploymentTargetsArgs, SetEmploymentTargetInput } from './employment-target.type.js';
import { PlacementStatisticsInput } from './placement-statistics.input.js';
import { PlacementStatistics, toPlacementStatistics } from './placement-statistics.type.js';
import { statisticsRegion } from './statistics-region.js';
import { ZeroEmploymentHouseholdConnection, ZeroEmploymentHouseholdsArgs } from './zero-employment-household.type.js';

@Resolver()
export class StatisticsResolver {
  constructor(
    private readonly statistics: PlacementStatisticsService,
    private readonly targets: EmploymentTargetsService,
    private readonly households: ZeroEmploymentHouseholdsService,
    private readonly divisions: RegionsService,
  ) {}

  private region = statisticsRegion(this.divisions);

  private target = (view: EmploymentTargetView): EmploymentTarget => ({ ...view, region: this.region(view.regionCode) });

  @Roles(Role.BUREAU, Role.ADMIN)
  @Query(() => PlacementStatistics, {
    description:
      'Placement numbers of a region, by the workers’ hukou region (side HUKOU, the sending side) or by where they work (side WORKPLACE, the receiving side), for a date range or a statistics cycle, optionally broken down. Counts only, never personal data',
  })
  async placementStatistics(@CurrentActor() actor: Actor, @Args('input') input: PlacementStatisticsInput): Promise<PlacementStatistics> {
    return toPlacementStatistics(await this.statistics.statistics(actor, input), this.region);
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Mutation(() => EmploymentTarget, { description: 'Sets (or replaces) the target of a region inside your jurisdiction for a year' })
  async setEmploymentTarget(@CurrentActor() actor: Actor, @Args('input') input: SetEmploymentTargetInput): Promise<EmploymentTarget> {
    return this.target(await this.targets.set(actor, input));
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Query(() => [EmploymentTarget], { description: 'The region, then each of its direct children: target, achieved and progress for the year' })
  async employmentTargets(@CurrentActor() actor: Actor, @Args() args: EmploymentTargetsArgs): Promise<EmploymentTarget[]> {
    return (await this.targets.list(actor, args.regionCode, args.year)).map(this.target);
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Query(() => ZeroEmploymentHouseholdConnection, { description: '零就业家庭 of the region, with their members, so village cadres can act' })
  async zeroEmploymentHouseholds(@CurrentActor() actor: Actor, @Args() args: ZeroEmploymentHouseholdsArgs): Promise<ZeroEmploymentHouseholdConnection> {
    const page = await this.households.list(actor, args.regionCode, args.first, args.after);
    return toConnection(page, (h) => ({ id: h.id, hukouRegion: this.region(h.hukouRegionCode), members: h.members }));
  }
}
