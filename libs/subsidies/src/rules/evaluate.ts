import { isCalendarDate, isCalendarMonth } from '@app/common';
import { alreadyClaimedReason, type ClaimKey, claimedUnder, claimKeyOf } from './claim-key.js';

export type { ClaimKey } from './claim-key.js';
import { type ConditionContext, type ConditionOutcome, evaluateCondition } from './conditions.js';
import { EmploymentMonths } from './employment-months.js';
import { countsFor, type PlacementEvidence } from './evidence.js';
import { SUBSIDY_KIND_LABELS } from './labels.js';
import {
  type BeneficiaryCode,
  type Condition,
  type PolicyRef,
  policyRef,
  provinceOfRegion,
  SELECTOR_CONDITION_TYPES,
  type SubsidyKindCode,
  type SubsidyPolicy,
  type SubsidyRule,
} from './policy.js';

export const ASSESSMENT_STATUSES = ['ELIGIBLE', 'PENDING', 'INELIGIBLE', 'ALREADY_CLAIMED'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export interface Assessment {
  readonly kind: SubsidyKindCode;
  /** The rule's title, or the kind's name in the policy documents. */
  readonly title: string;
  readonly beneficiary: BeneficiaryCode;
  /** The organisation to pay (agent or employer); null when the worker is paid or no such organisation exists. */
  readonly beneficiaryOrganizationId: string | null;
  /** Yuan the applicable rule pays; null when no tier of this kind applies to the placement. */
  readonly amount: number | null;
  readonly status: AssessmentStatus;
  /** In Chinese, with the policy's terms: the conditions met (ELIGIBLE), still missing (PENDING) or failed. */
  readonly reason: string;
  /** PENDING only: the earliest date (YYYY-MM-DD) all conditions could be met, assuming the worker stays employed. */
  readonly eligibleOn: string | null;
  /** The applicable version; null when no policy is in force on the start date (reasonCode POLICY_GAP, see policy-gap.ts). */
  readonly policy: PolicyRef | null;
  /** 'POLICY_GAP' when no policy is in force on the start date; absent otherwise. */
  readonly reasonCode?: 'POLICY_GAP';
  /** Index in policy.rules of the rule assessed; null when no tier of this kind applies. */
  readonly ruleIndex: number | null;
  readonly claimKey: ClaimKey;
}

interface RuleOutcome {
  readonly rule: SubsidyRule;
  readonly index: number;
  readonly outcomes: readonly { readonly condition: Condition | null; readonly outcome: ConditionOutcome }[];
}

/**
 * One assessment per kind in the policy, in the order kinds first appear. Rules of one kind are tiers told apart by
 * scope, employer kind or posting kind (validatePolicy refuses overlapping tiers), so at most one applies: that one is
 * reported. When none applies, one INELIGIBLE assessment with amount null says why against all tiers together
 * ("县内就业，不属于省内县外就业或省外就业") instead of one INELIGIBLE line per tier.
 * Precedence: ALREADY_CLAIMED, then INELIGIBLE (every failed condition listed), then PENDING (every missing one, the
 * latest of their earliest dates), then ELIGIBLE.
 * The policy must be valid on the start date; conditions may be met after its end (a placement started under it keeps
 * it).
 */
export function assess(policy: SubsidyPolicy, evidence: PlacementEvidence, today: string): Assessment[] {
  assertEvidence(evidence, today);
  // A month is evidence for a subsidy only when someone other than its beneficiary attested it (countsFor).
  const contexts = new Map<BeneficiaryCode, ConditionContext>();
  const contextFor = (beneficiary: BeneficiaryCode): ConditionContext => {
    let ctx = contexts.get(beneficiary);
    if (!ctx) {
      const attested = evidence.confirmations.filter((c) => countsFor(beneficiary, c));
      ctx = { evidence, months: new EmploymentMonths(evidence.startDate, evidence.endDate, attested), today };
      contexts.set(beneficiary, ctx);
    }
    return ctx;
  };
  const policyProblems = policyApplicability(policy, evidence);

  const tierOf = (rule: SubsidyRule, index: number): RuleOutcome => ({
    rule,
    index,
    outcomes: [
      ...policyProblems.map((text) => ({ condition: null, outcome: { state: 'FAILED', text } as const })),
      ...beneficiaryProblem(rule.beneficiary, evidence),
      ...rule.conditions.map((condition) => ({ condition, outcome: evaluateCondition(condition, contextFor(rule.beneficiary)) })),
    ],
  });
  const kinds = [...new Set(policy.rules.map((r) => r.kind))];
  return kinds.map((kind) => {
    const tiers = policy.rules.flatMap((rule, index) => (rule.kind === kind ? [tierOf(rule, index)] : []));
    return assessKind(policy, contextFor(tiers[0].rule.beneficiary), tiers);
  });
}

/** The hukou county's standard for the rule when it set one, never above the rule's amount (the province's cap). */
function amountFor(tier: RuleOutcome, evidence: PlacementEvidence): number {
  const county = evidence.countyAmounts?.[tier.index];
  return county !== undefined ? Math.min(county, tier.rule.amount) : tier.rule.amount;
}

function assessKind(policy: SubsidyPolicy, ctx: ConditionContext, tiers: readonly RuleOutcome[]): Assessment {
  const { evidence } = ctx;
  const applicable = tiers.filter((t) => t.outcomes.every((o) => !isSelector(o.condition) || o.outcome.state === 'MET'));
  const chosen = applicable[0] ?? null;
  const { rule } = chosen ?? tiers[0];
  const beneficiaryOrganizationId = beneficiaryOrganization(rule.beneficiary, evidence);
  const claimKey = claimKeyOf(rule, evidence, beneficiaryOrganizationId);
  const title = rule.title ?? SUBSIDY_KIND_LABELS[rule.kind];
  const base = {
    kind: rule.kind,
    title,
    beneficiary: rule.beneficiary,
    beneficiaryOrganizationId,
    amount: chosen ? amountFor(chosen, evidence) : null,
    policy: policyRef(policy),
    ruleIndex: chosen?.index ?? null,
    claimKey,
  };

  if (claimedUnder(claimKey, evidence.existingClaims))
    return { ...base, status: 'ALREADY_CLAIMED', reason: alreadyClaimedReason(claimKey, rule, title, evidence), eligibleOn: null };

  const outcomes = chosen ? chosen.outcomes.map((o) => o.outcome) : noTierOutcomes(tiers, ctx);
  const failures = outcomes.filter((o) => o.state === 'FAILED');
  if (failures.length > 0) return { ...base, status: 'INELIGIBLE', reason: joinTexts(failures), eligibleOn: null };
  const waiting = outcomes.filter((o) => o.state === 'PENDING');
  if (waiting.length > 0) {
    const eligibleOn = waiting.map((o) => o.earliest).reduce((a, b) => (a >= b ? a : b));
    return { ...base, status: 'PENDING', reason: joinTexts(waiting), eligibleOn };
  }
  const met = outcomes.length > 0 ? `符合条件：${joinTexts(outcomes)}` : '符合条件';
  const reason =
    base.amount !== null && chosen && base.amount < chosen.rule.amount ? `${met}；按县级标准 ${base.amount} 元（省定上限 ${chosen.rule.amount} 元）` : met;
  return { ...base, status: 'ELIGIBLE', reason, eligibleOn: null };
}

function isSelector(condition: Condition | null): condition is Condition {
  return condition !== null && (SELECTOR_CONDITION_TYPES as readonly string[]).includes(condition.type);
}

/**
 * No tier applies: the outcomes of the tier failing the fewest selectors, with each failed selector described against
 * all tiers together ("县内就业，不属于省内县外就业或省外就业") rather than against that one tier.
 */
function noTierOutcomes(tiers: readonly RuleOutcome[], ctx: ConditionContext): ConditionOutcome[] {
  const selectorFailures = (t: RuleOutcome) => t.outcomes.filter((o) => isSelector(o.condition) && o.outcome.state !== 'MET').length;
  const closest = tiers.reduce((best, t) => (selectorFailures(t) < selectorFailures(best) ? t : best));
  return closest.outcomes.map(({ condition, outcome }) => {
    if (condition === null || !isSelector(condition) || outcome.state !== 'FAILED') return outcome;
    const together = evaluateCondition(mergedSelector(condition.type, tiers), ctx);
    return together.state === 'FAILED' ? together : outcome;
  });
}

function mergedSelector(type: Condition['type'], tiers: readonly RuleOutcome[]): Condition {
  const all = tiers.flatMap((t) => t.rule.conditions.filter((c) => c.type === type));
  const union = <T>(values: readonly T[]) => [...new Set(values)];
  if (type === 'employerKind') {
    const employer = all as Extract<Condition, { type: 'employerKind' }>[];
    return { type, anyOf: union(employer.flatMap((c) => c.anyOf)), orSmallOrMicro: employer.some((c) => c.orSmallOrMicro) };
  }
  if (type === 'postingKind') {
    return { type, anyOf: union((all as Extract<Condition, { type: 'postingKind' }>[]).flatMap((c) => c.anyOf)) };
  }
  return { type: 'scope', anyOf: union((all as Extract<Condition, { type: 'scope' }>[]).flatMap((c) => c.anyOf)) };
}

function joinTexts(outcomes: readonly ConditionOutcome[]): string {
  return [...new Set(outcomes.map((o) => o.text))].join('；');
}

function policyApplicability(policy: SubsidyPolicy, evidence: PlacementEvidence): string[] {
  const problems: string[] = [];
  if (evidence.cancelled) problems.push('该就业记录已撤销，不能作为补贴依据');
  const province = provinceOfRegion(evidence.hukouRegionCode);
  if (province !== policy.provinceCode) {
    problems.push(`户籍所在省份（${province}）不适用${policy.name}（${policy.provinceCode}）`);
  }
  if (evidence.startDate < policy.validFrom || evidence.startDate > policy.validTo) {
    problems.push(`就业开始日期 ${evidence.startDate} 不在${policy.name}有效期（${policy.validFrom} 至 ${policy.validTo}）内`);
  }
  return problems;
}

function beneficiaryOrganization(beneficiary: BeneficiaryCode, evidence: PlacementEvidence): string | null {
  if (beneficiary === 'AGENT') return evidence.agentOrganizationId;
  if (beneficiary === 'EMPLOYER') return evidence.employerOrganizationId;
  return null;
}

function beneficiaryProblem(beneficiary: BeneficiaryCode, evidence: PlacementEvidence) {
  if (beneficiary === 'WORKER' || beneficiaryOrganization(beneficiary, evidence) !== null) return [];
  const text = beneficiary === 'AGENT' ? '没有组织就业的劳务经纪人或人力资源服务机构' : '没有用人单位';
  return [{ condition: null, outcome: { state: 'FAILED', text } as const }];
}

/** Evidence is built by our own services: a malformed date is a bug, not user input. */
function assertEvidence(evidence: PlacementEvidence, today: string): void {
  const bad = (what: string) => {
    throw new Error(`Subsidy evidence: ${what} is malformed`);
  };
  if (!isCalendarDate(today)) bad('today');
  if (!isCalendarDate(evidence.startDate)) bad('startDate');
  if (evidence.endDate !== null && (!isCalendarDate(evidence.endDate) || evidence.endDate < evidence.startDate)) bad('endDate');
  if (!/^\d{6}$/.test(evidence.hukouRegionCode)) bad('hukouRegionCode');
  if (evidence.confirmations.some((c) => !isCalendarMonth(c.month))) bad('confirmations.month');
}
