import type { PlacementScope, PostingKind, WorkerCategory } from '../../gql/graphql';
import { KIND_LABELS } from '../../common/labels';

/** The three categories' official names (docs/domain.md, People). */
export const CATEGORY_LABELS: Record<WorkerCategory, string> = {
  POVERTY_ALLEVIATED: '脱贫人口',
  MONITORING_TARGET: '监测对象',
  LOW_INCOME_ALLOWANCE: '农村低保对象',
  EXTREME_HARDSHIP: '农村特困人员',
  RELOCATED: '易地搬迁人口',
};

/** A CATEGORY row with category null: the worker held no category on the start date. */
export const NO_CATEGORY_LABEL = '其他（无类别）';

/** The dashboard's short scope names (县内 / 省内县外 / 省外), the words of the provinces' own reports. */
export const DASHBOARD_SCOPE_LABELS: Record<PlacementScope, string> = {
  SAME_COUNTY: '县内',
  OTHER_COUNTY_SAME_PROVINCE: '省内县外',
  OTHER_PROVINCE: '省外',
};

export const POSTING_KIND_LABELS: Record<PostingKind, string> = KIND_LABELS;

/** The three measures every chart draws, named as the bureau's ledgers name them. */
export const MEASURE_LABELS = {
  workersEmployed: '务工人数',
  placementsStarted: '新增就业',
  returnees: '返乡回流',
  subsidyClaimed: '补贴申请（元）',
  subsidyPaid: '补贴发放（元）',
} as const;

export type Measure = keyof typeof MEASURE_LABELS;

export function yuan(amount: number): string {
  return amount.toFixed(2);
}
