import { Module } from '@nestjs/common';
import { RegionsModule } from '@app/regions';
import { StatisticsModule } from '@app/statistics';
import { WeeklyReportController } from './weekly-report.controller.js';

@Module({ imports: [StatisticsModule, RegionsModule], controllers: [WeeklyReportController] })
export class ReportsApiModule {}
