import { domainError, type ErrorCatalogue, PG_EXCLUSION_VIOLATION } from '@app/common';

/** Why an application, a hire, a placement or a group departure is refused. */
export enum PlacementErrorReason {
  APPLICATION_NOT_FOUND = 'APPLICATION_NOT_FOUND',
  PLACEMENT_NOT_FOUND = 'PLACEMENT_NOT_FOUND',
  PLACEMENT_GROUP_NOT_FOUND = 'PLACEMENT_GROUP_NOT_FOUND',
  APPLICATION_HIDDEN = 'APPLICATION_HIDDEN',
  PLACEMENT_HIDDEN = 'PLACEMENT_HIDDEN',
  PLACEMENT_GROUP_HIDDEN = 'PLACEMENT_GROUP_HIDDEN',
  LIVE_APPLICATION_EXISTS = 'LIVE_APPLICATION_EXISTS',
  WELFARE_POST_HELD = 'WELFARE_POST_HELD',
  ALREADY_TRAVELLING = 'ALREADY_TRAVELLING',
  POSTING_NOT_OPEN = 'POSTING_NOT_OPEN',
  POSTING_UNKNOWN = 'POSTING_UNKNOWN',
  NOT_YOUR_POSTING = 'NOT_YOUR_POSTING',
  WORKER_ONLY = 'WORKER_ONLY',
  AGENT_ONLY = 'AGENT_ONLY',
  NOT_APPLICANT_OR_NOMINATOR = 'NOT_APPLICANT_OR_NOMINATOR',
  NOT_ORGANISER_OR_EMPLOYER = 'NOT_ORGANISER_OR_EMPLOYER',
  NOT_ORGANISING_AGENCY = 'NOT_ORGANISING_AGENCY',
  NO_WORKERS = 'NO_WORKERS',
  REJECTION_REASON_REQUIRED = 'REJECTION_REASON_REQUIRED',
  APPLICATION_WRONG_STATUS = 'APPLICATION_WRONG_STATUS',
  DEPARTURE_POINT_REQUIRED = 'DEPARTURE_POINT_REQUIRED',
  GROUP_NOT_FORMING = 'GROUP_NOT_FORMING',
  ROSTER_OVER_OPENINGS = 'ROSTER_OVER_OPENINGS',
  GROUP_EMPTY = 'GROUP_EMPTY',
  GROUP_NOT_DEPARTED = 'GROUP_NOT_DEPARTED',
  ARRIVAL_BEFORE_DEPARTURE = 'ARRIVAL_BEFORE_DEPARTURE',
  NOT_IN_GROUP = 'NOT_IN_GROUP',
  CONTRACT_MONTHS_RANGE = 'CONTRACT_MONTHS_RANGE',
  WELFARE_CONTRACT_TOO_LONG = 'WELFARE_CONTRACT_TOO_LONG',
  PLACEMENT_ALREADY_ENDED = 'PLACEMENT_ALREADY_ENDED',
  END_BEFORE_START = 'END_BEFORE_START',
  END_IN_FUTURE = 'END_IN_FUTURE',
  MONTH_OUTSIDE_PLACEMENT = 'MONTH_OUTSIDE_PLACEMENT',
  WAGE_WITHOUT_EMPLOYMENT = 'WAGE_WITHOUT_EMPLOYMENT',
  START_TOO_EARLY = 'START_TOO_EARLY',
  START_TOO_LATE = 'START_TOO_LATE',
  START_BEFORE_POSTING = 'START_BEFORE_POSTING',
  WORKER_UNDER_16 = 'WORKER_UNDER_16',
  MINOR_AT_HAZARDOUS_POSTING = 'MINOR_AT_HAZARDOUS_POSTING',
  PLACEMENT_OVERLAPS = 'PLACEMENT_OVERLAPS',
  LATE_RECORD_BUREAU_ONLY = 'LATE_RECORD_BUREAU_ONLY',
  LATE_START_IN_FUTURE = 'LATE_START_IN_FUTURE',
  LATE_REASON_REQUIRED = 'LATE_REASON_REQUIRED',
  AGENCY_NOT_AGENT = 'AGENCY_NOT_AGENT',
  END_BEFORE_CONFIRMED_MONTHS = 'END_BEFORE_CONFIRMED_MONTHS',
  PLACEMENT_CANCELLED = 'PLACEMENT_CANCELLED',
  NOT_EMPLOYER_OR_BUREAU = 'NOT_EMPLOYER_OR_BUREAU',
  CANCEL_WINDOW_PASSED = 'CANCEL_WINDOW_PASSED',
  CANCEL_REASON_REQUIRED = 'CANCEL_REASON_REQUIRED',
  NOT_ATTESTER = 'NOT_ATTESTER',
  NOT_ORGANISING_AGENT = 'NOT_ORGANISING_AGENT',
  FOLLOW_UP_DATE_OUT_OF_RANGE = 'FOLLOW_UP_DATE_OUT_OF_RANGE',
  FOLLOW_UP_NOTE_REQUIRED = 'FOLLOW_UP_NOTE_REQUIRED',
  WELFARE_NOT_THREE_CATEGORIES = 'WELFARE_NOT_THREE_CATEGORIES',
  WELFARE_OUTSIDE_COUNTY = 'WELFARE_OUTSIDE_COUNTY',
  WELFARE_NO_NOMINATION = 'WELFARE_NO_NOMINATION',
  GROUP_NOT_APPROVED = 'GROUP_NOT_APPROVED',
  GROUP_CANCELLED = 'GROUP_CANCELLED',
  GROUP_ALREADY_DEPARTED = 'GROUP_ALREADY_DEPARTED',
  ROSTER_NOT_ORGANISABLE = 'ROSTER_NOT_ORGANISABLE',
  DEPARTURE_IN_PAST = 'DEPARTURE_IN_PAST',
  DEPARTURE_TOO_EARLY = 'DEPARTURE_TOO_EARLY',
  ARRIVAL_OUT_OF_WINDOW = 'ARRIVAL_OUT_OF_WINDOW',
  ARRIVAL_IN_FUTURE = 'ARRIVAL_IN_FUTURE',
  POSTING_NOT_VISIBLE = 'POSTING_NOT_VISIBLE',
  TRANSPORT_REQUIRED = 'TRANSPORT_REQUIRED',
  MONTH_NOT_OVER = 'MONTH_NOT_OVER',
  REPEATED_IN_BATCH = 'REPEATED_IN_BATCH',
}

export const PLACEMENT_ERRORS: ErrorCatalogue<PlacementErrorReason> = {
  APPLICATION_NOT_FOUND: { code: 'NOT_FOUND', zh: '找不到该求职申请', en: 'Application {id} was not found' },
  PLACEMENT_NOT_FOUND: { code: 'NOT_FOUND', zh: '找不到该就业记录', en: 'Placement {id} was not found' },
  PLACEMENT_GROUP_NOT_FOUND: { code: 'NOT_FOUND', zh: '找不到该输出批次', en: 'Placement group {id} was not found' },
  APPLICATION_HIDDEN: { code: 'FORBIDDEN', zh: '您无权查看该求职申请', en: 'You cannot see this application' },
  PLACEMENT_HIDDEN: { code: 'FORBIDDEN', zh: '您无权查看该就业记录', en: 'You cannot see this placement' },
  PLACEMENT_GROUP_HIDDEN: { code: 'FORBIDDEN', zh: '您无权查看该输出批次', en: 'You cannot see this group' },
  LIVE_APPLICATION_EXISTS: {
    code: 'CONFLICT',
    zh: '该求职者已申请过这个岗位，申请仍在处理中',
    en: 'This worker already has a live application for this posting',
  },
  WELFARE_POST_HELD: {
    code: 'CONFLICT',
    zh: '该求职者已在一个公益性岗位上岗（一人一岗）',
    en: 'This worker already holds an active public-welfare post (一人一岗)',
  },
  ALREADY_TRAVELLING: { code: 'CONFLICT', zh: '名单中有人已在另一个出发中的批次里', en: 'A worker on this roster is already in another departing group' },
  POSTING_NOT_OPEN: { code: 'BAD_USER_INPUT', zh: '该岗位未在招聘（已关闭或已招满）', en: 'postingId names a posting that is not open (closed or filled)' },
  POSTING_UNKNOWN: { code: 'BAD_USER_INPUT', zh: '没有这个岗位', en: 'postingId does not name a posting' },
  NOT_YOUR_POSTING: { code: 'FORBIDDEN', zh: '只有岗位的用人单位才能这样做', en: 'Only the posting’s employer can do this' },
  WORKER_ONLY: { code: 'FORBIDDEN', zh: '只有求职者本人才能申请', en: 'Only a worker can apply' },
  AGENT_ONLY: { code: 'FORBIDDEN', zh: '只有劳务经纪人或人力资源机构才能这样做', en: 'Only an agent can do this' },
  NOT_APPLICANT_OR_NOMINATOR: { code: 'FORBIDDEN', zh: '只有申请人或推荐的经纪人才能撤回', en: 'Only the applicant or the nominating agent can withdraw' },
  NOT_ORGANISER_OR_EMPLOYER: { code: 'FORBIDDEN', zh: '只有组织输出的经纪人或用人单位才能这样做', en: 'Only the employer or the organising agent can do this' },
  NOT_ORGANISING_AGENCY: { code: 'FORBIDDEN', zh: '只有组织该批次的机构才能修改', en: 'Only the organising agency can change this group' },
  NO_WORKERS: { code: 'BAD_USER_INPUT', zh: '至少选择一名求职者', en: 'workerIds must name at least one worker' },
  REJECTION_REASON_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请说明不录用的原因', en: 'reason must say why the application is rejected' },
  APPLICATION_WRONG_STATUS: { code: 'BAD_USER_INPUT', zh: '该申请当前状态为 {status}，不是 {expected}', en: 'the application is {status}, not {expected}' },
  DEPARTURE_POINT_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请填写集合出发地点', en: 'departurePoint is required' },
  GROUP_NOT_FORMING: { code: 'BAD_USER_INPUT', zh: '该批次已出发或已到达，不能再调整名单', en: 'workers can only join or leave a group before it departs' },
  ROSTER_OVER_OPENINGS: {
    code: 'BAD_USER_INPUT',
    zh: '名单将有 {roster} 人，但岗位只剩 {openings} 个名额',
    en: 'the roster would have {roster} workers but the posting has {openings} openings',
  },
  GROUP_EMPTY: { code: 'BAD_USER_INPUT', zh: '名单为空的批次不能出发', en: 'an empty group cannot depart' },
  GROUP_NOT_DEPARTED: { code: 'BAD_USER_INPUT', zh: '只有已出发的批次才能确认到岗', en: 'only a departed group can arrive' },
  ARRIVAL_BEFORE_DEPARTURE: {
    code: 'BAD_USER_INPUT',
    zh: '到岗日期不能早于实际出发的日期 {from}',
    en: 'arrivedOn must not be before {from}, the day the group left',
  },
  NOT_IN_GROUP: { code: 'BAD_USER_INPUT', zh: '所选人员不在该批次中', en: 'workerIds names workers who are not travelling with this group' },
  CONTRACT_MONTHS_RANGE: { code: 'BAD_USER_INPUT', zh: '合同期限须为 1 到 60 个月', en: 'contractMonths must be between 1 and 60' },
  WELFARE_CONTRACT_TOO_LONG: { code: 'BAD_USER_INPUT', zh: '公益性岗位合同期限最长 12 个月', en: 'a public-welfare post contract lasts at most 12 months' },
  PLACEMENT_ALREADY_ENDED: { code: 'BAD_USER_INPUT', zh: '该就业记录已结束', en: 'this placement has already ended' },
  END_BEFORE_START: { code: 'BAD_USER_INPUT', zh: '离岗日期不能早于上岗日期', en: 'endDate must not be before the start date' },
  END_IN_FUTURE: { code: 'BAD_USER_INPUT', zh: '离岗日期不能晚于今天', en: 'endDate must not be in the future' },
  MONTH_OUTSIDE_PLACEMENT: { code: 'BAD_USER_INPUT', zh: '{month} 不在可确认的月份内（{problem}）', en: 'month {month} is {problemEn} of this placement' },
  WAGE_WITHOUT_EMPLOYMENT: { code: 'BAD_USER_INPUT', zh: '未就业的月份不能填写工资', en: 'a month without employment has no wage' },
  START_TOO_EARLY: {
    code: 'BAD_USER_INPUT',
    zh: '上岗日期不能早于 {earliest}（今天之前 31 天）；更早的就业请由户籍地人社部门补录',
    en: 'startDate must not be before {earliest} (31 days ago); an older placement is recorded by a bureau of the worker’s jurisdiction',
  },
  START_TOO_LATE: {
    code: 'BAD_USER_INPUT',
    zh: '上岗日期不能晚于 {latest}（今天之后 90 天）',
    en: 'startDate must not be after {latest} (90 days from today)',
  },
  START_BEFORE_POSTING: {
    code: 'BAD_USER_INPUT',
    zh: '上岗日期不能早于岗位发布的日期 {created}',
    en: 'startDate must not be before {created}, the day the posting was created',
  },
  WORKER_UNDER_16: {
    code: 'BAD_USER_INPUT',
    zh: '上岗时未满 16 周岁，不能招用（劳动法第十五条）',
    en: 'the worker is under 16 on the start date and cannot be employed (Labour Law §15)',
  },
  MINOR_AT_HAZARDOUS_POSTING: {
    code: 'BAD_USER_INPUT',
    zh: '上岗时未满 18 周岁（未成年工），不能安排到第四级体力劳动强度、井下或有毒有害的岗位',
    en: 'the worker is under 18 on the start date (a minor worker) and this posting is hazardous',
  },
  PLACEMENT_OVERLAPS: {
    code: 'CONFLICT',
    zh: '该求职者在 {period} 已有一份全职工作，全职就业时间不能重叠',
    en: 'the worker already holds a full-time job {periodEn}: full-time placements must not overlap',
  },
  LATE_RECORD_BUREAU_ONLY: {
    code: 'FORBIDDEN',
    zh: '只有求职者户籍地的人社部门才能补录就业记录',
    en: 'Only a bureau of the worker’s jurisdiction can record a past placement',
  },
  LATE_START_IN_FUTURE: { code: 'BAD_USER_INPUT', zh: '补录的上岗日期不能晚于今天', en: 'a recorded placement’s startDate must not be in the future' },
  LATE_REASON_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '请说明补录的依据（如纸质台账）',
    en: 'reason must say what the record is based on (e.g. a paper ledger)',
  },
  AGENCY_NOT_AGENT: {
    code: 'BAD_USER_INPUT',
    zh: '组织输出的机构必须是劳务公司或人力资源服务机构',
    en: 'agencyId must name a labour or HR agency',
  },
  END_BEFORE_CONFIRMED_MONTHS: {
    code: 'BAD_USER_INPUT',
    zh: '{months} 已确认在岗，离岗日期不能早于这些月份：请先更正这些月份的确认',
    en: '{months} are confirmed as employed: endDate must not be before them (correct those confirmations first)',
  },
  PLACEMENT_CANCELLED: { code: 'BAD_USER_INPUT', zh: '该就业记录已撤销', en: 'this placement was cancelled' },
  NOT_EMPLOYER_OR_BUREAU: {
    code: 'FORBIDDEN',
    zh: '只有用人单位或求职者户籍地的人社部门才能撤销就业记录',
    en: 'Only the employer or a bureau of the worker’s jurisdiction can cancel a placement',
  },
  CANCEL_WINDOW_PASSED: {
    code: 'BAD_USER_INPUT',
    zh: '上岗已超过 31 天，用人单位不能再撤销：请办理离岗，或请人社部门撤销',
    en: 'more than 31 days after the start the employer cannot cancel: end the placement, or ask the bureau to cancel it',
  },
  CANCEL_REASON_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请说明撤销的原因', en: 'reason must say why the placement is cancelled' },
  NOT_ATTESTER: {
    code: 'FORBIDDEN',
    zh: '每月在岗情况只能由岗位的用人单位确认（人社部门补录的就业记录也可由其户籍地人社部门确认）；组织输出的机构请填写跟踪回访记录',
    en: 'Only the posting’s employer confirms monthly employment (or, for a placement a bureau recorded late, a bureau of the worker’s jurisdiction); an organising agency records follow-ups instead',
  },
  NOT_ORGANISING_AGENT: {
    code: 'FORBIDDEN',
    zh: '只有组织该次就业的机构才能填写跟踪回访记录',
    en: 'Only the agency that organised this placement can record follow-ups on it',
  },
  FOLLOW_UP_DATE_OUT_OF_RANGE: {
    code: 'BAD_USER_INPUT',
    zh: '回访日期须在上岗日期 {start} 至今天（{today}）之间',
    en: 'contactedOn must lie between the start date {start} and today ({today})',
  },
  FOLLOW_UP_NOTE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '请填写回访情况（求职者反映的工作情况、困难或诉求），最多 500 字',
    en: 'note must say what the worker said (1 to 500 characters)',
  },
  WELFARE_NOT_THREE_CATEGORIES: {
    code: 'BAD_USER_INPUT',
    zh: '乡村公益性岗位只安置三类人员（脱贫人口、监测对象、农村低保对象、农村特困人员、易地搬迁人口）：该求职者在 {date} 不属于其中任何一类',
    en: 'a rural public-welfare post takes only people of the three categories: this worker held none of them on {date}',
  },
  WELFARE_OUTSIDE_COUNTY: {
    code: 'BAD_USER_INPUT',
    zh: '乡村公益性岗位只安置户籍在岗位所在县（{county}）的人员：该求职者的户籍不在本县',
    en: 'a rural public-welfare post takes only people whose hukou lies in its county ({county}): this worker’s does not',
  },
  WELFARE_NO_NOMINATION: {
    code: 'BAD_USER_INPUT',
    zh: '乡村公益性岗位由县级人社部门按需设岗、以岗聘任，不接受机构推荐：请求职者本人报名，或由人社部门直接聘用',
    en: 'a rural public-welfare post is filled by the county bureau itself: agencies cannot nominate for it (the worker applies, the bureau hires)',
  },
  GROUP_NOT_APPROVED: {
    code: 'BAD_USER_INPUT',
    zh: '该批次的名单尚未经用人单位确认，不能出发（名单或日期调整后需重新确认）',
    en: 'the posting’s employer has not approved this roster and date: the group cannot depart (a change needs a new approval)',
  },
  GROUP_CANCELLED: { code: 'BAD_USER_INPUT', zh: '该批次已取消', en: 'this group was cancelled' },
  GROUP_ALREADY_DEPARTED: {
    code: 'BAD_USER_INPUT',
    zh: '该批次已出发或已到达，不能再修改、确认或取消',
    en: 'this group has already departed or arrived: it can no longer be changed, approved or cancelled',
  },
  ROSTER_NOT_ORGANISABLE: {
    code: 'BAD_USER_INPUT',
    zh: '名单中有 {count} 人本机构已无权组织（本人撤回了授权、委托被撤销或登记未通过），请先将其移出名单',
    en: '{count} people on the roster may no longer be organised by this agency (consent withdrawn, entrustment revoked or registration not accepted): take them off the roster first',
  },
  DEPARTURE_IN_PAST: { code: 'BAD_USER_INPUT', zh: '出发日期不能早于今天（{today}）', en: 'the departure date must not be before today ({today})' },
  DEPARTURE_TOO_EARLY: {
    code: 'BAD_USER_INPUT',
    zh: '最早可在 {earliest}（出发日期前一天）确认出发',
    en: 'the group can depart from {earliest} on (the day before its departure date)',
  },
  ARRIVAL_OUT_OF_WINDOW: {
    code: 'BAD_USER_INPUT',
    zh: '到岗日期须在 {from} 至 {to} 之间（出发后 7 天内）',
    en: 'arrivedOn must lie between {from} and {to} (within 7 days of the departure)',
  },
  ARRIVAL_IN_FUTURE: { code: 'BAD_USER_INPUT', zh: '到岗日期不能晚于今天（{today}）', en: 'arrivedOn must not be after today ({today})' },
  POSTING_NOT_VISIBLE: {
    code: 'BAD_USER_INPUT',
    zh: '该岗位已过有效期或发布单位尚未通过核验，不能组织输出',
    en: 'postingId names a posting that has expired or whose organisation is not verified yet: no group can travel to it',
  },
  TRANSPORT_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请填写交通方式', en: 'transport is required' },
  MONTH_NOT_OVER: {
    code: 'BAD_USER_INPUT',
    zh: '{month} 尚未结束，月末过后才能确认（目前最近可确认的月份是 {latest}）',
    en: '{month} has not ended yet: it can be confirmed once its last day has passed (the latest month to confirm is {latest})',
  },
  REPEATED_IN_BATCH: {
    code: 'BAD_USER_INPUT',
    zh: '同一条就业记录在本次提交中出现了多次，只处理了第一次',
    en: 'this placement appears more than once in the batch: only its first item was processed',
  },
};

export class PlacementError extends domainError(PLACEMENT_ERRORS) {}

export class ApplicationNotFoundError extends PlacementError {
  constructor(id: string) {
    super(PlacementErrorReason.APPLICATION_NOT_FOUND, { params: { id } });
  }
}

export class PlacementNotFoundError extends PlacementError {
  constructor(id: string) {
    super(PlacementErrorReason.PLACEMENT_NOT_FOUND, { params: { id } });
  }
}

export class PlacementGroupNotFoundError extends PlacementError {
  constructor(id: string) {
    super(PlacementErrorReason.PLACEMENT_GROUP_NOT_FOUND, { params: { id } });
  }
}

/** Two full-time jobs at once: names the period already taken, never the other employer. */
export class PlacementOverlapsError extends PlacementError {
  constructor(field: string, from: string, to: string | null) {
    super(PlacementErrorReason.PLACEMENT_OVERLAPS, {
      field,
      params: { period: to ? `${from} 至 ${to}` : `${from} 起`, periodEn: to ? `from ${from} to ${to}` : `from ${from} on` },
    });
  }
}

/** The exclusion constraint that keeps one full-time job at a time. */
export const FULL_TIME_OVERLAP_CONSTRAINT = 'ex_placements_full_time_overlap';

/**
 * The overlap error for a violation of the full-time exclusion constraint (a concurrent hire got there first), read
 * from PostgreSQL's detail, which names the existing row's range; null for any other error.
 */
export function overlapErrorFrom(error: unknown, field: string): PlacementOverlapsError | null {
  const e = error as { code?: string; constraint?: string; detail?: string; driverError?: { code?: string; constraint?: string; detail?: string } } | null;
  const source = e?.driverError ?? e;
  if (source?.code !== PG_EXCLUSION_VIOLATION || source.constraint !== FULL_TIME_OVERLAP_CONSTRAINT) return null;
  const match = /existing key .*\[(\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2})?\)\)/.exec(source.detail ?? '');
  return match ? new PlacementOverlapsError(field, match[1], match[2] ?? null) : new PlacementOverlapsError(field, '?', null);
}
