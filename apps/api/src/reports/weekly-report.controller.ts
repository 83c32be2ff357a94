import type { ServerResponse } from 'node:http';
import { Controller, Get, Logger, Query, Res, UseFilters } from '@nestjs/common';
import { type Actor, CurrentActor, Role, Roles } from '@app/common';
import { RegionsService } from '@app/regions';
import { WeeklyReportService } from '@app/statistics';
import { DomainErrorFilter } from '../common/domain-error.filter.js';
import { writeWeeklyReport, XLSX_TYPE } from './weekly-report.workbook.js';

/**
 * Spreadsheet reports over REST (same bearer token as GraphQL): bureaus live in Excel and send these on. Parameters and
 * jurisdiction are checked before the first byte, so errors still come back as JSON with a 400/401/403 status.
 */
@Controller('reports')
@Roles(Role.BUREAU, Role.ADMIN)
@UseFilters(DomainErrorFilter)
export class WeeklyReportController {
  private readonly logger = new Logger(WeeklyReportController.name);

  constructor(
    private readonly reports: WeeklyReportService,
    private readonly divisions: RegionsService,
  ) {}

  /** `GET /reports/weekly.xlsx?regionCode=620000&week=2026-W47` (or any date of the week). */
  @Get('weekly.xlsx')
  async weekly(
    @CurrentActor() actor: Actor,
    @Query('regionCode') regionCode: unknown,
    @Query('week') week: unknown,
    @Res() response: ServerResponse,
  ): Promise<void> {
    const request = this.reports.authorize(actor, regionCode, week);
    const progress = await this.reports.progress(request);
    const name = this.divisions.find(request.regionCode)!.name;
    response.statusCode = 200;
    response.setHeader('Content-Type', XLSX_TYPE);
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="weekly-${request.regionCode}-${request.week.label}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${name}务工就业周报-${request.week.label}.xlsx`)}`,
    );
    try {
      await writeWeeklyReport(response, progress, this.reports.newPlacements(request), {
        name: (code) => this.divisions.find(code)?.name ?? code,
        fullName: (code) => this.divisions.fullName(code) || code,
      });
    } catch (error) {
      // Bytes have gone out: no status can be sent any more, so cut the download short rather than hand over half a file.
      this.logger.error({ err: error }, 'Weekly report failed while streaming');
      response.destroy(error as Error);
    }
  }
}
