import type { BeneficiaryCode, EmployerKindCode, PlacementScopeCode, PostingKindCode, SubsidyKindCode, WorkerCategoryCode } from './policy.js';

/** The role of the account that attested a month (EmploymentConfirmation.attestedBy). */
export type AttesterCode = 'EMPLOYER' | 'BUREAU' | 'ADMIN' | 'AGENT' | 'WORKER';

/** The employer's word for one month of the placement (or the bureau's, for a welfare post or a late record). */
export interface MonthlyConfirmation {
  /** YYYY-MM */
  readonly month: string;
  readonly employed: boolean;
  readonly socialInsurancePaid: boolean;
  /** Who attested it; absent means the employer (fixtures of the engine's own specs). */
  readonly attestedBy?: AttesterCode;
}

/**
 * Whose attestation makes a month evidence for a subsidy paid to `beneficiary`: someone other than the beneficiary.
 * The employer (or a bureau) for the agency's TRACKING_SERVICE and for the worker's subsidies; an agency's word never
 * counts (it is paid on these months, and agencies record follow-ups, not confirmations). ABSORPTION is paid to the
 * employer on its own confirmations: there the bureau's review is the second party, and approving it records how the
 * employment was checked (SubsidyClaimsService.review).
 */
export const COUNTING_ATTESTERS: Readonly<Record<BeneficiaryCode, readonly AttesterCode[]>> = {
  WORKER: ['EMPLOYER', 'BUREAU', 'ADMIN'],
  AGENT: ['EMPLOYER', 'BUREAU', 'ADMIN'],
  EMPLOYER: ['EMPLOYER', 'BUREAU', 'ADMIN'],
};

/** Whether the month counts as evidence for a subsidy paid to `beneficiary`. */
export function countsFor(beneficiary: BeneficiaryCode, confirmation: MonthlyConfirmation): boolean {
  return COUNTING_ATTESTERS[beneficiary].includes(confirmation.attestedBy ?? 'EMPLOYER');
}

/**
 * A claim of the same worker that still counts (SUBMITTED, APPROVED or PAID; a REJECTED claim does not block), from
 * any placement, employer or province. Only its kind and once-per key are needed, never where it was made.
 */
export interface ExistingClaim {
  readonly kind: SubsidyKindCode;
  /** As stored (claimKeyString): 'TRANSPORT', 'TRANSPORT:Y2026', 'ABSORPTION:<organisation id>' … */
  readonly claimKey: string;
}

/** Everything the engine knows about one placement, gathered by the caller; the engine reads nothing else. */
export interface PlacementEvidence {
  /** The placement assessed (the key of a once-per-placement rule). */
  readonly placementId: string;
  /** The worker's hukou county when the placement started (GB/T 2260); its province must be the policy's. */
  readonly hukouRegionCode: string;
  /** YYYY-MM-DD */
  readonly startDate: string;
  /** YYYY-MM-DD, or null while the placement is active. */
  readonly endDate: string | null;
  readonly scope: PlacementScopeCode;
  readonly organized: boolean;
  /** The organising agency (paid the tracking-service subsidy). */
  readonly agentOrganizationId: string | null;
  /** The employer (paid the absorption subsidy); null for a public-welfare post run by a bureau. */
  readonly employerOrganizationId: string | null;
  readonly employerKind: EmployerKindCode | null;
  /** Small or micro as the employer declared it and the bureau of its region verified (only then does it count). */
  readonly employerSmallOrMicro: boolean;
  /** Declared small or micro, but the organisation is not verified yet: said in the reason, never counted. */
  readonly employerSmallOrMicroUnverified?: boolean;
  readonly postingKind: PostingKindCode;
  readonly contractMonths: number;
  /**
   * The first day the worker is past the statutory retirement age (retirement-age.ts). From then on no labour
   * contract can be signed, so a condition on one (minContractMonths) fails. Absent in fixtures that ignore age.
   */
  readonly statutoryRetirementDate?: string | null;
  /**
   * The worker's hukou county's own amounts (县级标准) in force on the start date, by rule index of the policy: each at
   * most the rule's amount, which is the province's cap. A rule without one pays the province's amount.
   */
  readonly countyAmounts?: Readonly<Record<number, number>>;
  /** The categories the worker held on the start date (from the category history, not today's). */
  readonly categoriesAtStart: readonly WorkerCategoryCode[];
  /**
   * Those of `categoriesAtStart` only DECLARED by an agency, not yet verified by a bureau: a condition they alone meet
   * waits (类别待核实).
   */
  readonly declaredCategoriesAtStart?: readonly WorkerCategoryCode[];
  /** True when this placement is organised and the worker had no earlier organised placement. */
  readonly firstOrganizedPlacement: boolean;
  /** A cancelled placement is no evidence: its confirmations never count. */
  readonly cancelled?: boolean;
  /** Recorded after the fact by a bureau (补录): shown to whoever reviews a claim on it. */
  readonly recordedLate?: boolean;
  /** One per month at most; months outside the placement are ignored. */
  readonly confirmations: readonly MonthlyConfirmation[];
  readonly existingClaims: readonly ExistingClaim[];
}
