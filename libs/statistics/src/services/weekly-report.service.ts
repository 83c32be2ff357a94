import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, assertCanSeeRegion, FieldReason, invalidField, isRegionCodeShaped, regionCodeRange } from '@app/common';
import { invalidStatisticsField, StatisticsFieldReason } from '../statistics.exception.js';
import type { PlacementScope } from '@app/placements';
import type { PostingKind } from '@app/postings';
import { RegionsService } from '@app/regions';
import { isoWeek, type IsoWeek } from '../statistics-period.js';
import { StatisticsDimension, type StatisticsMetrics } from '../statistics-types.js';
import { EmploymentTargetsService, progressOf } from './employment-targets.service.js';
import { PlacementStatisticsService } from './placement-statistics.service.js';

/**
 * One line of 「进度汇总」: the one place the weekly report's numbers are made, for the xlsx (每周一报送) and the
 * weeklyReport preview alike.
 */
export interface WeeklyProgressLine {
  regionCode: string;
  /** Workers in a placement on the week's last day (Sunday): workersEmployed of that single day. */
  employedAtWeekEnd: number;
  /** placementsStarted Monday to Sunday. */
  newPlacements: number;
  /** returnees Monday to Sunday. */
  returnees: number;
  /** The calendar year's target (the year the Sunday falls in); null when none is set. */
  target: number | null;
  /** workersEmployed from 1 January to the Sunday: what the target is measured against. */
  employedThisYear: number;
  progress: number | null;
  subsidyClaimed: number;
  subsidyPaid: number;
}

export interface WeeklyProgress {
  regionCode: string;
  week: IsoWeek;
  year: number;
  lines: WeeklyProgressLine[];
  /** Computed directly for the whole region (never by adding lines up); the target is the region's own. */
  totals: WeeklyProgressLine;
  /** The earliest of the snapshots its three statistics were read in (milliseconds apart): true as of then. */
  dataAsOf: Date;
}

/** One line of 「新增就业明细」: a placement started in the week. */
export interface NewPlacementLine {
  id: string;
  workerName: string;
  maskedIdNumber: string;
  hukouRegionCode: string;
  workRegionCode: string;
  postingTitle: string;
  postingKind: PostingKind;
  scope: PlacementScope;
  startDate: string;
}

export interface WeeklyReportRequest {
  regionCode: string;
  week: IsoWeek;
}

const DETAIL_BATCH = 1_000;

@Injectable()
export class WeeklyReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
    private readonly statistics: PlacementStatisticsService,
    private readonly targets: EmploymentTargetsService,
  ) {}

  /** Checks the parameters (BAD_USER_INPUT naming each) and then the jurisdiction (FORBIDDEN), before any work. */
  authorize(actor: Actor, regionCode: unknown, week: unknown): WeeklyReportRequest {
    if (typeof regionCode !== 'string' || !isRegionCodeShaped(regionCode)) {
      throw invalidField('regionCode', FieldReason.REGION_CODE);
    }
    if (typeof week !== 'string' || week.length > 20) throw invalidStatisticsField('week', StatisticsFieldReason.WEEK_FORMAT);
    const region = this.regions.require(regionCode, 'regionCode');
    const parsed = isoWeek(week, 'week');
    assertCanSeeRegion(actor, region.code);
    return { regionCode: region.code, week: parsed };
  }

  async progress({ regionCode, week }: WeeklyReportRequest): Promise<WeeklyProgress> {
    const year = Number(week.sunday.slice(0, 4));
    const children = this.statistics.childRegions(regionCode).map((r) => r.code);
    const byChild = [StatisticsDimension.CHILD_REGION];
    const [atWeekEnd, inWeek, thisYear, targets] = await Promise.all([
      this.statistics.compute(regionCode, { from: week.sunday, to: week.sunday }, byChild),
      this.statistics.compute(regionCode, { from: week.monday, to: week.sunday }, byChild),
      this.statistics.compute(regionCode, { from: `${year}-01-01`, to: week.sunday }, byChild),
      this.targets.targetsOf([...new Set([regionCode, ...children])], year),
    ]);
    const rowOf = (result: typeof atWeekEnd, code: string) => result.rows.find((r) => r.childRegionCode === code);
    const line = (
      code: string,
      end: StatisticsMetrics | undefined,
      week: StatisticsMetrics | undefined,
      year: StatisticsMetrics | undefined,
    ): WeeklyProgressLine => {
      const target = targets.get(code) ?? null;
      const employedThisYear = year?.workersEmployed ?? 0;
      return {
        regionCode: code,
        employedAtWeekEnd: end?.workersEmployed ?? 0,
        newPlacements: week?.placementsStarted ?? 0,
        returnees: week?.returnees ?? 0,
        target,
        employedThisYear,
        progress: progressOf(employedThisYear, target),
        subsidyClaimed: week?.subsidyClaimed ?? 0,
        subsidyPaid: week?.subsidyPaid ?? 0,
      };
    };
    // Every child is listed (zeros included); a code outside the tree would show up as an extra row of the statistics.
    const codes = inWeek.rows.map((r) => r.childRegionCode!);
    return {
      regionCode,
      week,
      year,
      lines: codes.map((code) => line(code, rowOf(atWeekEnd, code), rowOf(inWeek, code), rowOf(thisYear, code))),
      totals: line(regionCode, atWeekEnd.totals, inWeek.totals, thisYear.totals),
      dataAsOf: new Date(Math.min(...[atWeekEnd, inWeek, thisYear].map((r) => r.dataAsOf.getTime()))),
    };
  }

  /** Placements started in the week, by hukou county then start date, a batch at a time so a sheet can stream them. */
  async *newPlacements({ regionCode, week }: WeeklyReportRequest, batch = DETAIL_BATCH): AsyncGenerator<NewPlacementLine[]> {
    const [low, high] = regionCodeRange(regionCode);
    let after: [string, string, string] | null = null;
    for (;;) {
      const params: unknown[] = [low, high, week.monday, week.sunday];
      if (after) params.push(...after);
      const rows: NewPlacementLine[] = await this.dataSource.query(
        `SELECT pl.id, w.name AS "workerName", w.id_masked AS "maskedIdNumber", pl.hukou_region_code AS "hukouRegionCode",
                pl.work_region_code AS "workRegionCode", po.title AS "postingTitle", pl.posting_kind AS "postingKind",
                pl.scope, to_char(pl.start_date, 'YYYY-MM-DD') AS "startDate"
         FROM placements pl
         JOIN workers w ON w.id = pl.worker_id
         JOIN postings po ON po.id = pl.posting_id
         WHERE pl.hukou_region_code >= $1 AND pl.hukou_region_code < $2 AND pl.status <> 'CANCELLED' AND pl.start_date >= $3::date AND pl.start_date <= $4::date
           ${after ? 'AND (pl.hukou_region_code, pl.start_date, pl.id) > ($5::char(6), $6::date, $7::uuid)' : ''}
         ORDER BY pl.hukou_region_code, pl.start_date, pl.id
         LIMIT ${batch}`,
        params,
      );
      if (rows.length > 0) yield rows;
      if (rows.length < batch) return;
      const last = rows[rows.length - 1];
      after = [last.hukouRegionCode, last.startDate, last.id];
    }
  }
}
