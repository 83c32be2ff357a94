import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionsModule } from '@app/regions';
import { EmploymentTargetEntity } from './entities/employment-target.entity.js';
import { StatisticsRollupRefresher } from './rollup/statistics-rollup-refresher.js';
import { EmploymentTargetsService } from './services/employment-targets.service.js';
import { PlacementStatisticsService } from './services/placement-statistics.service.js';
import { WeeklyReportService } from './services/weekly-report.service.js';
import { ZeroEmploymentHouseholdsService } from './services/zero-employment-households.service.js';

const SERVICES = [PlacementStatisticsService, EmploymentTargetsService, ZeroEmploymentHouseholdsService, WeeklyReportService, StatisticsRollupRefresher];

@Module({
  imports: [TypeOrmModule.forFeature([EmploymentTargetEntity]), RegionsModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class StatisticsModule {}
