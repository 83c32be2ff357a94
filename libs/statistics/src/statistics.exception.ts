import { type FieldCatalogue, type FieldProblem, fieldProblem, InvalidInputError, type MessageParams } from '@app/common';

/** Problems with the parameters of a statistics question (periods, weeks, targets, breakdowns). */
export enum StatisticsFieldReason {
  PERIOD_EITHER_OR = 'PERIOD_EITHER_OR',
  PERIOD_REQUIRED = 'PERIOD_REQUIRED',
  PERIOD_END_REQUIRED = 'PERIOD_END_REQUIRED',
  PERIOD_REVERSED = 'PERIOD_REVERSED',
  PERIOD_TOO_LONG = 'PERIOD_TOO_LONG',
  YEAR_RANGE = 'YEAR_RANGE',
  WEEK_FORMAT = 'WEEK_FORMAT',
  WEEK_UNKNOWN = 'WEEK_UNKNOWN',
  WEEK_RANGE = 'WEEK_RANGE',
  TARGET_WORKERS_RANGE = 'TARGET_WORKERS_RANGE',
  BREAKDOWN_TOO_LARGE = 'BREAKDOWN_TOO_LARGE',
  HUKOU_PROVINCE_WORKPLACE_ONLY = 'HUKOU_PROVINCE_WORKPLACE_ONLY',
}

export const STATISTICS_FIELD_MESSAGES: FieldCatalogue<StatisticsFieldReason> = {
  PERIOD_EITHER_OR: { zh: '统计周期年度与起止日期只能填写一种', en: 'give either cycleYear or from and to, not both' },
  PERIOD_REQUIRED: { zh: '请填写起止日期（from 和 to），或填写统计周期年度', en: 'from and to are required unless cycleYear is given' },
  PERIOD_END_REQUIRED: { zh: '须与 {other} 一起填写', en: '{field} is required with {other}' },
  PERIOD_REVERSED: { zh: '结束日期不能早于开始日期', en: 'to must not be before from' },
  PERIOD_TOO_LONG: { zh: '查询期间最长十年', en: 'the period may cover at most ten years' },
  YEAR_RANGE: { zh: '须为 {min} 到 {max} 之间的年份', en: '{field} must be a year between {min} and {max}' },
  WEEK_FORMAT: { zh: '须为 ISO 周（如 2026-W47）或日期 YYYY-MM-DD', en: '{field} must be an ISO week such as 2026-W47 or a date YYYY-MM-DD' },
  WEEK_UNKNOWN: { zh: '{year} 年没有第 {week} 周', en: '{field}: {year} has no week {week}' },
  WEEK_RANGE: { zh: '须在 2000 年到 2100 年之间', en: '{field} must lie between 2000 and 2100' },
  TARGET_WORKERS_RANGE: { zh: '目标人数须为 0 到 {max} 的整数', en: 'workers must be a whole number from 0 to {max}' },
  BREAKDOWN_TOO_LARGE: {
    zh: '该分组有 {cells} 行，超过上限 {max} 行：请缩短期间或减少分组维度',
    en: 'this breakdown has {cells} rows (at most {max}): shorten the period or group by fewer dimensions',
  },
  HUKOU_PROVINCE_WORKPLACE_ONLY: {
    zh: '按户籍省份分组仅用于按务工地统计（side: WORKPLACE）：按户籍地统计时人员都来自本地区',
    en: 'HUKOU_PROVINCE is for side WORKPLACE: counted by hukou, every worker comes from the region itself',
  },
};

export function statisticsProblem(field: string, reason: StatisticsFieldReason, params: MessageParams = {}): FieldProblem {
  return fieldProblem(field, STATISTICS_FIELD_MESSAGES, reason, params);
}

export function invalidStatisticsField(field: string, reason: StatisticsFieldReason, params: MessageParams = {}): InvalidInputError {
  return new InvalidInputError([statisticsProblem(field, reason, params)]);
}
