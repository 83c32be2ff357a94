import { domainError, type ErrorCatalogue } from '@app/common';

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
  ARRIVAL_BEFORE_DEPARTURE: { code: 'BAD_USER_INPUT', zh: '到岗日期不能早于出发日期', en: 'arrivedOn must not be before the departure date' },
  NOT_IN_GROUP: { code: 'BAD_USER_INPUT', zh: '所选人员不在该批次中', en: 'workerIds names workers who are not travelling with this group' },
  CONTRACT_MONTHS_RANGE: { code: 'BAD_USER_INPUT', zh: '合同期限须为 1 到 60 个月', en: 'contractMonths must be between 1 and 60' },
  WELFARE_CONTRACT_TOO_LONG: { code: 'BAD_USER_INPUT', zh: '公益性岗位合同期限最长 12 个月', en: 'a public-welfare post contract lasts at most 12 months' },
  PLACEMENT_ALREADY_ENDED: { code: 'BAD_USER_INPUT', zh: '该就业记录已结束', en: 'this placement has already ended' },
  END_BEFORE_START: { code: 'BAD_USER_INPUT', zh: '离岗日期不能早于上岗日期', en: 'endDate must not be before the start date' },
  END_IN_FUTURE: { code: 'BAD_USER_INPUT', zh: '离岗日期不能晚于今天', en: 'endDate must not be in the future' },
  MONTH_OUTSIDE_PLACEMENT: { code: 'BAD_USER_INPUT', zh: '{month} 不在可确认的月份内（{problem}）', en: 'month {month} is {problemEn} of this placement' },
  WAGE_WITHOUT_EMPLOYMENT: { code: 'BAD_USER_INPUT', zh: '未就业的月份不能填写工资', en: 'a month without employment has no wage' },
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
