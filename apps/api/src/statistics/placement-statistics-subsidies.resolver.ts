import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PlacementStatisticsService } from '@app/statistics';
import { PlacementStatistics, SubsidyKindStatistics } from './placement-statistics.type.js';

/** Subsidies by kind, read only when asked for: the dashboard's 补贴 chart, not every table. */
@Resolver(() => PlacementStatistics)
export class PlacementStatisticsSubsidiesResolver {
  constructor(private readonly statistics: PlacementStatisticsService) {}

  @ResolveField(() => [SubsidyKindStatistics], {
    description:
      'Subsidies claimed and paid by kind for the same region, side and period as the totals (every kind listed, zeros included); they add up to totals.subsidyClaimed / subsidyPaid',
  })
  subsidiesByKind(@Parent() parent: PlacementStatistics): Promise<SubsidyKindStatistics[]> {
    const { regionCode, period, side } = parent.question;
    return this.statistics.subsidiesByKind(regionCode, period, side);
  }
}
