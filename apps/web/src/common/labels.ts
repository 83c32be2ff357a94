import type { OrganizationKind, PostingKind, PostingSearchSort, PostingStatus, Role } from '../gql/graphql';

/** The Chinese names of the server's enums, as docs/ui-names.md spells them. */
export const KIND_LABELS: Record<PostingKind, string> = {
  EAST_WEST: '东西部协作',
  WORKSHOP: '帮扶车间',
  PUBLIC_WELFARE: '公益性岗位',
  LOCAL: '本地岗位',
};

export const SORT_LABELS: Record<PostingSearchSort, string> = {
  RELEVANCE: '相关度',
  WAGE_DESC: '工资最高',
  NEWEST: '最新',
  DISTANCE: '距离最近',
};

export const POSTING_STATUS_LABELS: Record<PostingStatus, string> = {
  OPEN: '招聘中',
  FILLED: '已招满',
  CLOSED: '已关闭',
};

export const ROLE_LABELS: Record<Role, string> = {
  WORKER: '求职者',
  EMPLOYER: '用人单位',
  AGENT: '劳务机构',
  BUREAU: '人社部门',
  ADMIN: '平台管理员',
};

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  ENTERPRISE: '企业',
  WORKSHOP: '就业帮扶车间',
  ASSISTANCE_BASE: '就业帮扶基地',
  COOPERATIVE: '合作社',
  FAMILY_FARM: '家庭农场',
  LABOR_AGENCY: '劳务公司',
  HR_AGENCY: '人力资源服务机构',
  PUBLIC_EMPLOYER: '公共部门用人单位',
  LABOR_COOPERATIVE: '劳务合作社',
  INDIVIDUAL_BROKER: '个人劳务经纪人',
};

/** The kinds that organise workers (AGENT accounts), as the server's AGENCY_KINDS: vetted before they act. */
export const AGENCY_KINDS: readonly OrganizationKind[] = ['LABOR_AGENCY', 'HR_AGENCY', 'LABOR_COOPERATIVE', 'INDIVIDUAL_BROKER'];

export function wageRange(min: number, max: number): string {
  return min === max ? `${min}元/月` : `${min}–${max}元/月`;
}
