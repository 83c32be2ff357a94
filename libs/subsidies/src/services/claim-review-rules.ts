import { type Actor, canSeeRegion, DEPARTMENT_NAMES, type DomainError, OutsideJurisdictionError, Role } from '@app/common';
import { type SubsidyClaimEntity, SubsidyClaimStatus } from '../entities/subsidy-claim.entity.js';
import { FUNDS, type SubsidyFundCode } from '../rules/policy.js';
import { SubsidyError, SubsidyErrorReason } from '../subsidy.exception.js';

/** What a bureau does to a claim under review. */
export type ClaimStep = 'approve' | 'reject' | 'pay';

/** Who raised a record of money and who approved it: all the four-eyes rule looks at. */
export interface FourEyesRecord {
  submittedBy: string | null;
  reviewedBy: string | null;
}

/**
 * Four eyes, always on (not a setting): whoever submitted on the beneficiary's behalf does not approve, whoever approved
 * does not record the payment. The refusal names `field` (the claim's or award's id), or null when the step may go on.
 */
export function fourEyesRefusal(actor: Pick<Actor, 'accountId'>, record: FourEyesRecord, step: 'approve' | 'pay', field = 'claimId'): SubsidyError | null {
  if (step === 'approve' && record.submittedBy === actor.accountId) return new SubsidyError(SubsidyErrorReason.SUBMITTER_CANNOT_APPROVE, { field });
  if (step === 'pay' && record.reviewedBy === actor.accountId) return new SubsidyError(SubsidyErrorReason.APPROVER_CANNOT_PAY, { field });
  return null;
}

/** The same rule, refusing: for code that goes on only when the step is allowed. */
export function requireSecondAccount(actor: Pick<Actor, 'accountId'>, record: FourEyesRecord, step: 'approve' | 'pay', field = 'claimId'): void {
  const refusal = fourEyesRefusal(actor, record, step, field);
  if (refusal) throw refusal;
}

/**
 * Money is reviewed and paid by the department whose fund pays it (a bureau account without a department does both).
 * The refusal names `field`, or null when the account may.
 */
export function fundRefusal(actor: Pick<Actor, 'department'>, fund: SubsidyFundCode, field = 'claimId'): SubsidyError | null {
  const { department, name } = FUNDS[fund];
  if (!actor.department || actor.department === department) return null;
  return new SubsidyError(SubsidyErrorReason.OTHER_DEPARTMENTS_FUND, {
    field,
    params: { fund: name, department: DEPARTMENT_NAMES[department], own: DEPARTMENT_NAMES[actor.department] },
  });
}

/** The facts of a claim that decide who may take which step. */
export type ReviewedClaim = Pick<SubsidyClaimEntity, 'status' | 'needsReview' | 'submittedBy' | 'reviewedBy' | 'hukouRegionCode' | 'fund'>;

/**
 * Why this account may not take `step` on the claim as it stands, as the mutation refuses it (the very error), or null
 * when it may: a bureau of the worker's hukou jurisdiction and of the department whose fund pays it, the claim in a state the step leaves (SUBMITTED, or APPROVED
 * with changed evidence, to decide; APPROVED with unchanged evidence to pay), and four eyes. What the step also needs
 * from its input (a rejection's note, the payment date) is judged by the mutation. reviewSubsidyClaim,
 * reviewSubsidyClaims, markSubsidyClaim(s)Paid and SubsidyClaim.reviewRights all ask this one function.
 */
export function claimStepRefusal(actor: Actor, claim: ReviewedClaim, step: ClaimStep): DomainError | null {
  if (actor.role !== Role.BUREAU) return new SubsidyError(SubsidyErrorReason.BUREAU_ONLY);
  if (!canSeeRegion(actor, claim.hukouRegionCode)) return new OutsideJurisdictionError();
  const otherDepartment = fundRefusal(actor, claim.fund);
  if (otherDepartment) return otherDepartment;
  if (step === 'pay') {
    if (claim.status !== SubsidyClaimStatus.APPROVED)
      return new SubsidyError(SubsidyErrorReason.CLAIM_TRANSITION, { field: 'claimId', params: { from: claim.status, to: 'PAID' } });
    if (claim.needsReview) return new SubsidyError(SubsidyErrorReason.EVIDENCE_CHANGED, { field: 'claimId' });
    return fourEyesRefusal(actor, claim, 'pay');
  }
  const reopened = claim.status === SubsidyClaimStatus.APPROVED && claim.needsReview;
  if (claim.status !== SubsidyClaimStatus.SUBMITTED && !reopened)
    return new SubsidyError(SubsidyErrorReason.CLAIM_TRANSITION, {
      field: 'claimId',
      params: { from: claim.status, to: step === 'approve' ? 'APPROVED' : 'REJECTED' },
    });
  // The submitter may reject its own submission: only approving needs the second pair of eyes.
  return step === 'approve' ? fourEyesRefusal(actor, claim, 'approve') : null;
}
