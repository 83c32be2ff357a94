import { Module } from '@nestjs/common';
import { RegionsModule } from '@app/regions';
import { StatisticsModule } from '@app/statistics';
import { WeeklyReportController } from './weekly-report.controller.js';
import { WeeklyReportResolver } from './weekly-report.resolver.js';

/** The weekly report as a spreadsheet (REST) and as its on-screen preview (GraphQL weeklyReport), from one service. */
@Module({ imports: [StatisticsModule, RegionsModule], controllers: [WeeklyReportController], providers: [WeeklyReportResolver] })
export class ReportsApiModule {}
