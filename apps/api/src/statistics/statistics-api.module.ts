import { Module } from '@nestjs/common';
import { RegionsModule } from '@app/regions';
import { StatisticsModule, StatisticsRollupModule } from '@app/statistics';
import { PlacementStatisticsSubsidiesResolver } from './placement-statistics-subsidies.resolver.js';
import { StatisticsResolver } from './statistics.resolver.js';

/** placementStatistics and friends, and the rollup's in-process refresh (unless OUTBOX_RELAY is off: apps/worker runs it). */
@Module({ imports: [StatisticsModule, StatisticsRollupModule.forRoot(), RegionsModule], providers: [StatisticsResolver, PlacementStatisticsSubsidiesResolver] })
export class StatisticsApiModule {}
