import { domainError, type ErrorCatalogue, type FieldCatalogue, type FieldProblem, fieldProblem, InvalidInputError, type MessageParams } from '@app/common';
import { idNumberFieldProblem } from './id-number.messages.js';
import type { IdNumberProblem } from './id-number.js';

/** Why a worker's record is refused or not shown. None of the texts names the worker, their region or their employer. */
export enum WorkerErrorReason {
  WORKER_NOT_FOUND = 'WORKER_NOT_FOUND',
  WORKER_ALREADY_REGISTERED = 'WORKER_ALREADY_REGISTERED',
  WORKER_HIDDEN = 'WORKER_HIDDEN',
  WORKER_NOT_MANAGED = 'WORKER_NOT_MANAGED',
  SELF_EDIT_LOCKED = 'SELF_EDIT_LOCKED',
  CATEGORIES_BUREAU_ONLY = 'CATEGORIES_BUREAU_ONLY',
  ID_NUMBER_BUREAU_ONLY = 'ID_NUMBER_BUREAU_ONLY',
  CATEGORIES_VERIFY_BUREAU_ONLY = 'CATEGORIES_VERIFY_BUREAU_ONLY',
  REGISTRATION_NOT_ACCEPTED = 'REGISTRATION_NOT_ACCEPTED',
  REGISTRATION_REVIEW_BUREAU_ONLY = 'REGISTRATION_REVIEW_BUREAU_ONLY',
  REGISTRATION_NOT_PENDING = 'REGISTRATION_NOT_PENDING',
  REGISTRATION_DUPLICATE = 'REGISTRATION_DUPLICATE',
  ENTRUSTMENT_BUREAU_ONLY = 'ENTRUSTMENT_BUREAU_ONLY',
  ENTRUSTMENT_EXISTS = 'ENTRUSTMENT_EXISTS',
  ENTRUSTMENT_NOT_LIVE = 'ENTRUSTMENT_NOT_LIVE',
  ENTRUSTMENT_NOT_FOUND = 'ENTRUSTMENT_NOT_FOUND',
  ENTRUSTMENT_NOT_PENDING = 'ENTRUSTMENT_NOT_PENDING',
  ENTRUSTMENT_ENDED = 'ENTRUSTMENT_ENDED',
  ENTRUSTMENT_WORKER_ONLY = 'ENTRUSTMENT_WORKER_ONLY',
}

export const WORKER_ERRORS: ErrorCatalogue<WorkerErrorReason> = {
  ENTRUSTMENT_BUREAU_ONLY: {
    code: 'FORBIDDEN',
    zh: '只有求职者户籍地的人社部门才能委托机构或撤销委托',
    en: 'Only a bureau of the workers’ jurisdiction entrusts them to an agency or revokes the entrustment',
  },
  ENTRUSTMENT_EXISTS: {
    code: 'CONFLICT',
    zh: '所选求职者中有人已委托给该机构（待本人确认或已生效），不能重复委托',
    en: 'Some of these workers are already entrusted to this agency (awaiting consent or in force)',
  },
  ENTRUSTMENT_NOT_LIVE: {
    code: 'BAD_USER_INPUT',
    zh: '所选求职者中有人未委托给该机构（或委托已撤销、已撤回）',
    en: 'Some of these workers have no live entrustment to this agency',
  },
  ENTRUSTMENT_NOT_FOUND: { code: 'NOT_FOUND', zh: '找不到该委托', en: 'The entrustment was not found' },
  ENTRUSTMENT_NOT_PENDING: {
    code: 'CONFLICT',
    zh: '该委托不在待本人确认的状态（已生效、已撤销或已撤回）',
    en: 'This entrustment is not awaiting your consent (it is in force, revoked or withdrawn)',
  },
  ENTRUSTMENT_ENDED: { code: 'CONFLICT', zh: '该委托已撤销或已撤回', en: 'This entrustment has already been revoked or withdrawn' },
  ENTRUSTMENT_WORKER_ONLY: {
    code: 'FORBIDDEN',
    zh: '只有求职者本人才能确认或撤回对机构的委托',
    en: 'Only the worker confirms or withdraws their consent to an entrustment',
  },
  WORKER_NOT_FOUND: { code: 'NOT_FOUND', zh: '找不到该求职者', en: 'The worker was not found' },
  WORKER_ALREADY_REGISTERED: {
    code: 'CONFLICT',
    zh: '该身份证号码已登记过求职者，不能重复登记',
    en: 'A worker with this resident ID number is already registered',
  },
  WORKER_HIDDEN: {
    code: 'FORBIDDEN',
    zh: '只有求职者本人、户籍地的人社部门、登记该求职者的机构，或与其有求职、就业往来的单位才能查看',
    en: 'Only the worker, a bureau of the worker’s jurisdiction, the registering agency or an organisation the worker applies to or works for can see this worker',
  },
  WORKER_NOT_MANAGED: {
    code: 'FORBIDDEN',
    zh: '只有求职者本人、户籍地的人社部门或登记该求职者的机构才能修改',
    en: 'Only the worker, a bureau of the worker’s jurisdiction or the registering agency can change this worker',
  },
  SELF_EDIT_LOCKED: {
    code: 'FORBIDDEN',
    zh: '求职者本人不能修改 {fields}：这些信息由人社部门或登记机构维护',
    en: 'A worker cannot change {fields} of their own record: a bureau or the registering agency keeps them',
  },
  CATEGORIES_BUREAU_ONLY: { code: 'FORBIDDEN', zh: '只有人社部门才能调整人员类别', en: 'Only a bureau can change categories' },
  CATEGORIES_VERIFY_BUREAU_ONLY: {
    code: 'FORBIDDEN',
    zh: '只有求职者户籍地的人社部门才能核实人员类别（依据防返贫监测信息）',
    en: 'Only a bureau of the worker’s jurisdiction can verify categories (from its monitoring records)',
  },
  REGISTRATION_NOT_ACCEPTED: {
    code: 'CONFLICT',
    zh: '所选求职者的登记已提交，待户籍地人社部门核实：核实通过前不能报名、推荐、组团或安置',
    en: 'A registration of these workers awaits review by the bureau of their hukou: until accepted they cannot apply, be nominated, grouped or placed',
  },
  REGISTRATION_REVIEW_BUREAU_ONLY: {
    code: 'FORBIDDEN',
    zh: '只有求职者户籍地的人社部门才能核实登记',
    en: 'Only a bureau of the worker’s jurisdiction reviews registrations',
  },
  REGISTRATION_NOT_PENDING: { code: 'CONFLICT', zh: '该登记不在待核实状态', en: 'The registration is not awaiting review' },
  REGISTRATION_DUPLICATE: {
    code: 'CONFLICT',
    zh: '该身份证号码已登记过求职者：请将本条登记合并到已登记的人员（mergeWorkerRegistration），或退回',
    en: 'This person is already registered: merge the registration into them (mergeWorkerRegistration) or refuse it',
  },
  ID_NUMBER_BUREAU_ONLY: {
    code: 'FORBIDDEN',
    zh: '只有求职者户籍地的人社部门才能查看完整身份证号码',
    en: 'Only a bureau of the worker’s jurisdiction can see a full ID number',
  },
};

export class WorkerError extends domainError(WORKER_ERRORS) {}

export class InvalidIdNumberError extends InvalidInputError {
  constructor(problem: IdNumberProblem) {
    super([idNumberFieldProblem('idNumber', problem)]);
  }
}

/** CONFLICT on `idNumber`; says nothing about who holds the number or where they are registered. */
export class WorkerAlreadyRegisteredError extends WorkerError {
  constructor() {
    super(WorkerErrorReason.WORKER_ALREADY_REGISTERED, { field: 'idNumber' });
  }
}

export class WorkerNotFoundError extends WorkerError {
  constructor() {
    super(WorkerErrorReason.WORKER_NOT_FOUND);
  }
}

/** Problems with one field of a worker's record, judged by the registration and profile rules. */
export enum WorkerFieldReason {
  NAME_REQUIRED = 'NAME_REQUIRED',
  PHONE_FORMAT = 'PHONE_FORMAT',
  CATEGORIES_REQUIRED = 'CATEGORIES_REQUIRED',
  CREDENTIALS_TOGETHER = 'CREDENTIALS_TOGETHER',
  HOUSEHOLD_UNKNOWN = 'HOUSEHOLD_UNKNOWN',
  HOUSEHOLD_OTHER_COUNTY = 'HOUSEHOLD_OTHER_COUNTY',
  HOUSEHOLD_NOT_JOINABLE = 'HOUSEHOLD_NOT_JOINABLE',
  CATEGORIES_BEFORE_CURRENT = 'CATEGORIES_BEFORE_CURRENT',
  WORKERS_UNKNOWN = 'WORKERS_UNKNOWN',
  PURPOSE_REQUIRED = 'PURPOSE_REQUIRED',
  REVEAL_NOTE_TOO_SHORT = 'REVEAL_NOTE_TOO_SHORT',
  REFUSAL_REASON_REQUIRED = 'REFUSAL_REASON_REQUIRED',
  MERGE_NOT_SAME_PERSON = 'MERGE_NOT_SAME_PERSON',
  ORGANISABLE_AGENT_ONLY = 'ORGANISABLE_AGENT_ONLY',
  CATEGORIES_VERIFIED_FILTER_STAFF_ONLY = 'CATEGORIES_VERIFIED_FILTER_STAFF_ONLY',
  AGENCY_NOT_ENTRUSTABLE = 'AGENCY_NOT_ENTRUSTABLE',
  CONSENT_DATE_REQUIRED = 'CONSENT_DATE_REQUIRED',
  CONSENT_IN_APP_BY_WORKER = 'CONSENT_IN_APP_BY_WORKER',
}

export const WORKER_FIELD_MESSAGES: FieldCatalogue<WorkerFieldReason> = {
  NAME_REQUIRED: { zh: '请填写姓名', en: 'name is required' },
  PHONE_FORMAT: {
    zh: '手机号须为中国大陆的 11 位手机号码（13 到 19 开头）',
    en: 'phone must be a mainland mobile number (11 digits starting 13-19)',
  },
  CATEGORIES_REQUIRED: { zh: '至少选择一个人员类别', en: 'categories must name at least one category' },
  CREDENTIALS_TOGETHER: { zh: '用户名和密码须同时填写', en: 'username and password must be given together' },
  HOUSEHOLD_UNKNOWN: { zh: '没有这个家庭户', en: 'householdId does not name a household' },
  HOUSEHOLD_OTHER_COUNTY: { zh: '同一家庭户的成员户籍须在同一区县', en: 'members of a household share one hukou county' },
  // One answer for "no such household" and "not yours": an agency learns nothing about households it did not create.
  HOUSEHOLD_NOT_JOINABLE: {
    zh: '没有这个家庭户，或该户不是贵机构建立的：只有户籍地人社部门或建户的机构才能添加家庭成员',
    en: 'householdId names no household you may add to: only a bureau of its county or the agency that created it adds members',
  },
  CATEGORIES_BEFORE_CURRENT: {
    zh: '不能早于现有人员类别的生效日期 {date}',
    en: 'effectiveFrom must not be before the current categories took effect ({date})',
  },
  WORKERS_UNKNOWN: { zh: '所选人员中有不存在的求职者', en: '{field} names workers that do not exist' },
  PURPOSE_REQUIRED: {
    zh: '请说明查看完整身份证号码的用途（至少 {min} 个字）',
    en: 'purpose must say why the number is needed (at least {min} characters)',
  },
  REFUSAL_REASON_REQUIRED: { zh: '请写明退回登记的理由', en: 'reason must say why the registration is refused' },
  MERGE_NOT_SAME_PERSON: {
    zh: '只能合并到身份证号码相同、已核实登记的人员',
    en: 'intoWorkerId must name an accepted worker with the same resident ID number',
  },
  REVEAL_NOTE_TOO_SHORT: {
    zh: '备注（note）须写明本次查看完整身份证号码的具体事由，至少 {min} 个字',
    en: 'note must say what this reveal is for (which payment, request or correction), at least {min} characters',
  },
  ORGANISABLE_AGENT_ONLY: {
    zh: '只有劳务公司、人力资源服务机构的账号才能按“可组织的劳动力”筛选',
    en: 'filter.organisable is for agency accounts only',
  },
  // Whether a worker has declared categories says they hold one (低保, 特困 …): only those who see categories may filter by it.
  CATEGORIES_VERIFIED_FILTER_STAFF_ONLY: {
    zh: '只有人社部门和管理员才能按“人员类别是否已核实”筛选',
    en: 'filter.categoriesVerified is for bureau and ADMIN accounts only',
  },
  AGENCY_NOT_ENTRUSTABLE: {
    zh: '受托机构须为已通过人社部门核验的劳务公司或人力资源服务机构',
    en: 'agencyId must name a labour or HR agency a bureau has verified',
  },
  CONSENT_DATE_REQUIRED: { zh: '请填写求职者签署书面同意书的日期', en: 'signedOn is required for a signed paper consent' },
  CONSENT_IN_APP_BY_WORKER: {
    zh: '线上同意须由求职者本人在应用中确认：不填写同意书时，委托待本人确认',
    en: 'in-app consent is given by the worker themself: leave consent out and the entrustment waits for it',
  },
};

export function workerProblem(field: string, reason: WorkerFieldReason, params: MessageParams = {}): FieldProblem {
  return fieldProblem(field, WORKER_FIELD_MESSAGES, reason, params);
}

export function invalidWorkerField(field: string, reason: WorkerFieldReason, params: MessageParams = {}): InvalidInputError {
  return new InvalidInputError([workerProblem(field, reason, params)]);
}
