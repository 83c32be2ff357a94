import type { WorkerCategory } from '../../gql/graphql';

/** The categories as the bureau's own ledgers (防返贫监测) name them. */
export const CATEGORY_LABELS: Record<WorkerCategory, string> = {
  POVERTY_ALLEVIATED: '脱贫人口',
  MONITORING_TARGET: '监测对象',
  LOW_INCOME_ALLOWANCE: '农村低保',
  EXTREME_HARDSHIP: '农村特困',
  RELOCATED: '易地搬迁群众',
};

export function categoryList(categories: readonly WorkerCategory[] | null | undefined): string {
  return categories && categories.length ? categories.map((c) => CATEGORY_LABELS[c]).join('、') : '无';
}
