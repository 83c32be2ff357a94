import { domainError, DomainError, type ErrorCatalogue, type FieldCatalogue, type FieldProblem, fieldProblem } from './domain-error.js';
import type { LocalizedText, Message, MessageParams } from './messages.js';

/** Reasons shared by every domain: signing in, roles, jurisdiction, and input as a whole. */
export enum CommonErrorReason {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  TOKEN_INVALID = 'TOKEN_INVALID',
  ROLE_REQUIRED = 'ROLE_REQUIRED',
  OUTSIDE_JURISDICTION = 'OUTSIDE_JURISDICTION',
  NO_ORGANIZATION = 'NO_ORGANIZATION',
  INVALID_INPUT = 'INVALID_INPUT',
}

export const COMMON_ERRORS: ErrorCatalogue<CommonErrorReason> = {
  UNAUTHENTICATED: { code: 'UNAUTHENTICATED', zh: '请先登录', en: 'Sign in first' },
  TOKEN_INVALID: { code: 'UNAUTHENTICATED', zh: '登录凭证无效或已过期，请重新登录', en: 'The access token is invalid or has expired' },
  ROLE_REQUIRED: { code: 'FORBIDDEN', zh: '此操作仅限{roles}', en: 'Only {roles} can do this' },
  OUTSIDE_JURISDICTION: { code: 'FORBIDDEN', zh: '此操作仅限所辖地区的人社部门', en: 'Only a bureau whose jurisdiction covers this can do this' },
  NO_ORGANIZATION: { code: 'FORBIDDEN', zh: '此账号不属于任何单位，请先登记单位', en: 'This account belongs to no organisation' },
  INVALID_INPUT: { code: 'BAD_USER_INPUT', zh: '有 {count} 处输入需要修改：{list}', en: '{count} fields need correcting: {list}' },
};

/** Problems with a single field that any domain's input can have (shapes, ranges, dates, cursors). */
export enum FieldReason {
  REQUIRED = 'REQUIRED',
  INVALID_VALUE = 'INVALID_VALUE',
  NOT_TEXT = 'NOT_TEXT',
  TOO_SHORT = 'TOO_SHORT',
  TOO_LONG = 'TOO_LONG',
  WRONG_LENGTH = 'WRONG_LENGTH',
  NOT_INTEGER = 'NOT_INTEGER',
  NOT_NUMBER = 'NOT_NUMBER',
  TOO_SMALL = 'TOO_SMALL',
  TOO_LARGE = 'TOO_LARGE',
  NOT_POSITIVE = 'NOT_POSITIVE',
  NOT_BOOLEAN = 'NOT_BOOLEAN',
  NOT_IN_LIST = 'NOT_IN_LIST',
  NOT_LIST = 'NOT_LIST',
  EMPTY_LIST = 'EMPTY_LIST',
  TOO_MANY_ITEMS = 'TOO_MANY_ITEMS',
  NOT_ID = 'NOT_ID',
  NOT_URL = 'NOT_URL',
  NOT_OBJECT = 'NOT_OBJECT',
  UNKNOWN_FIELD = 'UNKNOWN_FIELD',
  UNSTORABLE_TEXT = 'UNSTORABLE_TEXT',
  INVALID_DATE = 'INVALID_DATE',
  INVALID_MONTH = 'INVALID_MONTH',
  DATE_IN_FUTURE = 'DATE_IN_FUTURE',
  DATE_BEFORE = 'DATE_BEFORE',
  INVALID_CURSOR = 'INVALID_CURSOR',
  PAGE_SIZE = 'PAGE_SIZE',
  REGION_CODE = 'REGION_CODE',
  UNKNOWN_REGION = 'UNKNOWN_REGION',
  LATITUDE_IN_CHINA = 'LATITUDE_IN_CHINA',
  LONGITUDE_IN_CHINA = 'LONGITUDE_IN_CHINA',
  JSON_TOO_DEEP = 'JSON_TOO_DEEP',
  JSON_TOO_LARGE = 'JSON_TOO_LARGE',
}

export const COMMON_FIELD_MESSAGES: FieldCatalogue<FieldReason> = {
  REQUIRED: { zh: '必须填写', en: '{field} is required' },
  INVALID_VALUE: { zh: '取值无效', en: '{field} is invalid' },
  NOT_TEXT: { zh: '须为文字', en: '{field} must be text' },
  TOO_SHORT: { zh: '至少 {min} 个字', en: '{field} must be at least {min} characters' },
  TOO_LONG: { zh: '最多 {max} 个字', en: '{field} must be at most {max} characters' },
  WRONG_LENGTH: { zh: '应为 {length} 位', en: '{field} must be {length} characters' },
  NOT_INTEGER: { zh: '须为整数', en: '{field} must be a whole number' },
  NOT_NUMBER: { zh: '须为数字', en: '{field} must be a number' },
  TOO_SMALL: { zh: '不能小于 {min}', en: '{field} must not be less than {min}' },
  TOO_LARGE: { zh: '不能大于 {max}', en: '{field} must not be greater than {max}' },
  NOT_POSITIVE: { zh: '须大于 0', en: '{field} must be more than 0' },
  NOT_BOOLEAN: { zh: '须为“是”或“否”', en: '{field} must be true or false' },
  NOT_IN_LIST: { zh: '不是可选的值', en: '{field} is not one of the allowed values' },
  NOT_LIST: { zh: '须为列表', en: '{field} must be a list' },
  EMPTY_LIST: { zh: '至少填写一项', en: '{field} must name at least one entry' },
  TOO_MANY_ITEMS: { zh: '最多 {max} 项', en: '{field} may list at most {max} entries' },
  NOT_ID: { zh: '不是有效的编号', en: '{field} is not a valid id' },
  NOT_URL: { zh: '须为网址', en: '{field} must be a URL' },
  NOT_OBJECT: { zh: '格式不对', en: '{field} must be an object' },
  UNKNOWN_FIELD: { zh: '不是可接受的字段', en: '{field} is not an accepted field' },
  UNSTORABLE_TEXT: { zh: '含有不允许的字符（空字符或残缺的 Unicode）', en: '{field} contains characters that are not allowed (NUL or broken Unicode)' },
  INVALID_DATE: { zh: '须为真实存在的日期，格式为 YYYY-MM-DD（例如 2026-03-01）', en: '{field} must be a real date YYYY-MM-DD' },
  INVALID_MONTH: { zh: '须为月份，格式为 YYYY-MM（例如 2026-03）', en: '{field} must be a month YYYY-MM' },
  DATE_IN_FUTURE: { zh: '不能晚于今天', en: '{field} must not be in the future' },
  DATE_BEFORE: { zh: '不能早于 {date}', en: '{field} must not be before {date}' },
  INVALID_CURSOR: { zh: '不是本系统给出的翻页位置', en: '{field} is not a cursor this API issued' },
  PAGE_SIZE: { zh: '每页条数须在 1 到 {max} 之间', en: '{field} must be between 1 and {max}' },
  REGION_CODE: { zh: '须为六位行政区划代码（GB/T 2260）', en: '{field} must be a six-digit GB/T 2260 region code' },
  UNKNOWN_REGION: { zh: '没有这个行政区划代码', en: '{field} is not a known region code' },
  LATITUDE_IN_CHINA: { zh: '纬度须在中国境内（3 到 54）', en: '{field} must lie inside China (3 to 54)' },
  LONGITUDE_IN_CHINA: { zh: '经度须在中国境内（73 到 136）', en: '{field} must lie inside China (73 to 136)' },
  JSON_TOO_DEEP: { zh: '嵌套层数过多（最多 {max} 层）', en: '{field} is nested too deeply (at most {max} levels)' },
  JSON_TOO_LARGE: { zh: '内容过大（最多 {max} 项）', en: '{field} is too large (at most {max} entries)' },
};

/** A problem with one field from the shared catalogue. */
export function commonProblem(field: string, reason: FieldReason, params: MessageParams = {}): FieldProblem {
  return fieldProblem(field, COMMON_FIELD_MESSAGES, reason, params);
}

/** The roles' names as a person reads them. */
export const ROLE_NAMES: Readonly<Record<string, LocalizedText>> = {
  WORKER: { zh: '求职者', en: 'a worker' },
  EMPLOYER: { zh: '用人单位', en: 'an employer' },
  AGENT: { zh: '劳务经纪人或人力资源机构', en: 'an agent' },
  BUREAU: { zh: '人社部门', en: 'a bureau' },
  ADMIN: { zh: '系统管理员', en: 'an administrator' },
};

function roleList(roles: readonly string[]): LocalizedText {
  const names = roles.map((r) => ROLE_NAMES[r] ?? { zh: r, en: r });
  return { zh: names.map((n) => n.zh).join('或'), en: names.map((n) => n.en).join(' or ') };
}

const SummaryError = domainError(COMMON_ERRORS);

/**
 * Bad input: every failing field, each with its own message. With one problem the reason is that problem's own
 * (e.g. INVALID_DATE), so a screen can act on it; with several it is INVALID_INPUT.
 */
export class InvalidInputError extends DomainError {
  constructor(problems: readonly FieldProblem[]) {
    if (problems.length === 0) throw new Error('InvalidInputError needs at least one problem');
    const single = problems.length === 1 ? problems[0] : undefined;
    const list: LocalizedText = {
      zh: problems.map((p) => `${p.field}：${p.text.zh}`).join('；'),
      en: problems.map((p) => p.text.en).join('; '),
    };
    const entry = single ? { code: 'BAD_USER_INPUT' as const, zh: `${single.field}：${single.text.zh}`, en: single.text.en } : COMMON_ERRORS.INVALID_INPUT;
    super(single?.reason ?? CommonErrorReason.INVALID_INPUT, entry, { params: { count: problems.length, list } }, problems);
  }
}

/** One failing field of the shared catalogue: `throw invalidField('after', FieldReason.INVALID_CURSOR)`. */
export function invalidField(field: string, reason: FieldReason, params: MessageParams = {}): InvalidInputError {
  return new InvalidInputError([commonProblem(field, reason, params)]);
}

export class UnauthenticatedError extends SummaryError {
  constructor(reason: CommonErrorReason.UNAUTHENTICATED | CommonErrorReason.TOKEN_INVALID = CommonErrorReason.UNAUTHENTICATED) {
    super(reason);
  }
}

/** Refused for want of a role: says which roles would be allowed, never anything about the subject. */
export class RoleRequiredError extends SummaryError {
  constructor(roles: readonly string[]) {
    super(CommonErrorReason.ROLE_REQUIRED, { params: { roles: roleList(roles) } });
  }
}

export class OutsideJurisdictionError extends SummaryError {
  constructor() {
    super(CommonErrorReason.OUTSIDE_JURISDICTION);
  }
}

export class NoOrganizationError extends SummaryError {
  constructor() {
    super(CommonErrorReason.NO_ORGANIZATION);
  }
}

/** For the few messages that are not a domain's reason (the GraphQL layer's own). */
export type { Message };
