import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { Period, PlacementStatisticsResult, StatisticsMetrics, StatisticsRow } from '@app/statistics';
import { PlacementScope } from '../placements/placement-enums.js';
import { PostingKind } from '../postings/posting-enums.js';
import { Region } from '../regions/region.type.js';
import { SubsidyKind } from '../subsidies/subsidy-enums.js';
import { WorkerCategory } from '../workers/worker-enums.js';
import { StatisticsDimension, StatisticsSide } from './statistics-enums.js';

/**
 * Every number is counted in the region of the side asked: the worker's hukou region copied onto the placement or claim
 * at the time (the sending side), or the placement's workplace (the receiving side). Same definitions on both.
 */
@ObjectType({ isAbstract: true })
abstract class StatisticsMetricsFields implements StatisticsMetrics {
  @Field(() => Int, {
    description:
      '务工规模: distinct workers with a placement overlapping the period. A worker counts once in the totals however many placements; ' +
      'in rows they count in every row one of their placements falls in, so rows may add up to more than the total',
  })
  workersEmployed: number;

  @Field(() => Int, { description: 'Placements whose start date lies in the period (rows add up to the total, except by CATEGORY)' })
  placementsStarted: number;

  @Field(() => Int, { description: 'Distinct workers whose placement ended RETURNED_HOME in the period (返乡回流); once per worker in the totals' })
  returnees: number;

  @Field(() => Float, { description: 'Yuan: subsidy claims not rejected, created in the period (Beijing time)' })
  subsidyClaimed: number;

  @Field(() => Float, { description: 'Yuan: subsidy claims PAID with paid_on in the period' })
  subsidyPaid: number;
}

@ObjectType({ description: 'The whole region, computed directly (never the sum of the rows)' })
export class PlacementStatisticsTotals extends StatisticsMetricsFields {}

@ObjectType({ description: 'One combination of the grouped dimensions; the keys not grouped by are null' })
export class PlacementStatisticsRow extends StatisticsMetricsFields {
  @Field(() => Region, { nullable: true, description: 'CHILD_REGION: a child of the region, on the side asked (hukou or workplace)' })
  childRegion: Region | null;

  @Field(() => Region, { nullable: true, description: 'HUKOU_PROVINCE (side WORKPLACE): the province the workers come from' })
  hukouProvince: Region | null;

  @Field(() => WorkerCategory, {
    nullable: true,
    description:
      'A category held on the placement’s start date: a worker in two categories is counted in both rows (once in the totals); null in a CATEGORY row means no category held that day',
  })
  category: WorkerCategory | null;

  @Field(() => PlacementScope, { nullable: true })
  scope: PlacementScope | null;

  @Field(() => PostingKind, { nullable: true })
  postingKind: PostingKind | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM' })
  month: string | null;
}

@ObjectType({ description: 'Subsidies of one kind, counted as subsidyClaimed / subsidyPaid are (the kinds add up to them)' })
export class SubsidyKindStatistics {
  @Field(() => SubsidyKind)
  kind: SubsidyKind;

  @Field(() => Float, { description: 'Yuan: claims of this kind not rejected, created in the period (Beijing time)' })
  subsidyClaimed: number;

  @Field(() => Float, { description: 'Yuan: claims of this kind PAID with paid_on in the period' })
  subsidyPaid: number;
}

@ObjectType()
export class PlacementStatistics {
  @Field(() => Region)
  region: Region;

  @Field(() => StatisticsSide)
  side: StatisticsSide;

  @Field({
    description:
      '数据截至: when the database snapshot the numbers were read in was taken; they are true as of then (never older: counties changed since the rollup’s last refresh are counted live in the same snapshot)',
  })
  dataAsOf: Date;

  @Field({ description: 'First day of the period, YYYY-MM-DD' })
  from: string;

  @Field({ description: 'Last day of the period (included), YYYY-MM-DD' })
  to: string;

  @Field(() => [StatisticsDimension])
  groupBy: StatisticsDimension[];

  @Field(() => PlacementStatisticsTotals)
  totals: PlacementStatisticsTotals;

  @Field(() => [PlacementStatisticsRow], { description: 'Without groupBy, one row equal to the totals' })
  rows: PlacementStatisticsRow[];

  /** What subsidiesByKind is asked for (already authorised): not a field. */
  question: { regionCode: string; period: Period; side: StatisticsSide };
}

export function toPlacementStatistics(result: PlacementStatisticsResult, region: (code: string) => Region): PlacementStatistics {
  const metrics = (m: StatisticsMetrics) => ({
    workersEmployed: m.workersEmployed,
    placementsStarted: m.placementsStarted,
    returnees: m.returnees,
    subsidyClaimed: m.subsidyClaimed,
    subsidyPaid: m.subsidyPaid,
  });
  const row = (r: StatisticsRow): PlacementStatisticsRow => ({
    ...metrics(r),
    childRegion: r.childRegionCode ? region(r.childRegionCode) : null,
    hukouProvince: r.hukouProvinceCode ? region(r.hukouProvinceCode) : null,
    category: r.category,
    scope: r.scope,
    postingKind: r.postingKind,
    month: r.month,
  });
  return {
    region: region(result.regionCode),
    side: result.side,
    dataAsOf: result.dataAsOf,
    from: result.period.from,
    to: result.period.to,
    groupBy: result.groupBy,
    totals: metrics(result.totals),
    rows: result.rows.map(row),
    question: { regionCode: result.regionCode, period: result.period, side: result.side },
  };
}
