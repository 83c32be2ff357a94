import { type FieldCatalogue, type FieldProblem, fieldProblem, type MessageParams } from '@app/common';

/** What can be wrong with one field of a proposed organisation award; every failing field is named at once. */
export enum AwardFieldReason {
  AWARD_ORGANIZATION_NOT_VERIFIED = 'AWARD_ORGANIZATION_NOT_VERIFIED',
  AWARD_LEVEL_FOR_KIND = 'AWARD_LEVEL_FOR_KIND',
  AWARD_OVER_CAP = 'AWARD_OVER_CAP',
  AWARD_BASIS_REQUIRED = 'AWARD_BASIS_REQUIRED',
  AWARD_POLICY_NOT_FOUND = 'AWARD_POLICY_NOT_FOUND',
  AWARD_POLICY_OTHER_PROVINCE = 'AWARD_POLICY_OTHER_PROVINCE',
  AWARD_POLICY_NO_LEVEL = 'AWARD_POLICY_NO_LEVEL',
  AWARD_EVIDENCE_YEAR = 'AWARD_EVIDENCE_YEAR',
}

export const AWARD_FIELD_MESSAGES: FieldCatalogue<AwardFieldReason> = {
  AWARD_ORGANIZATION_NOT_VERIFIED: {
    zh: '该单位尚未经所在地人社部门认定，认定后才能给予奖补',
    en: '{field}: the organisation has not been verified by the bureau of its region yet',
  },
  AWARD_LEVEL_FOR_KIND: {
    zh: '{title}只能给予{kinds}，该单位是{kind}',
    en: '{field}: this award is for {kinds} only, the organisation is a {kind}',
  },
  AWARD_OVER_CAP: {
    zh: '{policy}规定{title}最高 {cap} 元，不能超过',
    en: '{field}: {policy} caps this award at {cap} yuan',
  },
  AWARD_BASIS_REQUIRED: {
    zh: '请写明奖补依据（如吸纳三类人员人数、稳定就业 6 个月以上人数、认定文件）',
    en: '{field}: say what the award rests on (people of the three groups hired, people employed 6+ months, the certification)',
  },
  AWARD_POLICY_NOT_FOUND: { zh: '找不到该补贴政策', en: '{field}: the subsidy policy was not found' },
  AWARD_POLICY_OTHER_PROVINCE: {
    zh: '须为该单位所在省份（{province}）的政策',
    en: '{field}: must be a policy of the organisation’s province ({province})',
  },
  AWARD_POLICY_NO_LEVEL: {
    zh: '{policy}没有规定{title}：不引用政策时由本部门按书面依据决定',
    en: '{field}: {policy} sets no such award; without a policy the bureau decides on its written basis',
  },
  AWARD_EVIDENCE_YEAR: { zh: '年份须在 {min} 到 {max} 之间', en: '{field}: must be a year from {min} to {max}' },
};

export function awardProblem(field: string, reason: AwardFieldReason, params: MessageParams = {}): FieldProblem {
  return fieldProblem(field, AWARD_FIELD_MESSAGES, reason, params);
}
