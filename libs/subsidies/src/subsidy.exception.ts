import { domainError, type ErrorCatalogue } from '@app/common';

/** Why a subsidy claim or policy is refused. */
export enum SubsidyErrorReason {
  // Kept as it was first published in extensions.reason.
  ALREADY_CLAIMED = 'ALREADY_CLAIMED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  POLICY_HAS_NO_SUCH_SUBSIDY = 'POLICY_HAS_NO_SUCH_SUBSIDY',
  CLAIM_NOT_FOUND = 'CLAIM_NOT_FOUND',
  NO_POLICY_IN_FORCE = 'NO_POLICY_IN_FORCE',
  CLAIM_TRANSITION = 'CLAIM_TRANSITION',
  REJECTION_NOTE_REQUIRED = 'REJECTION_NOTE_REQUIRED',
  EVIDENCE_CHANGED = 'EVIDENCE_CHANGED',
  PAID_ON_IN_FUTURE = 'PAID_ON_IN_FUTURE',
  PAID_BEFORE_APPROVAL = 'PAID_BEFORE_APPROVAL',
  PAYMENT_REFERENCE_REQUIRED = 'PAYMENT_REFERENCE_REQUIRED',
  BUREAU_ONLY = 'BUREAU_ONLY',
  BENEFICIARY_ONLY = 'BENEFICIARY_ONLY',
  POLICY_OWNER_ONLY = 'POLICY_OWNER_ONLY',
  POLICY_VERSION_EXISTS = 'POLICY_VERSION_EXISTS',
  EMPLOYMENT_CHECK_REQUIRED = 'EMPLOYMENT_CHECK_REQUIRED',
  SUBMITTER_CANNOT_APPROVE = 'SUBMITTER_CANNOT_APPROVE',
  APPROVER_CANNOT_PAY = 'APPROVER_CANNOT_PAY',
  OTHER_DEPARTMENTS_FUND = 'OTHER_DEPARTMENTS_FUND',
  POLICY_GAP = 'POLICY_GAP',
  POLICY_NOT_FOUND = 'POLICY_NOT_FOUND',
  POLICY_ALREADY_SUPERSEDED = 'POLICY_ALREADY_SUPERSEDED',
  POLICY_IN_USE = 'POLICY_IN_USE',
  POLICY_PROVINCE_FIXED = 'POLICY_PROVINCE_FIXED',
}

export const SUBSIDY_ERRORS: ErrorCatalogue<SubsidyErrorReason> = {
  ALREADY_CLAIMED: { code: 'CONFLICT', zh: '这项补贴已为此人申领过', en: 'This subsidy has already been claimed for this person (ALREADY_CLAIMED)' },
  NOT_ELIGIBLE: { code: 'BAD_USER_INPUT', zh: '这项补贴现在不能申领（{status}）：{why}', en: 'this subsidy cannot be claimed now ({status}): {why}' },
  POLICY_HAS_NO_SUCH_SUBSIDY: {
    code: 'BAD_USER_INPUT',
    zh: '适用的政策（{policy}）没有这项补贴',
    en: 'the applicable policy ({policy}) has no {kind} subsidy',
  },
  CLAIM_NOT_FOUND: { code: 'NOT_FOUND', zh: '找不到该补贴申请', en: 'Subsidy claim {id} was not found' },
  // No longer raised: a placement no policy covers is assessed INELIGIBLE with reasonCode POLICY_GAP (kept: API).
  NO_POLICY_IN_FORCE: { code: 'NOT_FOUND', zh: '该省 {date} 没有有效的补贴政策', en: 'A subsidy policy of province {province} valid on {date} was not found' },
  CLAIM_TRANSITION: { code: 'BAD_USER_INPUT', zh: '状态为 {from} 的申请不能改为 {to}', en: 'a {from} claim cannot become {to}' },
  REJECTION_NOTE_REQUIRED: { code: 'BAD_USER_INPUT', zh: '驳回时请说明原因', en: 'a rejection needs a note saying why' },
  EVIDENCE_CHANGED: {
    code: 'BAD_USER_INPUT',
    zh: '审核通过后就业证据有变化：请重新审核后再发放',
    en: 'the evidence changed after approval: review the claim again before paying',
  },
  PAID_ON_IN_FUTURE: { code: 'BAD_USER_INPUT', zh: '发放日期不能晚于今天', en: 'paidOn must not be in the future' },
  PAID_BEFORE_APPROVAL: {
    code: 'BAD_USER_INPUT',
    zh: '发放日期不能早于审核通过的日期 {approvedOn}',
    en: 'paidOn must not be before {approvedOn}, the day the claim was approved',
  },
  PAYMENT_REFERENCE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '请填写发放凭证号或转账流水号',
    en: 'reference must name the payment (voucher or transfer number)',
  },
  BUREAU_ONLY: { code: 'FORBIDDEN', zh: '只有人社部门才能审核和发放补贴', en: 'Only a bureau reviews and pays subsidy claims' },
  BENEFICIARY_ONLY: {
    code: 'FORBIDDEN',
    zh: '只有补贴对象本人，或代为申领的人社部门，才能申领这项补贴',
    en: 'Only the beneficiary, or the bureau on its behalf, can claim this subsidy',
  },
  POLICY_OWNER_ONLY: {
    code: 'FORBIDDEN',
    zh: '只有系统管理员或本省人社部门才能设置本省补贴政策',
    en: 'Only ADMIN or the province’s own bureau can set its subsidy policy',
  },
  POLICY_VERSION_EXISTS: { code: 'CONFLICT', zh: '本省政策的 {version} 版本已存在', en: 'Version {version} of this province’s policy already exists' },
  EMPLOYMENT_CHECK_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '吸纳就业补贴依据的是用人单位自己的在岗确认：审核通过前请说明如何核实了就业情况（如社保缴费记录、工资流水、实地核查）',
    en: 'an absorption subsidy rests on the employer’s own confirmations: say how the employment was checked (social-insurance records, payroll, a site visit …) before approving',
  },
  SUBMITTER_CANNOT_APPROVE: {
    code: 'FORBIDDEN',
    zh: '代为申领的账号不能审核通过同一份申请：请由本部门的另一个账号审核（部门只有一个账号的，须先开设第二个账号）',
    en: 'The account that submitted this claim on the beneficiary’s behalf cannot approve it: another account of the bureau must review it (a bureau with a single account needs a second one)',
  },
  OTHER_DEPARTMENTS_FUND: {
    code: 'FORBIDDEN',
    zh: '该补贴从{fund}列支，由{department}审核发放，本账号属于{own}',
    en: 'This subsidy is paid from {fund}, which {department} reviews and pays; this account belongs to {own}',
  },
  APPROVER_CANNOT_PAY: {
    code: 'FORBIDDEN',
    zh: '审核通过的账号不能登记同一份申请的发放：请由本部门的另一个账号登记发放（部门只有一个账号的，须先开设第二个账号）',
    en: 'The account that approved this claim cannot mark it paid: another account of the bureau must record the payment (a bureau with a single account needs a second one)',
  },
  POLICY_GAP: {
    code: 'BAD_USER_INPUT',
    zh: '这项补贴现在不能申领：{why}。请待本省录入适用的政策版本后再申领',
    en: 'this subsidy cannot be claimed: no subsidy policy is in force on the placement’s start date ({why}); claim once the province has entered the applicable version',
  },
  POLICY_NOT_FOUND: { code: 'NOT_FOUND', zh: '找不到该补贴政策', en: 'Subsidy policy {id} was not found' },
  POLICY_ALREADY_SUPERSEDED: {
    code: 'CONFLICT',
    zh: '该政策版本已有接续版本：新版本请接续最新的版本',
    en: 'This policy version already has a successor: supersede the latest version instead',
  },
  POLICY_IN_USE: {
    code: 'CONFLICT',
    zh: '已有 {claims} 份补贴申请依据该政策版本，不能再修改：如需更正，请录入接续的新版本（supersedesId）',
    en: '{claims} subsidy claim(s) rest on this policy version, so it cannot change: enter a correction as a new version (supersedesId)',
  },
  POLICY_PROVINCE_FIXED: {
    code: 'BAD_USER_INPUT',
    zh: '政策版本所属的省份不能修改',
    en: 'the province of a policy version cannot change',
  },
};

export class SubsidyError extends domainError(SUBSIDY_ERRORS) {}

/** Says nothing about where or through whom the earlier claim was made. */
export class AlreadyClaimedError extends SubsidyError {
  constructor() {
    super(SubsidyErrorReason.ALREADY_CLAIMED, { field: 'kind' });
  }
}

/**
 * An assessment's status as a person reads it, for NOT_ELIGIBLE's `{status}`. The `{why}` beside it is the assessment's
 * own reason, in Chinese with the policy documents' terms (the same text eligibility shows), in either language.
 */
export const ASSESSMENT_STATUS_TEXT: Readonly<Record<'PENDING' | 'INELIGIBLE', { zh: string; en: string }>> = {
  PENDING: { zh: '条件尚未全部满足', en: 'PENDING: not all conditions are met yet' },
  INELIGIBLE: { zh: '不符合条件', en: 'INELIGIBLE' },
};
