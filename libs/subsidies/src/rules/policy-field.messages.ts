import { type FieldCatalogue, type FieldProblem, fieldProblem, type MessageParams } from '@app/common';

/** What can be wrong with one property of a subsidy policy submitted as JSON (its path is the problem's field). */
export enum PolicyFieldReason {
  POLICY_NOT_OBJECT = 'POLICY_NOT_OBJECT',
  POLICY_UNKNOWN_PROPERTY = 'POLICY_UNKNOWN_PROPERTY',
  POLICY_PROVINCE_CODE = 'POLICY_PROVINCE_CODE',
  POLICY_TEXT_LENGTH = 'POLICY_TEXT_LENGTH',
  POLICY_VERSION_FORMAT = 'POLICY_VERSION_FORMAT',
  POLICY_DATE = 'POLICY_DATE',
  POLICY_VALID_TO_BEFORE_FROM = 'POLICY_VALID_TO_BEFORE_FROM',
  POLICY_RULES_COUNT = 'POLICY_RULES_COUNT',
  POLICY_NOT_ONE_OF = 'POLICY_NOT_ONE_OF',
  POLICY_ONCE_PER_FOR_KIND = 'POLICY_ONCE_PER_FOR_KIND',
  POLICY_BENEFICIARY_ORGANISATION = 'POLICY_BENEFICIARY_ORGANISATION',
  POLICY_ABSORPTION_MINIMUM = 'POLICY_ABSORPTION_MINIMUM',
  POLICY_AMOUNT_RANGE = 'POLICY_AMOUNT_RANGE',
  POLICY_CONDITIONS_COUNT = 'POLICY_CONDITIONS_COUNT',
  POLICY_CONDITION_TWICE = 'POLICY_CONDITION_TWICE',
  POLICY_MONTHS_RANGE = 'POLICY_MONTHS_RANGE',
  POLICY_NOT_BOOLEAN = 'POLICY_NOT_BOOLEAN',
  POLICY_NOT_LIST_OF = 'POLICY_NOT_LIST_OF',
  POLICY_EMPTY_LIST = 'POLICY_EMPTY_LIST',
  POLICY_LISTED_TWICE = 'POLICY_LISTED_TWICE',
  POLICY_BENEFICIARY_MISMATCH = 'POLICY_BENEFICIARY_MISMATCH',
  POLICY_TIERS_OVERLAP = 'POLICY_TIERS_OVERLAP',
}

export const POLICY_FIELD_MESSAGES: FieldCatalogue<PolicyFieldReason> = {
  POLICY_NOT_OBJECT: { zh: '须为对象（JSON object）', en: 'must be an object' },
  POLICY_UNKNOWN_PROPERTY: { zh: '不是可识别的属性', en: 'is not a known property' },
  POLICY_PROVINCE_CODE: { zh: '须为以 0000 结尾的六位省级代码，例如 520000', en: 'must be a six-digit province code ending in 0000, e.g. 520000' },
  POLICY_TEXT_LENGTH: { zh: '须为 1 到 {max} 个字的文字', en: 'must be a text of 1 to {max} characters' },
  POLICY_VERSION_FORMAT: {
    zh: '须为 1 到 40 位字母、数字、点、横线或下划线',
    en: 'must be a text of 1 to 40 letters, digits, dots, dashes or underscores',
  },
  POLICY_DATE: { zh: '须为真实存在的日期，格式为 YYYY-MM-DD', en: 'must be a date YYYY-MM-DD' },
  POLICY_VALID_TO_BEFORE_FROM: { zh: '失效日期不能早于生效日期（validFrom）', en: 'must not be before validFrom' },
  POLICY_RULES_COUNT: { zh: '须为 1 到 {max} 条规则的列表', en: 'must be a list of 1 to {max} rules' },
  POLICY_NOT_ONE_OF: { zh: '{value} 不是可选的值（可选：{allowed}）', en: '{value} is not one of {allowed}' },
  // No longer raised (once-per scopes are data now); kept because reasons are API.
  POLICY_ONCE_PER_FOR_KIND: {
    zh: '{kind} 类补贴须为 {expected}（按该键限领一次）',
    en: 'must be {expected} for {kind} (claims are unique on that key)',
  },
  POLICY_BENEFICIARY_ORGANISATION: {
    zh: '须为 AGENT 或 EMPLOYER：该补贴按受益单位限领一次',
    en: 'must be AGENT or EMPLOYER: the subsidy is once per beneficiary organisation',
  },
  POLICY_ABSORPTION_MINIMUM: {
    zh: '吸纳就业补贴须规定最低稳定就业时长（minStableMonths，至少 1 个月），避免一天的就业也能申领',
    en: 'an absorption rule must state a minimum of stable employment (minStableMonths, at least 1), so a one-day job earns nothing',
  },
  POLICY_AMOUNT_RANGE: { zh: '须为 1 到 {max} 元的整数', en: 'must be a whole number of yuan from 1 to {max}' },
  POLICY_CONDITIONS_COUNT: { zh: '须为最多 {max} 个条件的列表', en: 'must be a list of at most {max} conditions' },
  POLICY_CONDITION_TWICE: { zh: '条件 {type} 在本规则中出现了两次', en: "'{type}' appears twice in this rule" },
  POLICY_MONTHS_RANGE: { zh: '须为 1 到 {max} 的整数（月）', en: 'must be a whole number of months from 1 to {max}' },
  POLICY_NOT_BOOLEAN: { zh: '须为 true 或 false', en: 'must be true or false' },
  POLICY_NOT_LIST_OF: { zh: '须为以下值的列表：{allowed}', en: 'must be a list of {allowed}' },
  POLICY_EMPTY_LIST: { zh: '至少填写一个值', en: 'must name at least one value' },
  POLICY_LISTED_TWICE: { zh: '{value} 重复列出', en: '{value} is listed twice' },
  POLICY_BENEFICIARY_MISMATCH: {
    zh: '须与同类补贴的 rules[{other}] 一样为 {expected}',
    en: 'must be {expected} like rules[{other}] of the same kind',
  },
  POLICY_TIERS_OVERLAP: {
    zh: '与同类补贴的 rules[{other}] 重叠：同类各档须在 scope、employerKind 或 postingKind 上互不相同',
    en: 'overlaps rules[{other}] of the same kind: tiers must differ in scope, employerKind or postingKind',
  },
};

export function policyProblem(field: string, reason: PolicyFieldReason, params: MessageParams = {}): FieldProblem {
  return fieldProblem(field, POLICY_FIELD_MESSAGES, reason, params);
}
