import { Field, ObjectType } from '@nestjs/graphql';
import { currentLanguage, type DomainError, localize } from '@app/common';
import type { SubsidyClaimsService } from '@app/subsidies';
import { SubsidyClaimStatus } from './subsidy-enums.js';

@ObjectType({
  description:
    'What the calling account may do with the claim now (the four-eyes rule made visible): the same rule reviewSubsidyClaim(s) and markSubsidyClaim(s)Paid enforce',
})
export class ClaimReviewRights {
  @Field({ description: 'reviewSubsidyClaim with approve: true would pass the rules that do not depend on the input' })
  mayApprove: boolean;

  @Field({ description: 'reviewSubsidyClaim with approve: false (and a note) would be accepted; the submitter may reject its own submission' })
  mayReject: boolean;

  @Field({ description: 'markSubsidyClaimPaid (with a valid date and reference) would be accepted' })
  mayPay: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Why not, in the request’s language, for the step the claim waits for (deciding a SUBMITTED claim or one whose evidence changed, paying an APPROVED one): e.g. that this account submitted it on the beneficiary’s behalf and another officer must approve it; null when that step is open',
  })
  reason: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The reason code of `reason`, as the mutation answers it: SUBMITTER_CANNOT_APPROVE, APPROVER_CANNOT_PAY, OUTSIDE_JURISDICTION …',
  })
  reasonCode: string | null;

  @Field(() => String, { nullable: true, description: 'Why this account may not approve, whatever the claim waits for; null when it may' })
  approveReason: string | null;

  @Field(() => String, { nullable: true, description: 'Why this account may not record the payment; null when it may' })
  payReason: string | null;
}

/** The refusal each step would meet, as SubsidyClaimsService.reviewRights answers it. */
type StepRefusals = ReturnType<SubsidyClaimsService['reviewRights']>;
type ClaimStep = keyof StepRefusals;

/** Which step a claim waits for: deciding (SUBMITTED, or APPROVED with changed evidence), paying (APPROVED), or none. */
function awaitedStep(status: SubsidyClaimStatus, needsReview: boolean): ClaimStep {
  if (status === SubsidyClaimStatus.APPROVED && !needsReview) return 'pay';
  // Deciding for SUBMITTED and changed evidence; for a closed claim (REJECTED, PAID) the approval's refusal says why.
  return 'approve';
}

export function toReviewRights(refusals: StepRefusals, status: SubsidyClaimStatus, needsReview: boolean): ClaimReviewRights {
  const language = currentLanguage();
  const message = (error: DomainError | null) => (error ? localize(error.text, language) : null);
  const awaited = refusals[awaitedStep(status, needsReview)];
  return {
    mayApprove: refusals.approve === null,
    mayReject: refusals.reject === null,
    mayPay: refusals.pay === null,
    reason: message(awaited),
    reasonCode: awaited ? (awaited.extensions(language) as { reason: string }).reason : null,
    approveReason: message(refusals.approve),
    payReason: message(refusals.pay),
  };
}
