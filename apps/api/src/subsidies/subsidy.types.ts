import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import type { Assessment, StoredPolicy, SubsidyClaimEntity } from '@app/subsidies';
import { JSONScalar } from '../common/json.scalar.js';
import { AssessmentStatus, SubsidyBeneficiary, SubsidyClaimStatus, SubsidyKind } from './subsidy-enums.js';

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

  @Field(() => JSONScalar, { description: 'The rules as data: kind, beneficiary, amount, conditions' })
  rules: unknown;
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

  @Field(() => String, { nullable: true, description: 'For PENDING: the earliest date the missing conditions could be met' })
  eligibleOn: string | null;

  @Field(() => SubsidyPolicy)
  policy: SubsidyPolicy;

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
}

@ObjectType()
export class SubsidyClaimConnection extends Connection(SubsidyClaim, 'SubsidyClaim') {}

export function toSubsidyPolicy(policy: StoredPolicy): SubsidyPolicy {
  return { ...policy, rules: policy.rules };
}

export function toAssessment(assessment: Assessment, policy: StoredPolicy, recordedLate: boolean): SubsidyAssessment {
  return {
    kind: assessment.kind as SubsidyKind,
    title: assessment.title,
    beneficiary: assessment.beneficiary as SubsidyBeneficiary,
    beneficiaryOrganizationId: assessment.beneficiaryOrganizationId,
    amount: assessment.amount,
    status: assessment.status as AssessmentStatus,
    reason: assessment.reason,
    eligibleOn: assessment.eligibleOn,
    policy: toSubsidyPolicy(policy),
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
  };
}
