import type { BeneficiaryCode, EmployerKindCode, PlacementScopeCode, PostingKindCode, SubsidyKindCode, WorkerCategoryCode } from './policy.js';

/** The terms a bureau officer reads in policy documents and ledgers; reasons are written with them. */
export const SUBSIDY_KIND_LABELS: Readonly<Record<SubsidyKindCode, string>> = {
  TRANSPORT: '一次性交通补助',
  JOB_SEEKING: '一次性求职创业补贴',
  TRACKING_SERVICE: '一次性跟踪服务补贴',
  ABSORPTION: '吸纳就业一次性补贴',
  EMPLOYMENT_REWARD: '务工奖补',
};

export const BENEFICIARY_LABELS: Readonly<Record<BeneficiaryCode, string>> = {
  WORKER: '务工人员',
  AGENT: '组织就业的机构',
  EMPLOYER: '用人单位',
};

export const WORKER_CATEGORY_LABELS: Readonly<Record<WorkerCategoryCode, string>> = {
  POVERTY_ALLEVIATED: '脱贫人口',
  MONITORING_TARGET: '监测对象',
  LOW_INCOME_ALLOWANCE: '农村低保对象',
  EXTREME_HARDSHIP: '农村特困人员',
  RELOCATED: '易地搬迁人口',
};

export const PLACEMENT_SCOPE_LABELS: Readonly<Record<PlacementScopeCode, string>> = {
  SAME_COUNTY: '县内就业',
  OTHER_COUNTY_SAME_PROVINCE: '省内县外就业',
  OTHER_PROVINCE: '省外就业',
};

export const EMPLOYER_KIND_LABELS: Readonly<Record<EmployerKindCode, string>> = {
  ENTERPRISE: '企业',
  WORKSHOP: '就业帮扶车间',
  ASSISTANCE_BASE: '就业帮扶基地',
  COOPERATIVE: '农民合作社',
  FAMILY_FARM: '家庭农场',
  LABOR_AGENCY: '劳务公司',
  HR_AGENCY: '人力资源服务机构',
  PUBLIC_EMPLOYER: '公共部门',
  LABOR_COOPERATIVE: '劳务合作社',
  INDIVIDUAL_BROKER: '个人劳务经纪人',
};

export const SMALL_OR_MICRO_LABEL = '小微企业';

export const POSTING_KIND_LABELS: Readonly<Record<PostingKindCode, string>> = {
  EAST_WEST: '东西部劳务协作岗位',
  WORKSHOP: '就业帮扶车间岗位',
  PUBLIC_WELFARE: '乡村公益性岗位',
  LOCAL: '本地普通岗位',
};

/** 甲、乙或丙 */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}或${items[items.length - 1]}`;
}
