import { domainError, type ErrorCatalogue, type FieldCatalogue, type FieldProblem, fieldProblem, InvalidInputError } from '@app/common';
import type { CreditCodeProblem } from './credit-code.js';

/** Why an organisation is refused or not shown. */
export enum OrganizationErrorReason {
  ORGANIZATION_NOT_FOUND = 'ORGANIZATION_NOT_FOUND',
  CREDIT_CODE_TAKEN = 'CREDIT_CODE_TAKEN',
  ORGANIZATION_HIDDEN = 'ORGANIZATION_HIDDEN',
  ORGANIZATION_NOT_VERIFIED = 'ORGANIZATION_NOT_VERIFIED',
  BROKER_ALREADY_REGISTERED = 'BROKER_ALREADY_REGISTERED',
}

export const ORGANIZATION_ERRORS: ErrorCatalogue<OrganizationErrorReason> = {
  ORGANIZATION_NOT_FOUND: { code: 'NOT_FOUND', zh: '找不到该单位', en: 'The organisation was not found' },
  CREDIT_CODE_TAKEN: {
    code: 'CONFLICT',
    zh: '该统一社会信用代码已登记过单位',
    en: 'An organisation with this unified social credit code is already registered',
  },
  ORGANIZATION_HIDDEN: {
    code: 'FORBIDDEN',
    zh: '只能查看本单位的资料；其他单位的资料仅限所辖地区的人社部门或系统管理员查看',
    en: 'You can see your own organisation only; other organisations are seen by a bureau of their jurisdiction or an administrator',
  },
  BROKER_ALREADY_REGISTERED: {
    code: 'CONFLICT',
    zh: '此身份证号码已登记过个人劳务经纪人',
    en: 'An individual broker with this ID number is already registered',
  },
  ORGANIZATION_NOT_VERIFIED: {
    code: 'FORBIDDEN',
    zh: '须经所在地人社部门核验后才能{action}，请联系本单位所在地的人社部门办理核验',
    en: 'The organisation must be verified by the bureau of its region before it can {action}: ask that bureau to verify it',
  },
};

export class OrganizationError extends domainError(ORGANIZATION_ERRORS) {}

/** What is wrong with how an organisation identifies itself: a credit code for a body, an ID number for a broker. */
export enum IdentityReason {
  BROKER_HAS_NO_CREDIT_CODE = 'BROKER_HAS_NO_CREDIT_CODE',
  CREDIT_CODE_REQUIRED = 'CREDIT_CODE_REQUIRED',
  BROKER_ID_NUMBER_REQUIRED = 'BROKER_ID_NUMBER_REQUIRED',
  ID_NUMBER_FOR_BROKERS_ONLY = 'ID_NUMBER_FOR_BROKERS_ONLY',
}

export const IDENTITY_MESSAGES: FieldCatalogue<IdentityReason> = {
  BROKER_HAS_NO_CREDIT_CODE: {
    zh: '个人劳务经纪人没有统一社会信用代码，请不要填写，改填本人身份证号码',
    en: '{field}: an individual broker has no credit code; give the broker’s own ID number instead',
  },
  CREDIT_CODE_REQUIRED: { zh: '请填写统一社会信用代码（18 位）', en: '{field} is required' },
  BROKER_ID_NUMBER_REQUIRED: { zh: '个人劳务经纪人请填写本人居民身份证号码', en: '{field}: an individual broker gives their own ID number' },
  ID_NUMBER_FOR_BROKERS_ONLY: {
    zh: '只有个人劳务经纪人填写身份证号码，单位请填写统一社会信用代码',
    en: '{field} is for individual brokers only; an organisation gives its credit code',
  },
};

export function identityProblem(field: string, reason: IdentityReason): FieldProblem {
  return fieldProblem(field, IDENTITY_MESSAGES, reason);
}

/** CONFLICT on `creditCode`; says nothing about the organisation that holds it. */
export class CreditCodeTakenError extends OrganizationError {
  constructor() {
    super(OrganizationErrorReason.CREDIT_CODE_TAKEN, { field: 'creditCode' });
  }
}

/** What an agency may do only once the bureau of its region verified it (vetted organisations). */
export enum AgencyAction {
  REGISTER_WORKERS = 'REGISTER_WORKERS',
  NOMINATE = 'NOMINATE',
  ORGANIZE_GROUPS = 'ORGANIZE_GROUPS',
  CLAIM_SUBSIDIES = 'CLAIM_SUBSIDIES',
}

const AGENCY_ACTION_TEXT: Readonly<Record<AgencyAction, { zh: string; en: string }>> = {
  REGISTER_WORKERS: { zh: '登记劳动者或导入台账', en: 'register workers or import ledgers' },
  NOMINATE: { zh: '推荐劳动者应聘', en: 'nominate workers' },
  ORGANIZE_GROUPS: { zh: '组织集中输出（点对点）', en: 'organise group departures' },
  CLAIM_SUBSIDIES: { zh: '申领补贴', en: 'claim subsidies' },
};

/** FORBIDDEN ORGANIZATION_NOT_VERIFIED: names the step (核验 by the bureau of the organisation's region) and what waits on it. */
export class OrganizationNotVerifiedError extends OrganizationError {
  constructor(action: AgencyAction) {
    super(OrganizationErrorReason.ORGANIZATION_NOT_VERIFIED, { params: { action: AGENCY_ACTION_TEXT[action] } });
  }
}

export class OrganizationNotFoundError extends OrganizationError {
  constructor() {
    super(OrganizationErrorReason.ORGANIZATION_NOT_FOUND);
  }
}

/** What is wrong with a unified social credit code (统一社会信用代码). */
export enum CreditCodeReason {
  CREDIT_CODE_LENGTH = 'CREDIT_CODE_LENGTH',
  CREDIT_CODE_CHARACTERS = 'CREDIT_CODE_CHARACTERS',
  CREDIT_CODE_CHECK_CHARACTER = 'CREDIT_CODE_CHECK_CHARACTER',
}

const REASON_OF: Readonly<Record<CreditCodeProblem, CreditCodeReason>> = {
  length: CreditCodeReason.CREDIT_CODE_LENGTH,
  characters: CreditCodeReason.CREDIT_CODE_CHARACTERS,
  'check character': CreditCodeReason.CREDIT_CODE_CHECK_CHARACTER,
};

export const CREDIT_CODE_MESSAGES: FieldCatalogue<CreditCodeReason> = {
  CREDIT_CODE_LENGTH: { zh: '统一社会信用代码应为 18 位', en: 'creditCode must be 18 characters' },
  CREDIT_CODE_CHARACTERS: {
    zh: '统一社会信用代码含有不允许的字符（不用 I、O、Z、S、V，第 3 到 8 位为行政区划代码）',
    en: 'creditCode holds characters a unified social credit code cannot have',
  },
  CREDIT_CODE_CHECK_CHARACTER: {
    zh: '统一社会信用代码校验位不符，可能有字符录错',
    en: 'the check character of creditCode does not match: a character may be mistyped',
  },
};

export function creditCodeFieldProblem(problem: CreditCodeProblem, field = 'creditCode'): FieldProblem {
  return fieldProblem(field, CREDIT_CODE_MESSAGES, REASON_OF[problem]);
}

export class InvalidCreditCodeError extends InvalidInputError {
  constructor(problem: CreditCodeProblem) {
    super([creditCodeFieldProblem(problem)]);
  }
}
