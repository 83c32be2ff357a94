import type { PlacementScope } from '@app/placements';
import type { PostingKind } from '@app/postings';
import type { SubsidyKind } from '@app/subsidies';
import type { WorkerCategory } from '@app/workers';
import type { Period } from './statistics-period.js';

/**
 * Whose region a placement is counted in: the worker's hukou county copied onto it (the sending side, 输出地), or the
 * posting's workplace (the receiving side, 输入地: a receiving bureau under 东西部协作). The numbers mean the same on
 * both sides; only the region a placement (and its claims) falls in differs.
 */
export enum StatisticsSide {
  HUKOU = 'HUKOU',
  WORKPLACE = 'WORKPLACE',
}

/** The ways a bureau breaks its numbers down; several may be combined. */
export enum StatisticsDimension {
  CHILD_REGION = 'CHILD_REGION',
  /** Where the workers come from (the hukou province): only on the WORKPLACE side, where it is more than one row. */
  HUKOU_PROVINCE = 'HUKOU_PROVINCE',
  CATEGORY = 'CATEGORY',
  SCOPE = 'SCOPE',
  POSTING_KIND = 'POSTING_KIND',
  MONTH = 'MONTH',
}

/** Always in this order, whatever order the caller listed them in: rows sort by it. */
export const DIMENSION_ORDER: readonly StatisticsDimension[] = [
  StatisticsDimension.CHILD_REGION,
  StatisticsDimension.HUKOU_PROVINCE,
  StatisticsDimension.MONTH,
  StatisticsDimension.CATEGORY,
  StatisticsDimension.SCOPE,
  StatisticsDimension.POSTING_KIND,
];

export interface StatisticsMetrics {
  /** Distinct workers with a placement overlapping the period (务工规模). */
  workersEmployed: number;
  /** Placements whose start date lies in the period. */
  placementsStarted: number;
  /** Distinct workers with a placement that ended RETURNED_HOME in the period. */
  returnees: number;
  /** Yuan: claims not rejected, created in the period. */
  subsidyClaimed: number;
  /** Yuan: claims PAID with paid_on in the period. */
  subsidyPaid: number;
}

export interface StatisticsRow extends StatisticsMetrics {
  /** Set only for the dimensions grouped by; null otherwise (and category null also means "held none"). */
  childRegionCode: string | null;
  hukouProvinceCode: string | null;
  category: WorkerCategory | null;
  scope: PlacementScope | null;
  postingKind: PostingKind | null;
  month: string | null;
}

export interface PlacementStatisticsResult {
  regionCode: string;
  side: StatisticsSide;
  period: Period;
  groupBy: StatisticsDimension[];
  totals: StatisticsMetrics;
  rows: StatisticsRow[];
  /**
   * When the database snapshot the numbers were read in was taken: they are true as of then. Never the rollup's last
   * refresh, because counties changed since are counted live in the same snapshot (see ../rollup).
   */
  dataAsOf: Date;
}

/** Subsidies of one kind, counted as subsidyClaimed / subsidyPaid are. */
export interface SubsidyKindAmounts {
  kind: SubsidyKind;
  subsidyClaimed: number;
  subsidyPaid: number;
}

export interface StatisticsQuery {
  regionCode: string;
  from?: string | null;
  to?: string | null;
  cycleYear?: number | null;
  groupBy?: StatisticsDimension[] | null;
  side?: StatisticsSide | null;
}

export const ZERO_METRICS: Readonly<StatisticsMetrics> = { workersEmployed: 0, placementsStarted: 0, returnees: 0, subsidyClaimed: 0, subsidyPaid: 0 };
