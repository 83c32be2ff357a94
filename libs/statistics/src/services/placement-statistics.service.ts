import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, assertCanSeeRegion, regionCodeRange, regionLevel } from '@app/common';
import { invalidStatisticsField, StatisticsFieldReason } from '../statistics.exception.js';
import { PlacementScope } from '@app/placements';
import { PostingKind } from '@app/postings';
import { type RegionEntity, RegionsService } from '@app/regions';
import { SubsidyKind } from '@app/subsidies';
import { WorkerCategory } from '@app/workers';
import { monthsOf, type Period, resolvePeriod } from '../statistics-period.js';
import {
  DIMENSION_ORDER,
  type PlacementStatisticsResult,
  StatisticsDimension,
  type StatisticsMetrics,
  type StatisticsQuery,
  type StatisticsRow,
  StatisticsSide,
  type SubsidyKindAmounts,
  ZERO_METRICS,
} from '../statistics-types.js';
import { planRollup } from '../rollup/rollup-periods.js';
import { groupingOf, rollupRowsSql } from '../rollup/rollup-sql.js';
import { dimensionColumn, rowsSql, subsidiesByKindSql, totalsSql } from './statistics-sql.js';

/** More rows than anyone reads on a screen or a sheet: the caller should narrow the period or the breakdown. */
export const MAX_STATISTICS_ROWS = 20_000;

/** Enough for a province's workers in one hash table (the default 4 MB spills to disk). */
const STATISTICS_WORK_MEM = '64MB';

type Key = string | null;

/** A read and the moment of the snapshot it was read in. */
interface Snapshot<T> {
  value: T;
  asOf: Date;
}

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

  /**
   * BUREAU (its jurisdiction or any part of it) and ADMIN. On the WORKPLACE side the region is where the workers work,
   * and the jurisdiction is checked against it the same way: a receiving bureau sees its own region's workers (counts
   * only), never another region's.
   */
  async statistics(actor: Actor, query: StatisticsQuery): Promise<PlacementStatisticsResult> {
    const region = this.regions.require(query.regionCode, 'regionCode');
    assertCanSeeRegion(actor, region.code);
    const period = resolvePeriod(query);
    const side = query.side ?? StatisticsSide.HUKOU;
    const groupBy = query.groupBy ?? [];
    // Seen from the hukou side every worker of the region comes from its own province: one row, no information.
    if (side === StatisticsSide.HUKOU && groupBy.includes(StatisticsDimension.HUKOU_PROVINCE)) {
      throw invalidStatisticsField('groupBy', StatisticsFieldReason.HUKOU_PROVINCE_WORKPLACE_ONLY);
    }
    return this.compute(region.code, period, groupBy, side);
  }

  /**
   * Subsidies claimed and paid by kind, for a region the caller has already been allowed to see (every kind listed,
   * zeros included); the amounts add up to subsidyClaimed / subsidyPaid of the same question.
   */
  async subsidiesByKind(regionCode: string, period: Period, side: StatisticsSide): Promise<SubsidyKindAmounts[]> {
    const [low, high] = regionCodeRange(regionCode);
    const { value } = await this.readOnly((q) => q<SubsidyKindAmounts>(subsidiesByKindSql(side), [low, high, period.from, period.to, null]));
    const found = new Map(value.map((row) => [row.kind, row]));
    return Object.values(SubsidyKind).map((kind) => ({
      kind,
      subsidyClaimed: found.get(kind)?.subsidyClaimed ?? 0,
      subsidyPaid: found.get(kind)?.subsidyPaid ?? 0,
    }));
  }

  /** The direct children of a region; a county (or a city without counties) is its own only child. */
  childRegions(regionCode: string): RegionEntity[] {
    const children = this.regions.children(regionCode);
    return children.length > 0 ? children : [this.regions.require(regionCode, 'regionCode')];
  }

  /**
   * The numbers for a region the caller has already been allowed to see, on either side. Months, calendar years and
   * statistics cycles come from the rollup (../rollup) for the side's counties it holds current, and live for the
   * counties changed since its last refresh, in one snapshot, where the rollup's county rows add up (rollupAddsUp);
   * anything else is computed live.
   */
  async compute(
    regionCode: string,
    period: Period,
    groupBy: readonly StatisticsDimension[],
    side: StatisticsSide = StatisticsSide.HUKOU,
  ): Promise<PlacementStatisticsResult> {
    const dimensions = DIMENSION_ORDER.filter((d) => groupBy.includes(d));
    const axes = dimensions.map((d) => this.axis(d, regionCode, period));
    const cells = axes.reduce((n, axis) => n * axis.length, 1);
    if (cells > MAX_STATISTICS_ROWS) {
      throw invalidStatisticsField('groupBy', StatisticsFieldReason.BREAKDOWN_TOO_LARGE, { cells, max: MAX_STATISTICS_ROWS });
    }
    const live = new LiveStatements(regionCode, side, period, dimensions);
    const answerable = rollupAddsUp(side, regionCode) && planRollup(period, dimensions.includes(StatisticsDimension.MONTH)).rowPeriods !== null;
    const { value, asOf } = answerable ? await this.fromRollup(live) : await this.allLive(live);
    const { totals, found } = value;
    const rows = dimensions.length > 0 ? fillGrid(dimensions, axes, spreadMonths(found, live.months)) : [{ ...emptyKeys(), ...totals }];
    return { regionCode, side, period, groupBy: dimensions, totals, rows, dataAsOf: asOf };
  }

  /**
   * Totals and rows side by side on two connections: the slow path, so at least not one after the other. The two
   * snapshots are milliseconds apart; the answer is as of the earlier.
   */
  private async allLive(live: LiveStatements): Promise<Snapshot<{ totals: StatisticsMetrics; found: FoundRow[] }>> {
    const [totals, found] = await Promise.all([
      this.readOnly((q) => live.totals(q, null)),
      live.dimensions.length > 0 ? this.readOnly((q) => live.rows(q, null)) : null,
    ]);
    const asOf = found && found.asOf < totals.asOf ? found.asOf : totals.asOf;
    return { value: { totals: totals.value, found: found?.value ?? [] }, asOf };
  }

  /**
   * One REPEATABLE READ snapshot, so the dirty list, the rollup rows and the live rows agree: a county is either
   * clean and read from the rollup, or dirty and counted live (a worker belongs to one of the counties added: rollupAddsUp).
   */
  private fromRollup(live: LiveStatements): Promise<Snapshot<{ totals: StatisticsMetrics; found: FoundRow[] }>> {
    const { period, dimensions } = live;
    return this.readOnly(async (q) => {
      const [low, high] = live.range;
      const [state] = await q<{ horizon: string; dirty: string[] }>(
        `SELECT horizon::text AS horizon,
                ARRAY(SELECT DISTINCT county_code::text FROM statistics_dirty WHERE side = $3 AND county_code >= $1 AND county_code < $2) AS dirty
         FROM statistics_rollup_state`,
        [low, high, live.side],
      );
      const plan = planRollup(period, dimensions.includes(StatisticsDimension.MONTH), state.horizon);
      if (!plan.rowPeriods) {
        // The horizon has not reached this period yet (before the first refresh): all live, in this snapshot.
        return { totals: await live.totals(q, null), found: dimensions.length > 0 ? await live.rows(q, null) : [] };
      }
      const fromRollup = (periods: Period[], dims: readonly StatisticsDimension[]) =>
        q<FoundRow>(rollupRowsSql(live.side, regionLevel(live.regionCode), dims), [
          low,
          high,
          periods.map((p) => p.from),
          periods.map((p) => p.to),
          state.dirty,
          groupingOf(live.side, dims),
        ]);
      const dirty = state.dirty.length > 0 ? state.dirty : null;
      const totals = plan.totals
        ? addMetrics((await fromRollup([period], []))[0], dirty ? await live.totals(q, dirty) : ZERO_METRICS)
        : await live.totals(q, null);
      const found = dimensions.length > 0 ? [...(await fromRollup(plan.rowPeriods, dimensions)), ...(dirty ? await live.rows(q, dirty) : [])] : [];
      return { totals, found };
    });
  }

  /**
   * Big hash aggregates (a province's workers) must stay in memory to be fast; the setting lasts only for this
   * read-only transaction, not for the pooled connection. The first statement takes the snapshot, so its timestamp is
   * the moment everything read here is true as of.
   */
  private readOnly<T>(work: (q: RunQuery) => Promise<T>): Promise<Snapshot<T>> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query(`SET TRANSACTION READ ONLY; SET LOCAL work_mem = '${STATISTICS_WORK_MEM}'`);
      const [{ asOf }] = await manager.query<Array<{ asOf: Date }>>(`SELECT statement_timestamp() AS "asOf"`);
      return { value: await work(async <R>(sql: string, params: unknown[]) => manager.query<R[]>(sql, params)), asOf };
    });
  }

  /** Every value a dimension can take here, so rows come back complete (zeros included) and in a stable order. */
  private axis(dimension: StatisticsDimension, regionCode: string, period: Period): Key[] {
    switch (dimension) {
      case StatisticsDimension.CHILD_REGION:
        return this.childRegions(regionCode).map((r) => r.code);
      case StatisticsDimension.HUKOU_PROVINCE:
        return this.regions.children(null).map((r) => r.code);
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
  return { childRegionCode: null, hukouProvinceCode: null, category: null, scope: null, postingKind: null, month: null };
}

type RunQuery = <R>(sql: string, params: unknown[]) => Promise<R[]>;

/**
 * Whether a region's numbers are the sum of its counties' rollup rows. On the hukou side a worker belongs to one
 * county, so they are. On the workplace side a worker may have worked in two counties in one period (a job in 深圳,
 * then one in 东莞): each county counts them, the province once, so adding county rows would count them twice
 * (workers employed, returnees). There only a county itself is read from the rollup; a city or province is counted
 * live (docs/architecture.md#statistics-rollup).
 */
export function rollupAddsUp(side: StatisticsSide, regionCode: string): boolean {
  return side === StatisticsSide.HUKOU || regionLevel(regionCode) === 'COUNTY';
}

/** The live statements (statistics-sql.ts) for one region, period and breakdown; `counties` narrows them to some. */
class LiveStatements {
  readonly range: [string, string];
  readonly months: string[];

  constructor(
    readonly regionCode: string,
    readonly side: StatisticsSide,
    readonly period: Period,
    readonly dimensions: StatisticsDimension[],
  ) {
    this.range = regionCodeRange(regionCode);
    this.months = monthsOf(period);
  }

  async totals(q: RunQuery, counties: string[] | null): Promise<StatisticsMetrics> {
    return { ...(await q<StatisticsMetrics>(totalsSql(this.side), this.params(counties)))[0] };
  }

  rows(q: RunQuery, counties: string[] | null): Promise<FoundRow[]> {
    const params = this.params(counties);
    const byMonth = this.dimensions.includes(StatisticsDimension.MONTH);
    return q<FoundRow>(
      rowsSql(this.side, regionLevel(this.regionCode), this.dimensions, this.months.length),
      byMonth ? [...params, monthNumber(this.period.from)] : params,
    );
  }

  private params(counties: string[] | null): unknown[] {
    return [this.range[0], this.range[1], this.period.from, this.period.to, counties];
  }
}

function addMetrics(a: StatisticsMetrics, b: StatisticsMetrics): StatisticsMetrics {
  return {
    workersEmployed: a.workersEmployed + b.workersEmployed,
    placementsStarted: a.placementsStarted + b.placementsStarted,
    returnees: a.returnees + b.returnees,
    subsidyClaimed: a.subsidyClaimed + b.subsidyClaimed,
    subsidyPaid: a.subsidyPaid + b.subsidyPaid,
  };
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
    counted.set(id, addMetrics(counted.get(id) ?? ZERO_METRICS, row));
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
    case StatisticsDimension.HUKOU_PROVINCE:
      row.hukouProvinceCode = value;
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
