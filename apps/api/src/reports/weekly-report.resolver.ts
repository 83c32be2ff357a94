import { Args, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, Role, Roles } from '@app/common';
import { RegionsService } from '@app/regions';
import { WeeklyReportService } from '@app/statistics';
import { statisticsRegion } from '../statistics/statistics-region.js';
import { toWeeklyReport, WeeklyReport } from './weekly-report.type.js';

/** The weekly report on screen (周报 preview): the same service, checks and numbers as GET /reports/weekly.xlsx. */
@Resolver()
export class WeeklyReportResolver {
  constructor(
    private readonly reports: WeeklyReportService,
    private readonly divisions: RegionsService,
  ) {}

  @Roles(Role.BUREAU, Role.ADMIN)
  @Query(() => WeeklyReport, {
    description:
      'The weekly progress report (每周一报送) of a region inside your jurisdiction, as sheet 进度汇总 of GET /reports/weekly.xlsx: week as 2026-W47 or any date of it',
  })
  async weeklyReport(@CurrentActor() actor: Actor, @Args('regionCode') regionCode: string, @Args('week') week: string): Promise<WeeklyReport> {
    const request = this.reports.authorize(actor, regionCode, week);
    return toWeeklyReport(await this.reports.progress(request), this.region);
  }

  private region = statisticsRegion(this.divisions);
}
