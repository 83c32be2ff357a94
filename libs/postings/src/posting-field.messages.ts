import { type FieldCatalogue, type FieldProblem, fieldProblem, type MessageParams } from '@app/common';

/** Problems with one field of a posting, judged by the posting rules. */
export enum PostingFieldReason {
  TITLE_LENGTH = 'TITLE_LENGTH',
  DESCRIPTION_TOO_LONG = 'DESCRIPTION_TOO_LONG',
  WAGE_NOT_POSITIVE = 'WAGE_NOT_POSITIVE',
  WAGE_TOO_HIGH = 'WAGE_TOO_HIGH',
  WAGE_RANGE_REVERSED = 'WAGE_RANGE_REVERSED',
  HEADCOUNT_RANGE = 'HEADCOUNT_RANGE',
  HEADCOUNT_BELOW_PLACEMENTS = 'HEADCOUNT_BELOW_PLACEMENTS',
  CONTRACT_MONTHS_RANGE = 'CONTRACT_MONTHS_RANGE',
  WELFARE_CONTRACT_MONTHS_RANGE = 'WELFARE_CONTRACT_MONTHS_RANGE',
  LATITUDE_IN_CHINA = 'LATITUDE_IN_CHINA',
  LONGITUDE_IN_CHINA = 'LONGITUDE_IN_CHINA',
  PARTNERS_ONLY_EAST_WEST = 'PARTNERS_ONLY_EAST_WEST',
  PARTNERS_REQUIRED = 'PARTNERS_REQUIRED',
  PARTNERS_NOT_PROVINCES = 'PARTNERS_NOT_PROVINCES',
  PARTNERS_OWN_PROVINCE = 'PARTNERS_OWN_PROVINCE',
  TOO_MANY_TAGS = 'TOO_MANY_TAGS',
  TAG_TOO_LONG = 'TAG_TOO_LONG',
  LABOR_BRAND_TOO_LONG = 'LABOR_BRAND_TOO_LONG',
  VALID_UNTIL_INVALID = 'VALID_UNTIL_INVALID',
  VALID_UNTIL_PAST = 'VALID_UNTIL_PAST',
  AGENCY_CANNOT_POST = 'AGENCY_CANNOT_POST',
  WORKSHOP_KIND_ONLY = 'WORKSHOP_KIND_ONLY',
  ORGANIZATION_NOT_FOR_WELFARE = 'ORGANIZATION_NOT_FOR_WELFARE',
  ORGANIZATION_REQUIRED = 'ORGANIZATION_REQUIRED',
  ORGANIZATION_UNKNOWN = 'ORGANIZATION_UNKNOWN',
}

export const POSTING_FIELD_MESSAGES: FieldCatalogue<PostingFieldReason> = {
  TITLE_LENGTH: { zh: '岗位名称须为 {min} 到 {max} 个字（现为 {length} 个字）', en: 'title must be {min} to {max} characters (it has {length})' },
  DESCRIPTION_TOO_LONG: { zh: '岗位描述最多 {max} 个字', en: 'description must be at most {max} characters' },
  WAGE_NOT_POSITIVE: { zh: '工资须为大于 0 的整数（元）', en: '{field} must be a whole number of yuan above 0' },
  WAGE_TOO_HIGH: { zh: '月工资最高 {max} 元', en: 'wageMax must be at most {max} yuan a month' },
  WAGE_RANGE_REVERSED: { zh: '最低工资不能高于最高工资', en: 'wageMin must not exceed wageMax' },
  HEADCOUNT_RANGE: { zh: '招聘人数须为 1 到 {max} 的整数', en: 'headcount must be a whole number from 1 to {max}' },
  HEADCOUNT_BELOW_PLACEMENTS: {
    zh: '招聘人数不能少于已上岗的 {placed} 人',
    en: 'headcount cannot be lower than the {placed} worker(s) already placed on this posting',
  },
  CONTRACT_MONTHS_RANGE: { zh: '合同期限须为 1 到 {max} 个月', en: 'contractMonths must be 1 to {max}' },
  WELFARE_CONTRACT_MONTHS_RANGE: {
    zh: '合同期限须为 1 到 {max} 个月（公益性岗位一年一聘）',
    en: 'contractMonths must be 1 to {max} (a public-welfare contract lasts at most one year)',
  },
  LATITUDE_IN_CHINA: { zh: '纬度须在中国境内（{min} 到 {max}）', en: 'location.lat must lie inside China ({min} to {max})' },
  LONGITUDE_IN_CHINA: { zh: '经度须在中国境内（{min} 到 {max}）', en: 'location.lng must lie inside China ({min} to {max})' },
  PARTNERS_ONLY_EAST_WEST: { zh: '只有东西部协作岗位才填写协作省份', en: 'partnerRegionCodes applies only to EAST_WEST postings' },
  PARTNERS_REQUIRED: {
    zh: '东西部协作岗位须至少填写一个劳动力输出省份',
    en: 'an EAST_WEST posting must name at least one partner (source) province in partnerRegionCodes',
  },
  PARTNERS_NOT_PROVINCES: {
    zh: '协作省份须为省级代码（如 520000），以下不是省份：{codes}',
    en: 'partnerRegionCodes must hold province codes (e.g. 520000); not provinces: {codes}',
  },
  PARTNERS_OWN_PROVINCE: {
    zh: '协作省份不能是岗位所在省份：应填写务工人员来自的输出省份',
    en: "partnerRegionCodes names the posting's own province; partners are the source provinces workers come from",
  },
  TOO_MANY_TAGS: { zh: '最多填写 {max} 项', en: '{field} may list at most {max} entries' },
  TAG_TOO_LONG: { zh: '每项最多 {max} 个字', en: 'each entry of {field} must be at most {max} characters' },
  LABOR_BRAND_TOO_LONG: { zh: '劳务品牌最多 {max} 个字', en: 'laborBrand must be at most {max} characters' },
  VALID_UNTIL_INVALID: { zh: '有效期须为真实存在的日期，格式为 YYYY-MM-DD', en: 'validUntil must be a date YYYY-MM-DD' },
  VALID_UNTIL_PAST: { zh: '有效期不能早于今天', en: 'validUntil must not be in the past' },
  AGENCY_CANNOT_POST: { zh: '劳务中介机构负责组织输出，不能发布岗位', en: 'agencies organise placements; they cannot post jobs' },
  WORKSHOP_KIND_ONLY: {
    zh: '只有就业帮扶车间和帮扶基地才能发布车间岗位',
    en: 'WORKSHOP postings come only from workshops (就业帮扶车间) and assistance bases',
  },
  ORGANIZATION_NOT_FOR_WELFARE: {
    zh: '人社部门发布的公益性岗位不属于任何单位，请不要填写 organizationId',
    en: 'a bureau’s public-welfare post belongs to no organisation; leave organizationId out',
  },
  ORGANIZATION_REQUIRED: { zh: '该类岗位须填写发布单位', en: 'organizationId is required for {kind} postings' },
  ORGANIZATION_UNKNOWN: { zh: '没有这个单位', en: 'organizationId does not name an organisation' },
};

export function postingProblem(field: string, reason: PostingFieldReason, params: MessageParams = {}): FieldProblem {
  return fieldProblem(field, POSTING_FIELD_MESSAGES, reason, params);
}
