import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import type { Assessment, PolicyCoverage, PolicyVersion, SubsidyClaimEntity } from '@app/subsidies';
import { JSONScalar } from '../common/json.scalar.js';
import { AssessmentStatus, SubsidyBeneficiary, SubsidyClaimStatus, SubsidyFund, SubsidyKind } from './subsidy-enums.js';

@ObjectType()
export class SubsidyPolicy {
  @Field(() => ID)
  id: string;

  @Field()
  provinceCode: string;

  @Field()
  name: string;

  @Field()
  version: string;

  @Field()
  validFrom: string;

  @Field()
  validTo: string;

  @Field(() => JSONScalar, { description: 'The rules as data: kind, beneficiary, amount, oncePer, fund (absent: the kind’s default), conditions' })
  rules: unknown;

  @Field(() => ID, { nullable: true, description: 'The version this one succeeds (createSubsidyPolicy supersedesId); null for a first version' })
  supersedesId: string | null;

  @Field(() => SubsidyPolicy, { nullable: true, description: 'The version this one succeeds' })
  supersedes: SubsidyPolicy | null;

  @Field(() => ID, { nullable: true })
  supersededById: string | null;

  @Field(() => SubsidyPolicy, { nullable: true, description: 'The version that succeeds this one' })
  supersededBy: SubsidyPolicy | null;

  @Field({ description: 'The last day this version applies: validTo, or the day before its successor takes effect' })
  appliesUntil: string;

  @Field(() => Int, { description: 'Subsidy claims that rest on this version' })
  claimCount: number;

  @Field({ description: 'True once a claim rests on it: it can no longer change (a correction is a new version)' })
  immutable: boolean;
}

@ObjectType({ description: 'One subsidy kind assessed against a placement’s evidence' })
export class SubsidyAssessment {
  @Field(() => SubsidyKind)
  kind: SubsidyKind;

  @Field({ description: 'e.g. 一次性求职创业补贴（省外）' })
  title: string;

  @Field(() => SubsidyBeneficiary)
  beneficiary: SubsidyBeneficiary;

  @Field(() => ID, { nullable: true })
  beneficiaryOrganizationId: string | null;

  @Field(() => Int, { nullable: true, description: 'Yuan' })
  amount: number | null;

  @Field(() => AssessmentStatus)
  status: AssessmentStatus;

  @Field({ description: 'Why, in words a bureau officer reads (Chinese)' })
  reason: string;

  @Field(() => String, {
    nullable: true,
    description: 'POLICY_GAP when no policy of the hukou province is in force on the start date (status INELIGIBLE, policy null); null otherwise',
  })
  reasonCode: string | null;

  @Field(() => String, { nullable: true, description: 'For PENDING: the earliest date the missing conditions could be met' })
  eligibleOn: string | null;

  @Field(() => SubsidyPolicy, { nullable: true, description: 'The applicable version; null when no policy is in force (reasonCode POLICY_GAP)' })
  policy: SubsidyPolicy | null;

  @Field({ description: 'The placement was recorded late by a bureau (补录)' })
  recordedLate: boolean;
}

@ObjectType()
export class SubsidyClaim {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  placementId: string;

  @Field(() => ID)
  workerId: string;

  @Field(() => SubsidyKind)
  kind: SubsidyKind;

  @Field(() => SubsidyBeneficiary)
  beneficiary: SubsidyBeneficiary;

  @Field(() => SubsidyFund, { description: 'The fund it is paid from (its rule’s, fixed at submission): that fund’s department reviews and pays it' })
  fund: SubsidyFund;

  @Field(() => ID, { nullable: true })
  beneficiaryOrganizationId: string | null;

  @Field(() => Int, { description: 'Yuan, fixed at submission' })
  amount: number;

  @Field(() => SubsidyClaimStatus)
  status: SubsidyClaimStatus;

  @Field({ description: 'The evidence changed after the claim was submitted or approved: the bureau must decide again' })
  needsReview: boolean;

  @Field({ description: 'The placement was recorded late by a bureau (补录): the reviewing bureau checks the record it rests on' })
  recordedLate: boolean;

  @Field(() => ID)
  policyId: string;

  @Field()
  submittedAt: Date;

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true })
  reviewNote: string | null;

  @Field(() => String, { nullable: true, description: 'ABSORPTION: how the approving bureau checked the employment (社保缴费记录, 工资流水, 实地核查 …)' })
  employmentCheck: string | null;

  @Field(() => String, { nullable: true })
  paidOn: string | null;

  @Field(() => String, { nullable: true })
  paymentReference: string | null;

  /** Who submitted and approved it, and where: what SubsidyClaim.reviewRights judges (not a field: account ids stay inside). */
  reviewFacts: Pick<SubsidyClaimEntity, 'status' | 'needsReview' | 'submittedBy' | 'reviewedBy' | 'hukouRegionCode' | 'fund'>;
}

@ObjectType()
export class SubsidyClaimConnection extends Connection(SubsidyClaim, 'SubsidyClaim') {}

@ObjectType({ description: 'A version ending within the coverage horizon (90 days)' })
export class ExpiringSubsidyPolicy {
  @Field(() => SubsidyPolicy)
  policy: SubsidyPolicy;

  @Field(() => Int, { description: 'Days from today (China) to its appliesUntil' })
  daysLeft: number;

  @Field(() => SubsidyPolicy, { nullable: true })
  successor: SubsidyPolicy | null;

  @Field({ description: 'Some version is in force the day after it stops applying' })
  continued: boolean;
}

@ObjectType()
export class SubsidyPolicyGapCounty {
  @Field()
  regionCode: string;

  @Field()
  name: string;

  @Field(() => Int)
  placements: number;
}

@ObjectType({ description: 'Placements no version of the province covers (assessed INELIGIBLE, POLICY_GAP)' })
export class SubsidyPolicyGap {
  @Field()
  provinceCode: string;

  @Field()
  provinceName: string;

  @Field(() => Int)
  placements: number;

  @Field()
  firstStartDate: string;

  @Field()
  lastStartDate: string;

  @Field({ description: 'The gap in words, for the earliest uncovered start date' })
  reason: string;

  @Field(() => [SubsidyKind], { description: 'The kinds of the latest version, each unassessed for these placements' })
  kinds: SubsidyKind[];

  @Field(() => [SubsidyPolicyGapCounty])
  counties: SubsidyPolicyGapCounty[];
}

@ObjectType()
export class SubsidyPolicyCoverage {
  @Field()
  regionCode: string;

  @Field()
  today: string;

  @Field({ description: 'today + 90 days' })
  horizon: string;

  @Field(() => [ExpiringSubsidyPolicy])
  expiring: ExpiringSubsidyPolicy[];

  @Field(() => Int, { description: 'Placements (not cancelled) of workers with hukou in the region that no version covers' })
  uncoveredPlacements: number;

  @Field(() => [SubsidyPolicyGap])
  gaps: SubsidyPolicyGap[];
}

/** A version with its chain: supersedes / supersededBy resolve lazily from the province's versions. */
export function toSubsidyPolicy(policy: PolicyVersion, chain: ReadonlyMap<string, PolicyVersion>): SubsidyPolicy {
  const linked = (id: string | null) => {
    const other = id ? chain.get(id) : undefined;
    return other ? toSubsidyPolicy(other, chain) : null;
  };
  return {
    id: policy.id,
    provinceCode: policy.provinceCode,
    name: policy.name,
    version: policy.version,
    validFrom: policy.validFrom,
    validTo: policy.validTo,
    rules: policy.rules,
    supersedesId: policy.supersedesId,
    supersededById: policy.supersededById,
    appliesUntil: policy.appliesUntil,
    claimCount: policy.claimCount,
    immutable: policy.claimCount > 0,
    get supersedes() {
      return linked(policy.supersedesId);
    },
    get supersededBy() {
      return linked(policy.supersededById);
    },
  };
}

export function chainOf(versions: readonly PolicyVersion[]): Map<string, PolicyVersion> {
  return new Map(versions.map((v) => [v.id, v]));
}

export function toCoverage(coverage: PolicyCoverage, chain: ReadonlyMap<string, PolicyVersion>): SubsidyPolicyCoverage {
  return {
    ...coverage,
    expiring: coverage.expiring.map((e) => ({
      policy: toSubsidyPolicy(e.policy, chain),
      daysLeft: e.daysLeft,
      successor: e.successor ? toSubsidyPolicy(e.successor, chain) : null,
      continued: e.continued,
    })),
    gaps: coverage.gaps.map((g) => ({ ...g, kinds: g.kinds as SubsidyKind[] })),
  };
}

export function toAssessment(assessment: Assessment, policy: SubsidyPolicy | null, recordedLate: boolean): SubsidyAssessment {
  return {
    kind: assessment.kind as SubsidyKind,
    title: assessment.title,
    beneficiary: assessment.beneficiary as SubsidyBeneficiary,
    beneficiaryOrganizationId: assessment.beneficiaryOrganizationId,
    amount: assessment.amount,
    status: assessment.status as AssessmentStatus,
    reason: assessment.reason,
    reasonCode: assessment.reasonCode ?? null,
    eligibleOn: assessment.eligibleOn,
    policy,
    recordedLate,
  };
}

export function toSubsidyClaim(entity: SubsidyClaimEntity): SubsidyClaim {
  return {
    id: entity.id,
    placementId: entity.placementId,
    workerId: entity.workerId,
    kind: entity.kind,
    beneficiary: entity.beneficiary,
    fund: entity.fund,
    beneficiaryOrganizationId: entity.beneficiaryOrganizationId,
    amount: entity.amount,
    status: entity.status,
    needsReview: entity.needsReview,
    recordedLate: entity.recordedLate,
    policyId: entity.policyId,
    submittedAt: entity.createdAt,
    reviewedAt: entity.reviewedAt,
    reviewNote: entity.reviewNote,
    employmentCheck: entity.employmentCheck,
    paidOn: entity.paidOn,
    paymentReference: entity.paymentReference,
    reviewFacts: {
      status: entity.status,
      needsReview: entity.needsReview,
      submittedBy: entity.submittedBy,
      reviewedBy: entity.reviewedBy,
      hukouRegionCode: entity.hukouRegionCode,
      fund: entity.fund,
    },
  };
}
