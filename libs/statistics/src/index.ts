export { EmploymentTargetEntity } from './entities/employment-target.entity.js';
export {
  calendarYear,
  isoWeek,
  monthsOf,
  resolvePeriod,
  statisticsCycle,
  MAX_PERIOD_DAYS,
  type IsoWeek,
  type Period,
  type PeriodSelector,
} from './statistics-period.js';
export {
  DIMENSION_ORDER,
  StatisticsDimension,
  StatisticsSide,
  ZERO_METRICS,
  type SubsidyKindAmounts,
  type PlacementStatisticsResult,
  type StatisticsMetrics,
  type StatisticsQuery,
  type StatisticsRow,
} from './statistics-types.js';
export { MAX_STATISTICS_ROWS, PlacementStatisticsService } from './services/placement-statistics.service.js';
export {
  EmploymentTargetsService,
  MAX_TARGET_WORKERS,
  progressOf,
  type EmploymentTargetView,
  type NewEmploymentTarget,
} from './services/employment-targets.service.js';
export { ZeroEmploymentHouseholdsService, type HouseholdMemberView, type ZeroEmploymentHouseholdView } from './services/zero-employment-households.service.js';
export {
  WeeklyReportService,
  type NewPlacementLine,
  type WeeklyProgress,
  type WeeklyProgressLine,
  type WeeklyReportRequest,
} from './services/weekly-report.service.js';
export { StatisticsModule } from './statistics.module.js';
export { StatisticsRollupModule } from './rollup/statistics-rollup.module.js';
export { StatisticsRollupRefresher, type RefreshOutcome } from './rollup/statistics-rollup-refresher.js';
export { STATISTICS_FIELD_MESSAGES, StatisticsFieldReason } from './statistics.exception.js';
