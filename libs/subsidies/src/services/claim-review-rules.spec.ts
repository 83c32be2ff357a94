import { type Actor, BureauDepartment, Role } from '@app/common';
import { SubsidyClaimStatus, SubsidyFund } from '../entities/subsidy-claim.entity.js';
import { claimStepRefusal, fourEyesRefusal, type ReviewedClaim, requireSecondAccount } from './claim-review-rules.js';

const bureau = (accountId: string, regionCode = '522700'): Actor => ({
  accountId,
  username: accountId,
  role: Role.BUREAU,
  regionCode,
  organizationId: null,
  workerId: null,
});
const claim = (changes: Partial<ReviewedClaim> = {}): ReviewedClaim => ({
  status: SubsidyClaimStatus.SUBMITTED,
  needsReview: false,
  submittedBy: 'clerk',
  reviewedBy: null,
  hukouRegionCode: '522731',
  fund: SubsidyFund.RURAL_REVITALIZATION_FUND,
  ...changes,
});
const reasonOf = (error: { reason?: string } | null) => error?.reason ?? null;

describe('claimStepRefusal: who may approve, reject or pay a claim', () => {
  it('keeps the submitter from approving but lets it reject; a colleague may approve', () => {
    expect(reasonOf(claimStepRefusal(bureau('clerk'), claim(), 'approve'))).toBe('SUBMITTER_CANNOT_APPROVE');
    expect(claimStepRefusal(bureau('clerk'), claim(), 'reject')).toBeNull();
    expect(claimStepRefusal(bureau('reviewer'), claim(), 'approve')).toBeNull();
  });

  it('keeps the approver from paying; the submitter may pay what a colleague approved', () => {
    const approved = claim({ status: SubsidyClaimStatus.APPROVED, reviewedBy: 'reviewer' });
    expect(reasonOf(claimStepRefusal(bureau('reviewer'), approved, 'pay'))).toBe('APPROVER_CANNOT_PAY');
    expect(claimStepRefusal(bureau('clerk'), approved, 'pay')).toBeNull();
  });

  it('decides a claim whose evidence changed again before anyone pays it', () => {
    const changed = claim({ status: SubsidyClaimStatus.APPROVED, reviewedBy: 'reviewer', needsReview: true });
    expect(reasonOf(claimStepRefusal(bureau('clerk'), changed, 'pay'))).toBe('EVIDENCE_CHANGED');
    expect(claimStepRefusal(bureau('reviewer'), changed, 'approve')).toBeNull();
  });

  it('refuses steps the status does not allow, other jurisdictions and other roles', () => {
    expect(reasonOf(claimStepRefusal(bureau('reviewer'), claim(), 'pay'))).toBe('CLAIM_TRANSITION');
    expect(reasonOf(claimStepRefusal(bureau('reviewer'), claim({ status: SubsidyClaimStatus.PAID }), 'reject'))).toBe('CLAIM_TRANSITION');
    expect(reasonOf(claimStepRefusal(bureau('reviewer', '530100'), claim(), 'approve'))).toBe('OUTSIDE_JURISDICTION');
    expect(reasonOf(claimStepRefusal({ ...bureau('admin'), role: Role.ADMIN }, claim(), 'approve'))).toBe('BUREAU_ONLY');
  });
});

describe('claimStepRefusal: the department whose fund pays the claim', () => {
  const of = (department: BureauDepartment | null) => ({ ...bureau('reviewer'), department });
  const employment = claim({ fund: SubsidyFund.EMPLOYMENT_FUND });

  it('lets 乡村振兴 decide and pay transport support and 人社 the employment subsidies, not the other way round', () => {
    expect(claimStepRefusal(of(BureauDepartment.RURAL_REVITALIZATION), claim(), 'approve')).toBeNull();
    expect(claimStepRefusal(of(BureauDepartment.HUMAN_RESOURCES), employment, 'approve')).toBeNull();
    const refused = claimStepRefusal(of(BureauDepartment.HUMAN_RESOURCES), claim(), 'approve');
    expect(reasonOf(refused)).toBe('OTHER_DEPARTMENTS_FUND');
    expect((refused as { text?: { zh: string } } | null)?.text?.zh).toBe(
      '该补贴从衔接推进乡村振兴补助资金列支，由乡村振兴部门审核发放，本账号属于人力资源社会保障部门',
    );
    for (const step of ['approve', 'reject', 'pay'] as const) {
      expect(reasonOf(claimStepRefusal(of(BureauDepartment.RURAL_REVITALIZATION), employment, step))).toBe('OTHER_DEPARTMENTS_FUND');
    }
  });

  it('lets an office without a department (one office for both) take every fund', () => {
    expect(claimStepRefusal(of(null), claim(), 'approve')).toBeNull();
    expect(claimStepRefusal(of(null), employment, 'approve')).toBeNull();
  });
});

describe('fourEyesRefusal: the rule shared with other money records', () => {
  it('names the given field', () => {
    expect(fourEyesRefusal({ accountId: 'a' }, { submittedBy: 'a', reviewedBy: null }, 'approve', 'awardId')?.fields).toEqual(['awardId']);
    expect(fourEyesRefusal({ accountId: 'a' }, { submittedBy: 'b', reviewedBy: 'b' }, 'pay')).toBeNull();
    expect(() => requireSecondAccount({ accountId: 'a' }, { submittedBy: 'b', reviewedBy: 'a' }, 'pay')).toThrow();
  });
});
