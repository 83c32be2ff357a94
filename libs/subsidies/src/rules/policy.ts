/**
 * The subsidy policy model. Policies are data (stored as JSON, validated by validatePolicy), so the vocabulary is
 * spelled as string literals: the enums of workers, organizations, placements, postings and subsidy claims are
 * assignable to them, and vocabulary.spec.ts fails if the two drift apart.
 */

/**
 * EMPLOYMENT_REWARD (务工奖补): a reward for work itself, e.g. Hainan's for six continuous months away from home; it is
 * no fare (TRANSPORT) and is typically counted per person-time (PLACEMENT_KIND).
 */
export const SUBSIDY_KINDS = ['TRANSPORT', 'JOB_SEEKING', 'TRACKING_SERVICE', 'ABSORPTION', 'EMPLOYMENT_REWARD'] as const;
/** The four one-off subsidies of the national employment-support rules, which every province pays in some form. */
export const NATIONAL_SUBSIDY_KINDS = [
  'TRANSPORT',
  'JOB_SEEKING',
  'TRACKING_SERVICE',
  'ABSORPTION',
] as const satisfies readonly (typeof SUBSIDY_KINDS)[number][];
export type SubsidyKindCode = (typeof SUBSIDY_KINDS)[number];

/**
 * The fund a subsidy is paid from, which decides the department that reviews and pays it (seed 001: 一次性交通补助
 * from 衔接推进乡村振兴补助资金, the employment subsidies and awards from 就业补助资金).
 */
export const SUBSIDY_FUNDS = ['RURAL_REVITALIZATION_FUND', 'EMPLOYMENT_FUND'] as const;
export type SubsidyFundCode = (typeof SUBSIDY_FUNDS)[number];

/** Each fund's name in the policy documents, and the department (BureauDepartment) that reviews and pays from it. */
export const FUNDS: Readonly<Record<SubsidyFundCode, { readonly name: string; readonly department: 'RURAL_REVITALIZATION' | 'HUMAN_RESOURCES' }>> = {
  RURAL_REVITALIZATION_FUND: { name: '衔接推进乡村振兴补助资金', department: 'RURAL_REVITALIZATION' },
  EMPLOYMENT_FUND: { name: '就业补助资金', department: 'HUMAN_RESOURCES' },
};

/** The fund of a rule that names none: transport support from the rural-revitalisation fund, the rest from employment's. */
export const DEFAULT_FUND_OF_KIND: Readonly<Record<SubsidyKindCode, SubsidyFundCode>> = {
  TRANSPORT: 'RURAL_REVITALIZATION_FUND',
  JOB_SEEKING: 'EMPLOYMENT_FUND',
  TRACKING_SERVICE: 'EMPLOYMENT_FUND',
  ABSORPTION: 'EMPLOYMENT_FUND',
  EMPLOYMENT_REWARD: 'EMPLOYMENT_FUND',
};

export const BENEFICIARIES = ['WORKER', 'AGENT', 'EMPLOYER'] as const;
export type BeneficiaryCode = (typeof BENEFICIARIES)[number];

/**
 * What a subsidy is once per (its once-per scope), always also per person (the ID-number fingerprint) and kind:
 * - PERSON_KIND: ever (wherever and through whomever it was claimed);
 * - PERSON_KIND_YEAR: per calendar year of the placement's start date;
 * - PERSON_KIND_CYCLE: per statistics cycle (1 October – 30 September) of the start date;
 * - PERSON_KIND_BENEFICIARY: per paid organisation (tracking service, absorption);
 * - PERSON_KIND_BENEFICIARY_CYCLE: per paid organisation and statistics cycle (Gansu's yearly workshop reward);
 * - PLACEMENT_KIND: per placement (counted per person-time, 人次).
 * claim-key.ts turns each into the key a unique index on subsidy_claims enforces.
 */
export const ONCE_PER = [
  'PERSON_KIND',
  'PERSON_KIND_YEAR',
  'PERSON_KIND_CYCLE',
  'PERSON_KIND_BENEFICIARY',
  'PERSON_KIND_BENEFICIARY_CYCLE',
  'PLACEMENT_KIND',
] as const;
export type OncePer = (typeof ONCE_PER)[number];

export const WORKER_CATEGORIES = ['POVERTY_ALLEVIATED', 'MONITORING_TARGET', 'LOW_INCOME_ALLOWANCE', 'EXTREME_HARDSHIP', 'RELOCATED'] as const;
export type WorkerCategoryCode = (typeof WORKER_CATEGORIES)[number];

export const PLACEMENT_SCOPES = ['SAME_COUNTY', 'OTHER_COUNTY_SAME_PROVINCE', 'OTHER_PROVINCE'] as const;
export type PlacementScopeCode = (typeof PLACEMENT_SCOPES)[number];

export const EMPLOYER_KINDS = [
  'ENTERPRISE',
  'WORKSHOP',
  'ASSISTANCE_BASE',
  'COOPERATIVE',
  'FAMILY_FARM',
  'LABOR_AGENCY',
  'HR_AGENCY',
  'PUBLIC_EMPLOYER',
  'LABOR_COOPERATIVE',
  'INDIVIDUAL_BROKER',
] as const;
export type EmployerKindCode = (typeof EMPLOYER_KINDS)[number];

export const POSTING_KINDS = ['EAST_WEST', 'WORKSHOP', 'PUBLIC_WELFARE', 'LOCAL'] as const;
export type PostingKindCode = (typeof POSTING_KINDS)[number];

/** The fixed vocabulary of conditions the engine understands; a policy can only combine these. */
export type Condition =
  /** The worker held at least one of these categories on the placement's start date. */
  | { readonly type: 'categoryAtStart'; readonly anyOf: readonly WorkerCategoryCode[] }
  | { readonly type: 'scope'; readonly anyOf: readonly PlacementScopeCode[] }
  /** Placed through organised labour export (有组织劳务输出). */
  | { readonly type: 'organized' }
  /** The worker's first organised placement ever (首次通过有组织劳务输出). */
  | { readonly type: 'firstOrganizedPlacement' }
  /** Consecutive months confirmed as employed, counted from the start month (稳定就业). */
  | { readonly type: 'minStableMonths'; readonly months: number }
  | { readonly type: 'minContractMonths'; readonly months: number }
  /** Months with social insurance paid, anywhere in the placement. */
  | { readonly type: 'minSocialInsuranceMonths'; readonly months: number }
  /** The employer is one of these kinds, or (when orSmallOrMicro) any small or micro enterprise. */
  | { readonly type: 'employerKind'; readonly anyOf: readonly EmployerKindCode[]; readonly orSmallOrMicro: boolean }
  /** Working outside the home county for this many consecutive confirmed months, at any point of the placement. */
  | { readonly type: 'awayFromHomeContinuousMonths'; readonly months: number }
  | { readonly type: 'postingKind'; readonly anyOf: readonly PostingKindCode[] };

export type ConditionType = Condition['type'];

export const CONDITION_TYPES = [
  'categoryAtStart',
  'scope',
  'organized',
  'firstOrganizedPlacement',
  'minStableMonths',
  'minContractMonths',
  'minSocialInsuranceMonths',
  'employerKind',
  'awayFromHomeContinuousMonths',
  'postingKind',
] as const satisfies readonly ConditionType[];

/**
 * Conditions that tell tiers of one kind apart (JOB_SEEKING 500 in the province / 1000 outside it; a workshop tier and
 * a base tier). Rules of one kind must never overlap on them, so at most one tier applies to a placement.
 */
export const SELECTOR_CONDITION_TYPES = ['scope', 'employerKind', 'postingKind'] as const satisfies readonly ConditionType[];

export interface SubsidyRule {
  readonly kind: SubsidyKindCode;
  /** Display name when the province calls it something else (Hainan's 务工奖补); defaults to the kind's name. */
  readonly title?: string;
  readonly beneficiary: BeneficiaryCode;
  /** Integer yuan. */
  readonly amount: number;
  readonly oncePer: OncePer;
  /** Where the money comes from; absent: DEFAULT_FUND_OF_KIND (read through fundOf). */
  readonly fund?: SubsidyFundCode;
  /** All must hold. */
  readonly conditions: readonly Condition[];
}

export interface SubsidyPolicy {
  /** GB/T 2260 province code, e.g. 520000: the worker's hukou province picks the policy. */
  readonly provinceCode: string;
  readonly name: string;
  /** Unique per province, e.g. '1' or '2023.2'; the highest (compareVersions) valid on a start date wins. */
  readonly version: string;
  /** YYYY-MM-DD, inclusive. */
  readonly validFrom: string;
  /** YYYY-MM-DD, inclusive. Policy texts state an end (Guizhou: 2025-12-31); a revision extends it. */
  readonly validTo: string;
  readonly rules: readonly SubsidyRule[];
}

/** Identifies a policy version inside an assessment or a claim snapshot. */
export interface PolicyRef {
  readonly provinceCode: string;
  readonly name: string;
  readonly version: string;
}

export function policyRef(policy: SubsidyPolicy): PolicyRef {
  return { provinceCode: policy.provinceCode, name: policy.name, version: policy.version };
}

/**
 * Orders versions the way people number them: digit runs compare as numbers ('10' after '9', '2023.10' after
 * '2023.9'), other characters as text.
 */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.match(/\d+|\D+/g) ?? [];
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const [x, y] = [pa[i], pb[i]];
    const bothNumbers = /^\d/.test(x) && /^\d/.test(y);
    const order = bothNumbers ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
    if (order !== 0) return Math.sign(order);
  }
  return Math.sign(pa.length - pb.length);
}

/** GB/T 2260: the province of any six-digit region code. */
export function provinceOfRegion(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/** The fund a rule pays from: its own, or its kind's default. */
export function fundOf(rule: Pick<SubsidyRule, 'kind' | 'fund'>): SubsidyFundCode {
  return rule.fund ?? DEFAULT_FUND_OF_KIND[rule.kind];
}
