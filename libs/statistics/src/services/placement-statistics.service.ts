import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, assertCanSeeRegion, InvalidInputError, regionCodeRange, regionLevel } from '@app/common';
import { PlacementScope } from '@app/placements';
import { PostingKind } from '@app/postings';
import { type RegionEntity, RegionsService } from '@app/regions';
import { WorkerCategory } from '@app/workers';
import { monthsOf, type Period, resolvePeriod } from '../statistics-period.js';
import {
  DIMENSION_ORDER,
  type PlacementStatisticsResult,
  StatisticsDimension,
  type StatisticsMetrics,
  type StatisticsQuery,
  type StatisticsRow,
  ZERO_METRICS,
} from '../statistics-types.js';
import { dimensionColumn, rowsSql, TOTALS_SQL } from './statistics-sql.js';

/** More rows than anyone reads on a screen or a sheet: the caller should narrow the period or the breakdown. */
export const MAX_STATISTICS_ROWS = 20_000;

/** Enough for a province's workers in one hash table (the default 4 MB spills to disk). */
const STATISTICS_WORK_MEM = '64MB';

type Key = string | null;

/**
 * 务工规模 and friends for a bureau's jurisdiction. A read model over other domains' tables (placements, workers'
 * category periods, subsidy claims), so it is plain SQL here rather than calls into their services: one statement
 * for the totals and one for the rows, whatever the breakdown.
 */
@Injectable()
export class PlacementStatisticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
  ) {}

  /** BUREAU (its jurisdiction or any part of it) and ADMIN. */
  async statistics(actor: Actor, query: StatisticsQuery): Promise<PlacementStatisticsResult> {
    const region = this.regions.require(query.regionCode, 'regionCode');
    assertCanSeeRegion(actor, region.code);
    const period = resolvePeriod(query);
    return this.compute(region.code, period, query.groupBy ?? []);
  }

  /** The direct children of a region; a county (or a city without counties) is its own only child. */
  childRegions(regionCode: string): RegionEntity[] {
    const children = this.regions.children(regionCode);
    return children.length > 0 ? children : [this.regions.require(regionCode, 'regionCode')];
  }

  /** The numbers for a region the caller has already been allowed to see. */
  async compute(regionCode: string, period: Period, groupBy: readonly StatisticsDimension[]): Promise<PlacementStatisticsResult> {
    const dimensions = DIMENSION_ORDER.filter((d) => groupBy.includes(d));
    const axes = dimensions.map((d) => this.axis(d, regionCode, period));
    const cells = axes.reduce((n, axis) => n * axis.length, 1);
    if (cells > MAX_STATISTICS_ROWS) {
      throw new InvalidInputError('groupBy', `this breakdown has ${cells} rows (at most ${MAX_STATISTICS_ROWS}): shorten the period or group by fewer dimensions`);
    }
    const [low, high] = regionCodeRange(regionCode);
    const params = [low, high, period.from, period.to];
    const months = monthsOf(period);
    const byMonth = dimensions.includes(StatisticsDimension.MONTH);
    const [totalsResult, found] = await Promise.all([
      this.query<StatisticsMetrics>(TOTALS_SQL, params),
      dimensions.length > 0
        ? this.query<FoundRow>(rowsSql(regionLevel(regionCode), dimensions, months.length), byMonth ? [...params, monthNumber(period.from)] : params)
        : [],
    ]);
    const totals = { ...totalsResult[0] };
    const rows = dimensions.length > 0 ? fillGrid(dimensions, axes, spreadMonths(found, months)) : [{ ...emptyKeys(), ...totals }];
    return { regionCode, period, groupBy: dimensions, totals, rows };
  }

  /**
   * Big hash aggregates (a province's workers) must stay in memory to be fast; the setting lasts only for this
   * read-only transaction, not for the pooled connection.
   */
  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET TRANSACTION READ ONLY; SET LOCAL work_mem = '${STATISTICS_WORK_MEM}'`);
      return (await manager.query(sql, params)) as T[];
    });
  }

  /** Every value a dimension can take here, so rows come back complete (zeros included) and in a stable order. */
  private axis(dimension: StatisticsDimension, regionCode: string, period: Period): Key[] {
    switch (dimension) {
      case StatisticsDimension.CHILD_REGION:
        return this.childRegions(regionCode).map((r) => r.code);
      case StatisticsDimension.MONTH:
        return monthsOf(period);
      case StatisticsDimension.CATEGORY:
        return Object.values(WorkerCategory);
      case StatisticsDimension.SCOPE:
        return Object.values(PlacementScope);
      case StatisticsDimension.POSTING_KIND:
        return Object.values(PostingKind);
    }
  }
}

function emptyKeys(): Omit<StatisticsRow, keyof StatisticsMetrics> {
  return { childRegionCode: null, category: null, scope: null, postingKind: null, month: null };
}

type FoundRow = Record<string, unknown> & StatisticsMetrics & { month?: string | null; employedByMonth?: number[] | null };

/** year * 12 + month - 1: the MONTH statement's base, so the period's first month is bit 0. */
function monthNumber(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** The employment branch of a MONTH statement carries one count per month: make them rows of their own. */
function spreadMonths(found: FoundRow[], months: string[]): FoundRow[] {
  return found.flatMap((row) =>
    row.employedByMonth
      ? row.employedByMonth.map((workersEmployed, i) => ({ ...row, ...ZERO_METRICS, workersEmployed, month: months[i], employedByMonth: null }))
      : [row],
  );
}

/** The cross product of the axes, with the counted rows (several per key, one per branch) added over the zeros. */
function fillGrid(dimensions: StatisticsDimension[], axes: Key[][], found: FoundRow[]): StatisticsRow[] {
  const counted = new Map<string, StatisticsMetrics>();
  for (const row of found) {
    const key = dimensions.map((d, i) => {
      const value = (row[dimensionColumn(d)] as Key) ?? null;
      // A value outside the axis (a placement whose worker held no category that day): give it a row of its own.
      if (!axes[i].includes(value)) axes[i].push(value);
      return value;
    });
    const id = JSON.stringify(key);
    const sum = counted.get(id) ?? { ...ZERO_METRICS };
    sum.workersEmployed += row.workersEmployed;
    sum.placementsStarted += row.placementsStarted;
    sum.returnees += row.returnees;
    sum.subsidyClaimed += row.subsidyClaimed;
    sum.subsidyPaid += row.subsidyPaid;
    counted.set(id, sum);
  }
  let keys: Key[][] = [[]];
  for (const axis of axes) keys = keys.flatMap((prefix) => axis.map((value) => [...prefix, value]));
  return keys.map((key) => {
    const row: StatisticsRow = { ...emptyKeys(), ...(counted.get(JSON.stringify(key)) ?? ZERO_METRICS) };
    dimensions.forEach((d, i) => assignKey(row, d, key[i]));
    return row;
  });
}

function assignKey(row: StatisticsRow, dimension: StatisticsDimension, value: Key): void {
  switch (dimension) {
    case StatisticsDimension.CHILD_REGION:
      row.childRegionCode = value;
      break;
    case StatisticsDimension.CATEGORY:
      row.category = value as WorkerCategory | null;
      break;
    case StatisticsDimension.SCOPE:
      row.scope = value as PlacementScope | null;
      break;
    case StatisticsDimension.POSTING_KIND:
      row.postingKind = value as PostingKind | null;
      break;
    case StatisticsDimension.MONTH:
      row.month = value;
      break;
  }
}
