import { type FieldCatalogue, type FieldProblem, fieldProblem } from '@app/common';
import { provinceOfRegion, type SubsidyPolicy } from './policy.js';

export enum CountyStandardReason {
  COUNTY_STANDARD_ABOVE_CAP = 'COUNTY_STANDARD_ABOVE_CAP',
  COUNTY_STANDARD_NO_SUCH_RULE = 'COUNTY_STANDARD_NO_SUCH_RULE',
  COUNTY_STANDARD_NOT_A_COUNTY = 'COUNTY_STANDARD_NOT_A_COUNTY',
  COUNTY_STANDARD_OUTSIDE_POLICY = 'COUNTY_STANDARD_OUTSIDE_POLICY',
}

export const COUNTY_STANDARD_FIELD_MESSAGES: FieldCatalogue<CountyStandardReason> = {
  COUNTY_STANDARD_ABOVE_CAP: { zh: '县级标准不能高于省定上限 {cap} 元', en: '{field}: a county standard may not exceed the province’s cap of {cap} yuan' },
  COUNTY_STANDARD_NO_SUCH_RULE: { zh: '该政策版本没有第 {index} 条规则', en: '{field}: this policy version has no rule {index}' },
  COUNTY_STANDARD_NOT_A_COUNTY: {
    zh: '县级标准只能为该政策所属省份内的县（市、区）设定',
    en: '{field}: a county standard is set for a county of the policy’s province',
  },
  COUNTY_STANDARD_OUTSIDE_POLICY: {
    zh: '起始日期须在政策版本的有效期内（{from} 至 {to}）',
    en: '{field} must lie within the policy version’s validity ({from} to {to})',
  },
};

/** Every reason a county standard does not fit its policy version, one problem per field (the cap is the rule's amount). */
export function countyStandardProblems(
  policy: SubsidyPolicy,
  input: { ruleIndex: number; countyCode: string; amount: number; validFrom: string },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, reason: CountyStandardReason, params = {}) =>
    problems.push(fieldProblem(field, COUNTY_STANDARD_FIELD_MESSAGES, reason, params));
  if (provinceOfRegion(input.countyCode) !== policy.provinceCode) problem('countyCode', CountyStandardReason.COUNTY_STANDARD_NOT_A_COUNTY);
  const rule = policy.rules[input.ruleIndex];
  if (!rule) problem('ruleIndex', CountyStandardReason.COUNTY_STANDARD_NO_SUCH_RULE, { index: input.ruleIndex });
  else if (input.amount > rule.amount) problem('amount', CountyStandardReason.COUNTY_STANDARD_ABOVE_CAP, { cap: rule.amount });
  if (input.validFrom < policy.validFrom || input.validFrom > policy.validTo)
    problem('validFrom', CountyStandardReason.COUNTY_STANDARD_OUTSIDE_POLICY, { from: policy.validFrom, to: policy.validTo });
  return problems;
}
