import type {
  AssessmentStatus,
  PlacementEndReason,
  PlacementScope,
  PlacementStatus,
  SubsidyBeneficiary,
  SubsidyClaimStatus,
  SubsidyFund,
  SubsidyKind,
} from '../gql/graphql';

/** The Chinese names a job seeker reads on 我的 (the same terms the server's messages and the bureau's ledgers use). */
export const SUBSIDY_KIND_LABELS: Record<SubsidyKind, string> = {
  TRANSPORT: '一次性交通补助',
  JOB_SEEKING: '一次性求职创业补贴',
  TRACKING_SERVICE: '一次性跟踪服务补贴',
  ABSORPTION: '吸纳就业一次性补贴',
  EMPLOYMENT_REWARD: '务工奖补',
};

/** The fund a claim is paid from, and so the department that reviews and pays it. */
export const SUBSIDY_FUND_LABELS: Record<SubsidyFund, string> = {
  RURAL_REVITALIZATION_FUND: '衔接推进乡村振兴补助资金（乡村振兴部门审核发放）',
  EMPLOYMENT_FUND: '就业补助资金（人社部门审核发放）',
};

export const CLAIM_STATUS_LABELS: Record<SubsidyClaimStatus, string> = {
  SUBMITTED: '已提交，等待人社部门审核',
  APPROVED: '审核通过，等待发放',
  REJECTED: '未通过审核',
  PAID: '已发放',
};

export const PLACEMENT_STATUS_LABELS: Record<PlacementStatus, string> = {
  UPCOMING: '待入职',
  ACTIVE: '在岗',
  ENDED: '已离岗',
  CANCELLED: '已取消',
};

export const SCOPE_LABELS: Record<PlacementScope, string> = {
  SAME_COUNTY: '县内就业',
  OTHER_COUNTY_SAME_PROVINCE: '省内县外就业',
  OTHER_PROVINCE: '省外就业',
};

export const END_REASON_LABELS: Record<PlacementEndReason, string> = {
  RETURNED_HOME: '返乡',
  CONTRACT_ENDED: '合同期满',
  RESIGNED: '本人辞职',
  DISMISSED: '用人单位解除合同',
  OTHER: '其他原因',
};

export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  ELIGIBLE: '可以申请',
  PENDING: '条件还没满足',
  INELIGIBLE: '不符合条件',
  ALREADY_CLAIMED: '已经申请过',
};

/** Who receives a subsidy that is not the worker's own money, so the page can say who applies for it. */
export const BENEFICIARY_LABELS: Record<SubsidyBeneficiary, string> = {
  WORKER: '本人',
  EMPLOYER: '用人单位',
  AGENT: '组织就业的劳务机构',
};

/** '2026-03-01' → '2026年3月1日': a calendar date as the API sends it (already China's date), without time zones. */
export function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** '2026-11' → '2026年11月'. */
export function chineseMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return `${year}年${number}月`;
}

const CHINA_DAY = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' });

/** A moment (DateTime) as the China calendar day it fell on, in the same form as chineseDate. */
export function chineseDay(moment: string): string {
  const parts = Object.fromEntries(CHINA_DAY.formatToParts(new Date(moment)).map((part) => [part.type, part.value]));
  return `${parts.year}年${parts.month}月${parts.day}日`;
}
