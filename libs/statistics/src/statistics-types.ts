import type { PlacementScope } from '@app/placements';
import type { PostingKind } from '@app/postings';
import type { WorkerCategory } from '@app/workers';
import type { Period } from './statistics-period.js';

/** The ways a bureau breaks its numbers down; several may be combined. */
export enum StatisticsDimension {
  CHILD_REGION = 'CHILD_REGION',
  CATEGORY = 'CATEGORY',
  SCOPE = 'SCOPE',
  POSTING_KIND = 'POSTING_KIND',
  MONTH = 'MONTH',
}

/** Always in this order, whatever order the caller listed them in: rows sort by it. */
export const DIMENSION_ORDER: readonly StatisticsDimension[] = [
  StatisticsDimension.CHILD_REGION,
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
  category: WorkerCategory | null;
  scope: PlacementScope | null;
  postingKind: PostingKind | null;
  month: string | null;
}

export interface PlacementStatisticsResult {
  regionCode: string;
  period: Period;
  groupBy: StatisticsDimension[];
  totals: StatisticsMetrics;
  rows: StatisticsRow[];
}

export interface StatisticsQuery {
  regionCode: string;
  from?: string | null;
  to?: string | null;
  cycleYear?: number | null;
  groupBy?: StatisticsDimension[] | null;
}

export const ZERO_METRICS: Readonly<StatisticsMetrics> = { workersEmployed: 0, placementsStarted: 0, returnees: 0, subsidyClaimed: 0, subsidyPaid: 0 };
