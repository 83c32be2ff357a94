import { domainError, type ErrorCatalogue, type FieldCatalogue, type FieldProblem, fieldProblem, InvalidInputError } from '@app/common';
import type { CreditCodeProblem } from './credit-code.js';

/** Why an organisation is refused or not shown. */
export enum OrganizationErrorReason {
  ORGANIZATION_NOT_FOUND = 'ORGANIZATION_NOT_FOUND',
  CREDIT_CODE_TAKEN = 'CREDIT_CODE_TAKEN',
  ORGANIZATION_HIDDEN = 'ORGANIZATION_HIDDEN',
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
};

export class OrganizationError extends domainError(ORGANIZATION_ERRORS) {}

/** CONFLICT on `creditCode`; says nothing about the organisation that holds it. */
export class CreditCodeTakenError extends OrganizationError {
  constructor() {
    super(OrganizationErrorReason.CREDIT_CODE_TAKEN, { field: 'creditCode' });
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
