import {
  domainError,
  type ErrorCatalogue,
  type FieldCatalogue,
  type FieldProblem,
  fieldProblem,
  InvalidInputError,
  type Language,
  type LocalizedText,
  type MessageParams,
} from '@app/common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from './username.js';

/** Why signing in or creating an account is refused. */
export enum AccountErrorReason {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_NOT_FOUND = 'ACCOUNT_NOT_FOUND',
  USERNAME_TAKEN = 'USERNAME_TAKEN',
  BUREAU_CREATES_BUREAU_ONLY = 'BUREAU_CREATES_BUREAU_ONLY',
  LOGIN_THROTTLED = 'LOGIN_THROTTLED',
  PASSWORD_CHECK_THROTTLED = 'PASSWORD_CHECK_THROTTLED',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
  CANNOT_DISABLE_SELF = 'CANNOT_DISABLE_SELF',
  ADMIN_DISABLED_BY_ADMIN_ONLY = 'ADMIN_DISABLED_BY_ADMIN_ONLY',
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
  LOGIN_THROTTLED: {
    code: 'UNAUTHENTICATED',
    zh: '登录失败次数过多，请 {wait}后再试',
    en: 'Too many failed sign-ins: try again in {wait}',
  },
  PASSWORD_CHECK_THROTTLED: {
    code: 'FORBIDDEN',
    zh: '密码错误次数过多，请 {wait}后再试',
    en: 'Too many wrong passwords: try again in {wait}',
  },
  ACCOUNT_DISABLED: {
    code: 'UNAUTHENTICATED',
    zh: '该账号已停用，请联系所属人社部门或系统管理员',
    en: 'This account is disabled; ask your bureau or an administrator',
  },
  CANNOT_DISABLE_SELF: { code: 'FORBIDDEN', zh: '不能停用自己的账号', en: 'You cannot disable your own account' },
  ADMIN_DISABLED_BY_ADMIN_ONLY: {
    code: 'FORBIDDEN',
    zh: '系统管理员账号只能由另一位系统管理员停用或启用',
    en: 'Only another administrator can disable or enable an administrator account',
  },
};

export class AccountError extends domainError(ACCOUNT_ERRORS) {}

/** Never says whether the username exists. */
export class InvalidCredentialsError extends AccountError {
  constructor() {
    super(AccountErrorReason.INVALID_CREDENTIALS);
  }
}

/** How a wait reads: seconds up to two minutes, whole minutes (rounded up) beyond. */
function waitText(seconds: number): LocalizedText {
  if (seconds < 120) return { zh: `${seconds} 秒`, en: `${seconds} second${seconds === 1 ? '' : 's'}` };
  const minutes = Math.ceil(seconds / 60);
  return { zh: `${minutes} 分钟`, en: `${minutes} minutes` };
}

/**
 * Too many failures: no password is checked until the wait is over, so the answer is the same for a right and a wrong
 * one. `extensions.retryAfterSeconds` says how long (and the API sends it as the `Retry-After` header too).
 */
export class ThrottledError extends AccountError {
  constructor(
    readonly retryAfterSeconds: number,
    reason: AccountErrorReason.LOGIN_THROTTLED | AccountErrorReason.PASSWORD_CHECK_THROTTLED = AccountErrorReason.LOGIN_THROTTLED,
  ) {
    super(reason, { params: { wait: waitText(retryAfterSeconds) } });
  }

  override extensions(language?: Language): Record<string, unknown> {
    return { ...super.extensions(language), retryAfterSeconds: this.retryAfterSeconds };
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
  CURRENT_PASSWORD_WRONG = 'CURRENT_PASSWORD_WRONG',
  NEW_PASSWORD_UNCHANGED = 'NEW_PASSWORD_UNCHANGED',
  DISABLE_REASON_LENGTH = 'DISABLE_REASON_LENGTH',
  DEPARTMENT_BUREAU_ONLY = 'DEPARTMENT_BUREAU_ONLY',
  DEPARTMENT_OWN_ONLY = 'DEPARTMENT_OWN_ONLY',
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
  CURRENT_PASSWORD_WRONG: { zh: '当前密码不正确', en: 'currentPassword is not the current password' },
  NEW_PASSWORD_UNCHANGED: { zh: '新密码不能与当前密码相同', en: 'newPassword must differ from the current password' },
  DISABLE_REASON_LENGTH: { zh: '停用原因须为 {min} 到 {max} 个字', en: 'reason must be {min} to {max} characters' },
  DEPARTMENT_BUREAU_ONLY: { zh: '只有主管部门账号才有所属部门', en: 'department is for BUREAU accounts only' },
  DEPARTMENT_OWN_ONLY: {
    zh: '本账号属于{department}，只能创建本部门的账号',
    en: 'an account of department {department} creates accounts of that department only',
  },
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
