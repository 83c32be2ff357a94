import { type FieldCatalogue, type FieldProblem, fieldProblem, type MessageParams } from '@app/common';

/** Problems with one field of a posting search. */
export enum SearchFieldReason {
  RADIUS_RANGE = 'RADIUS_RANGE',
  DISTANCE_NEEDS_NEAR = 'DISTANCE_NEEDS_NEAR',
  MIN_WAGE_RANGE = 'MIN_WAGE_RANGE',
}

export const SEARCH_FIELD_MESSAGES: FieldCatalogue<SearchFieldReason> = {
  RADIUS_RANGE: { zh: '搜索半径须大于 0 公里，最多 {max} 公里', en: 'near.radiusKm must be more than 0 and at most {max}' },
  DISTANCE_NEEDS_NEAR: { zh: '按距离排序须同时给出位置和半径（near）', en: 'sort DISTANCE needs near (a point and a radius)' },
  MIN_WAGE_RANGE: { zh: '最低工资须为 0 或以上的整数（元）', en: 'minWage must be a whole number of yuan, 0 or more' },
};

export function searchProblem(field: string, reason: SearchFieldReason, params: MessageParams = {}): FieldProblem {
  return fieldProblem(field, SEARCH_FIELD_MESSAGES, reason, params);
}
