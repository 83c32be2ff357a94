import { Module } from '@nestjs/common';
import { RegionsModule } from '@app/regions';
import { StatisticsModule } from '@app/statistics';
import { StatisticsResolver } from './statistics.resolver.js';

@Module({ imports: [StatisticsModule, RegionsModule], providers: [StatisticsResolver] })
export class StatisticsApiModule {}
