import { domainError, type ErrorCatalogue, type FieldCatalogue, type FieldProblem, fieldProblem, InvalidInputError, type MessageParams } from '@app/common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from './username.js';

/** Why signing in or creating an account is refused. */
export enum AccountErrorReason {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_NOT_FOUND = 'ACCOUNT_NOT_FOUND',
  USERNAME_TAKEN = 'USERNAME_TAKEN',
  BUREAU_CREATES_BUREAU_ONLY = 'BUREAU_CREATES_BUREAU_ONLY',
}

export const ACCOUNT_ERRORS: ErrorCatalogue<AccountErrorReason> = {
  INVALID_CREDENTIALS: { code: 'UNAUTHENTICATED', zh: '用户名或密码不正确', en: 'Invalid username or password' },
  ACCOUNT_NOT_FOUND: { code: 'NOT_FOUND', zh: '找不到该账号', en: 'The account was not found' },
  USERNAME_TAKEN: { code: 'CONFLICT', zh: '该用户名已被使用，请换一个', en: 'This username is already taken' },
  BUREAU_CREATES_BUREAU_ONLY: {
    code: 'FORBIDDEN',
    zh: '人社部门只能创建人社部门账号；其他账号须由系统管理员创建',
    en: 'A bureau can only create bureau accounts; other accounts are created by an administrator',
  },
};

export class AccountError extends domainError(ACCOUNT_ERRORS) {}

/** Never says whether the username exists. */
export class InvalidCredentialsError extends AccountError {
  constructor() {
    super(AccountErrorReason.INVALID_CREDENTIALS);
  }
}

/** CONFLICT on `username`. */
export class UsernameTakenError extends AccountError {
  constructor(field = 'username') {
    super(AccountErrorReason.USERNAME_TAKEN, { field });
  }
}

/** Problems with one field of a new account. */
export enum AccountFieldReason {
  REGION_REQUIRED_FOR_BUREAU = 'REGION_REQUIRED_FOR_BUREAU',
  ORGANIZATION_REQUIRED = 'ORGANIZATION_REQUIRED',
  ORGANIZATION_UNKNOWN = 'ORGANIZATION_UNKNOWN',
  ROLE_NOT_FOR_ORGANIZATION = 'ROLE_NOT_FOR_ORGANIZATION',
  WORKER_LOGIN_VIA_REGISTRATION = 'WORKER_LOGIN_VIA_REGISTRATION',
  USERNAME_FORMAT = 'USERNAME_FORMAT',
  PASSWORD_TOO_SHORT = 'PASSWORD_TOO_SHORT',
  PASSWORD_TOO_LONG = 'PASSWORD_TOO_LONG',
}

export const ACCOUNT_FIELD_MESSAGES: FieldCatalogue<AccountFieldReason> = {
  REGION_REQUIRED_FOR_BUREAU: { zh: '人社部门账号须填写管辖地区', en: 'regionCode is required for a BUREAU account' },
  ORGANIZATION_REQUIRED: { zh: '用人单位和机构的账号须填写所属单位', en: 'organizationId is required for an {role} account' },
  ORGANIZATION_UNKNOWN: { zh: '没有这个单位', en: 'organizationId does not name an organisation' },
  ROLE_NOT_FOR_ORGANIZATION: {
    zh: '该单位的账号角色应为 {expected}',
    en: 'an organisation of kind {kind} has {expected} accounts',
  },
  WORKER_LOGIN_VIA_REGISTRATION: { zh: '求职者的账号在登记求职者（registerWorker）时创建', en: 'worker logins are created with registerWorker' },
  USERNAME_FORMAT: { zh: '用户名须为 3 到 64 位字母、数字或 _ . @ -', en: 'username must be 3-64 letters, digits, _ . @ or -' },
  PASSWORD_TOO_SHORT: { zh: '密码至少 {min} 位', en: 'password must be at least {min} characters' },
  PASSWORD_TOO_LONG: { zh: '密码最多 {max} 位', en: 'password must be at most {max} characters' },
};

export function accountProblem(field: string, reason: AccountFieldReason, params: MessageParams = {}): FieldProblem {
  return fieldProblem(field, ACCOUNT_FIELD_MESSAGES, reason, params);
}

export class AccountInputError extends InvalidInputError {
  constructor(field: string, reason: AccountFieldReason, params: MessageParams = {}) {
    super([accountProblem(field, reason, params)]);
  }
}

/** What is wrong with a username and password chosen for a login (the rules the sign-up forms use), one problem per field. */
export function credentialProblems(username: string | null | undefined, password: string | null | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (username != null && !USERNAME_PATTERN.test(username)) problems.push(accountProblem('username', AccountFieldReason.USERNAME_FORMAT));
  if (password != null && password.length < PASSWORD_MIN_LENGTH) {
    problems.push(accountProblem('password', AccountFieldReason.PASSWORD_TOO_SHORT, { min: PASSWORD_MIN_LENGTH }));
  }
  if (password != null && password.length > PASSWORD_MAX_LENGTH) {
    problems.push(accountProblem('password', AccountFieldReason.PASSWORD_TOO_LONG, { max: PASSWORD_MAX_LENGTH }));
  }
  return problems;
}
