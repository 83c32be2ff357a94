import { addDays, lastDayOf, laterOf, monthAt } from '@app/common';
import type { EmploymentMonths, MonthTest } from './employment-months.js';
import type { PlacementEvidence } from './evidence.js';
import { EMPLOYER_KIND_LABELS, orList, PLACEMENT_SCOPE_LABELS, POSTING_KIND_LABELS, SMALL_OR_MICRO_LABEL, WORKER_CATEGORY_LABELS } from './labels.js';
import type { Condition } from './policy.js';

/**
 * MET and FAILED are final for the evidence given; PENDING means it can still be met, at the earliest on `earliest`
 * (today when only late confirmations are missing).
 */
export type ConditionOutcome =
  | { readonly state: 'MET'; readonly text: string }
  | { readonly state: 'PENDING'; readonly text: string; readonly earliest: string }
  | { readonly state: 'FAILED'; readonly text: string };

export interface ConditionContext {
  readonly evidence: PlacementEvidence;
  readonly months: EmploymentMonths;
  /** YYYY-MM-DD */
  readonly today: string;
}

const met = (text: string): ConditionOutcome => ({ state: 'MET', text });
const failed = (text: string): ConditionOutcome => ({ state: 'FAILED', text });
const pending = (text: string, earliest: string, today: string): ConditionOutcome => ({
  state: 'PENDING',
  text,
  earliest: laterOf(today, earliest),
});

function owedNote(owed: readonly string[]): string {
  return owed.length > 0 ? `，待补 ${owed.join('、')} 就业确认` : '';
}

/** Only called for an ended placement. */
function endedNote(evidence: PlacementEvidence): string {
  return `岗位已于 ${evidence.endDate ?? ''} 结束`;
}

export function evaluateCondition(condition: Condition, ctx: ConditionContext): ConditionOutcome {
  const { evidence } = ctx;
  switch (condition.type) {
    case 'categoryAtStart': {
      const heldCodes = condition.anyOf.filter((c) => evidence.categoriesAtStart.includes(c));
      const declared = evidence.declaredCategoriesAtStart ?? [];
      const verified = heldCodes.filter((c) => !declared.includes(c));
      if (verified.length > 0) return met(`就业开始时（${evidence.startDate}）属于${verified.map((c) => WORKER_CATEGORY_LABELS[c]).join('、')}`);
      // Only an agency's word so far: waits until a bureau of the worker's jurisdiction verifies it.
      if (heldCodes.length > 0)
        return pending(
          `类别待核实：就业开始时（${evidence.startDate}）登记为${heldCodes.map((c) => WORKER_CATEGORY_LABELS[c]).join('、')}，待户籍地人社部门核实`,
          ctx.today,
          ctx.today,
        );
      return failed(`就业开始时（${evidence.startDate}）不属于${orList(condition.anyOf.map((c) => WORKER_CATEGORY_LABELS[c]))}`);
    }
    case 'scope':
      return condition.anyOf.includes(evidence.scope)
        ? met(PLACEMENT_SCOPE_LABELS[evidence.scope])
        : failed(`${PLACEMENT_SCOPE_LABELS[evidence.scope]}，不属于${orList(condition.anyOf.map((s) => PLACEMENT_SCOPE_LABELS[s]))}`);
    case 'organized':
      return evidence.organized ? met('有组织劳务输出') : failed('非有组织劳务输出');
    case 'firstOrganizedPlacement':
      if (!evidence.organized) return failed('非有组织劳务输出');
      return evidence.firstOrganizedPlacement ? met('首次通过有组织劳务输出就业') : failed('此前已通过有组织劳务输出就业，不属于首次');
    case 'minContractMonths':
      // Past the statutory retirement age there is no labour contract (劳动合同法 第44条), whatever the length recorded.
      if (evidence.statutoryRetirementDate && evidence.startDate >= evidence.statutoryRetirementDate)
        return failed(`就业开始时（${evidence.startDate}）已达法定退休年龄（${evidence.statutoryRetirementDate} 起），不能签订劳动合同`);
      return evidence.contractMonths >= condition.months
        ? met(`劳动合同 ${evidence.contractMonths} 个月（满 ${condition.months} 个月）`)
        : failed(`劳动合同 ${evidence.contractMonths} 个月，不足 ${condition.months} 个月`);
    case 'employerKind':
      return employerKind(condition, evidence);
    case 'postingKind':
      return condition.anyOf.includes(evidence.postingKind)
        ? met(`岗位类型为${POSTING_KIND_LABELS[evidence.postingKind]}`)
        : failed(`岗位类型为${POSTING_KIND_LABELS[evidence.postingKind]}，不属于${orList(condition.anyOf.map((k) => POSTING_KIND_LABELS[k]))}`);
    case 'minStableMonths':
      return stableMonths(condition.months, ctx);
    case 'minSocialInsuranceMonths':
      return socialInsuranceMonths(condition.months, ctx);
    case 'awayFromHomeContinuousMonths':
      return awayFromHome(condition.months, ctx);
  }
}

function employerKind(condition: Extract<Condition, { type: 'employerKind' }>, evidence: PlacementEvidence): ConditionOutcome {
  if (evidence.employerKind === null) return failed('没有用人单位');
  const kind = EMPLOYER_KIND_LABELS[evidence.employerKind];
  const described = evidence.employerSmallOrMicro ? `${kind}（${SMALL_OR_MICRO_LABEL}）` : kind;
  if (condition.anyOf.includes(evidence.employerKind)) return met(`用人单位为${described}`);
  if (condition.orSmallOrMicro && evidence.employerSmallOrMicro) return met(`用人单位为${described}`);
  const allowed = condition.anyOf.map((k) => EMPLOYER_KIND_LABELS[k]);
  if (condition.orSmallOrMicro) allowed.push(SMALL_OR_MICRO_LABEL);
  const unverified = condition.orSmallOrMicro && evidence.employerSmallOrMicroUnverified ? `（自报${SMALL_OR_MICRO_LABEL}，须经所在地人社部门核验后才算）` : '';
  return failed(`用人单位为${described}${unverified}，不属于${orList(allowed)}`);
}

/**
 * 稳定就业 N 个月 in real months from the start date: a month of the span confirmed as not employed breaks it for good;
 * an unconfirmed month waits (the employer may still confirm it, once it has ended).
 */
function stableMonths(required: number, ctx: ConditionContext): ConditionOutcome {
  const stable = ctx.months.stableMonths();
  if (stable >= required) return met(`稳定就业 ${stable} 个月（满 ${required} 个月）`);
  return spanOutcome(required, 'EMPLOYED', `稳定就业 ${stable}/${required} 个月`, '未在岗，稳定就业中断', ctx);
}

/** Social-insurance months count the same way: every month the span touches confirmed employed with insurance paid. */
function socialInsuranceMonths(required: number, ctx: ConditionContext): ConditionOutcome {
  const insured = ctx.months.socialInsuranceMonths();
  if (insured >= required) return met(`缴纳社会保险 ${insured} 个月（满 ${required} 个月）`);
  return spanOutcome(required, 'INSURED', `缴纳社会保险 ${insured}/${required} 个月`, '未缴纳社会保险，连续参保中断', ctx);
}

function spanOutcome(required: number, test: MonthTest, progress: string, brokenText: string, { evidence, months, today }: ConditionContext): ConditionOutcome {
  const span = months.span(required, test);
  switch (span.state) {
    case 'ENDED':
      return failed(`${endedNote(evidence)}，${progress}`);
    case 'BROKEN':
      return failed(`${span.month} ${brokenText}，${progress}`);
    case 'WAITING':
      return pending(progress + owedNote(months.overdue(span.months[0], span.months[span.months.length - 1], today)), span.eligibleOn, today);
    case 'MET':
      return met(progress);
  }
}

/**
 * Hainan-style 连续外出务工: some run of `required` consecutive employed months outside the home county, not
 * necessarily from the start. The earliest date is the end of the first window of the placement with no month
 * confirmed as not employed.
 */
function awayFromHome(required: number, { evidence, months, today }: ConditionContext): ConditionOutcome {
  if (evidence.scope === 'SAME_COUNTY') return failed(`${PLACEMENT_SCOPE_LABELS.SAME_COUNTY}，不属于外出务工`);
  const longest = months.longestEmployedRun();
  if (longest >= required) return met(`连续外出务工 ${longest} 个月（满 ${required} 个月）`);
  for (let start = months.first; start <= months.lastConfirmed() + 1; start++) {
    const end = start + required - 1;
    if (!months.contains(end)) break;
    let employed = 0;
    let broken = false;
    for (let i = start; i <= end && !broken; i++) {
      const state = months.state(i);
      broken = state === 'NOT_EMPLOYED';
      if (state === 'EMPLOYED') employed++;
    }
    if (broken) continue;
    const progress = `连续外出务工 ${employed}/${required} 个月`;
    return pending(progress + owedNote(months.overdue(start, end, today)), addDays(lastDayOf(monthAt(end)), 1), today);
  }
  return failed(`${endedNote(evidence)}，连续外出务工最长 ${longest}/${required} 个月`);
}
