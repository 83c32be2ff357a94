import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '@app/audit';
import {
  type Actor,
  assertCanSeeRegion,
  chinaDateOf,
  chinaToday,
  type DomainError,
  isUniqueViolation,
  keysetPage,
  type Page,
  regionCodeRange,
  Role,
} from '@app/common';
import { AgencyAction, OrganizationsService } from '@app/organizations';
import { type PlacementEntity, PlacementsService } from '@app/placements';
import { SubsidyBeneficiary, SubsidyClaimEntity, SubsidyClaimStatus, SubsidyFund, SubsidyKind } from '../entities/subsidy-claim.entity.js';
import { claimKeyString } from '../rules/claim-key.js';
import { fundOf } from '../rules/policy.js';
import { type Assessment, assess } from '../rules/evaluate.js';
import { AlreadyClaimedError, ASSESSMENT_STATUS_TEXT, SubsidyError, SubsidyErrorReason } from '../subsidy.exception.js';
import { type ClaimStep, claimStepRefusal, type ReviewedClaim } from './claim-review-rules.js';
import { type GatheredEvidence, PlacementEvidenceService } from './placement-evidence.service.js';
import type { StoredPolicy } from './subsidy-policies.service.js';

export interface ClaimFilter {
  regionCode?: string;
  status?: SubsidyClaimStatus;
  kind?: SubsidyKind;
}

export interface Eligibility {
  /** Null when no policy is in force on the start date (every assessment then has reasonCode POLICY_GAP). */
  policy: StoredPolicy | null;
  assessments: Assessment[];
  /** The placement was recorded late by a bureau (补录). */
  recordedLate: boolean;
}

/** From placement evidence to money: eligibility, claims frozen at submission, review and payment, each step audited. */
@Injectable()
export class SubsidyClaimsService {
  constructor(
    @InjectRepository(SubsidyClaimEntity) private readonly claims: Repository<SubsidyClaimEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly placements: PlacementsService,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
    private readonly evidence: PlacementEvidenceService,
  ) {}

  /** Every rule of the policy of the worker's hukou province valid on the start date, assessed against the evidence. */
  async eligibility(actor: Actor, placementId: string): Promise<Eligibility> {
    const placement = await this.placements.get(actor, placementId);
    // No policy in force on the start date: INELIGIBLE assessments naming the gap (POLICY_GAP), never an error. They are
    // computed on every read, so a version entered later (even with a past validFrom) assesses the placement at once.
    const gathered = await this.evidenceOf(placement);
    if (gathered.gap) return { policy: null, assessments: gathered.gap, recordedLate: placement.recordedLate };
    return { policy: gathered.policy, assessments: assess(gathered.policy, gathered.evidence, chinaToday()), recordedLate: placement.recordedLate };
  }

  async submit(actor: Actor, placementId: string, kind: SubsidyKind): Promise<SubsidyClaimEntity> {
    const placement = await this.placements.get(actor, placementId);
    const gathered = await this.evidenceOf(placement);
    if (gathered.gap) throw new SubsidyError(SubsidyErrorReason.POLICY_GAP, { field: 'placementId', params: { why: gathered.gap[0].reason } });
    const { evidence, policy, fingerprint } = gathered;
    const assessment = assess(policy, evidence, chinaToday()).find((a) => a.kind === kind);
    if (!assessment)
      throw new SubsidyError(SubsidyErrorReason.POLICY_HAS_NO_SUCH_SUBSIDY, { field: 'kind', params: { policy: `${policy.name} ${policy.version}`, kind } });
    if (assessment.status === 'ALREADY_CLAIMED') throw new AlreadyClaimedError();
    if (assessment.status !== 'ELIGIBLE')
      throw new SubsidyError(SubsidyErrorReason.NOT_ELIGIBLE, {
        field: 'kind',
        params: { status: ASSESSMENT_STATUS_TEXT[assessment.status], why: assessment.reason },
      });
    this.requireClaimant(actor, placement, assessment);
    // Vetted organisations: an agency is paid only once the bureau of its region verified it, whoever submits.
    if (assessment.beneficiary === 'AGENT' && assessment.beneficiaryOrganizationId)
      await this.organizations.requireVerified(assessment.beneficiaryOrganizationId, AgencyAction.CLAIM_SUBSIDIES);
    const snapshot = {
      policy: { id: policy.id, name: policy.name, version: policy.version },
      assessment,
      evidence: { ...evidence, existingClaims: undefined },
    };
    try {
      return await this.dataSource.transaction(async (manager) => {
        const claim = await manager.save(
          manager.create(SubsidyClaimEntity, {
            placementId: placement.id,
            workerId: placement.workerId,
            workerFingerprint: fingerprint,
            hukouRegionCode: placement.hukouRegionCode,
            kind,
            beneficiary: assessment.beneficiary as SubsidyBeneficiary,
            beneficiaryOrganizationId: assessment.beneficiaryOrganizationId,
            claimKey: claimKeyString(assessment.claimKey),
            // An ELIGIBLE assessment always names the rule (tier) it applied.
            fund: fundOf(policy.rules[assessment.ruleIndex!]) as SubsidyFund,
            amount: assessment.amount!,
            policyId: policy.id,
            evidence: snapshot,
            recordedLate: placement.recordedLate,
            submittedBy: actor.accountId,
          }),
        );
        await this.audit.record(
          {
            actorAccountId: actor.accountId,
            action: 'subsidy_claim.submitted',
            subjectType: 'subsidy_claim',
            subjectId: claim.id,
            after: { status: claim.status, kind, amount: claim.amount },
          },
          manager,
        );
        return claim;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_subsidy_claims_once_per_key')) throw new AlreadyClaimedError();
      throw error;
    }
  }

  /**
   * The bureau of the worker's hukou jurisdiction approves or rejects a submitted claim, or decides again on an approved
   * claim whose evidence changed since (needsReview).
   */
  async review(actor: Actor, claimId: string, approve: boolean, note: string | null, employmentCheck: string | null = null): Promise<SubsidyClaimEntity> {
    return this.transition(actor, claimId, approve ? 'approve' : 'reject', (claim) => {
      if (!approve && !note?.trim()) throw new SubsidyError(SubsidyErrorReason.REJECTION_NOTE_REQUIRED, { field: 'note' });
      // ABSORPTION is paid to the employer on its own confirmations: the bureau's check is the second party.
      const check = employmentCheck?.trim() || null;
      if (approve && claim.kind === SubsidyKind.ABSORPTION && !check)
        throw new SubsidyError(SubsidyErrorReason.EMPLOYMENT_CHECK_REQUIRED, { field: 'employmentCheck' });
      Object.assign(claim, {
        employmentCheck: approve ? check : claim.employmentCheck,
        status: approve ? SubsidyClaimStatus.APPROVED : SubsidyClaimStatus.REJECTED,
        needsReview: false,
        reviewedBy: actor.accountId,
        reviewedAt: new Date(),
        reviewNote: note?.trim() || null,
      });
      return approve ? 'subsidy_claim.approved' : 'subsidy_claim.rejected';
    });
  }

  async markPaid(actor: Actor, claimId: string, paidOn: string, reference: string): Promise<SubsidyClaimEntity> {
    return this.transition(actor, claimId, 'pay', (claim) => {
      if (paidOn > chinaToday()) throw new SubsidyError(SubsidyErrorReason.PAID_ON_IN_FUTURE, { field: 'paidOn' });
      const approvedOn = claim.reviewedAt ? chinaDateOf(claim.reviewedAt) : null;
      if (approvedOn && paidOn < approvedOn) throw new SubsidyError(SubsidyErrorReason.PAID_BEFORE_APPROVAL, { field: 'paidOn', params: { approvedOn } });
      if (!reference.trim()) throw new SubsidyError(SubsidyErrorReason.PAYMENT_REFERENCE_REQUIRED, { field: 'reference' });
      Object.assign(claim, { status: SubsidyClaimStatus.PAID, paidOn, paymentReference: reference.trim() });
      return 'subsidy_claim.paid';
    });
  }

  /**
   * What the caller may do with each claim now, and why not: the refusal each step would meet (claimStepRefusal, the
   * rule the mutations enforce), from the claims' own columns, so a page of claims costs no query.
   */
  reviewRights(actor: Actor, claim: ReviewedClaim): Record<ClaimStep, DomainError | null> {
    return {
      approve: claimStepRefusal(actor, claim, 'approve'),
      reject: claimStepRefusal(actor, claim, 'reject'),
      pay: claimStepRefusal(actor, claim, 'pay'),
    };
  }

  async list(actor: Actor, filter: ClaimFilter, first: number, after?: string): Promise<Page<SubsidyClaimEntity>> {
    const query = this.claims.createQueryBuilder('c');
    switch (actor.role) {
      case Role.ADMIN:
        break;
      case Role.BUREAU: {
        const [low, high] = regionCodeRange(actor.regionCode!);
        query.where('c.hukou_region_code >= :low AND c.hukou_region_code < :high', { low, high });
        break;
      }
      case Role.WORKER:
        query.where('c.worker_id = :worker AND c.beneficiary = :b', { worker: actor.workerId, b: SubsidyBeneficiary.WORKER });
        break;
      default:
        query.where('c.beneficiary_organization_id = :org', { org: actor.organizationId });
    }
    if (filter.regionCode) {
      if (actor.role === Role.BUREAU) assertCanSeeRegion(actor, filter.regionCode);
      const [low, high] = regionCodeRange(filter.regionCode);
      query.andWhere('c.hukou_region_code >= :flow AND c.hukou_region_code < :fhigh', { flow: low, fhigh: high });
    }
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.kind) query.andWhere('c.kind = :kind', { kind: filter.kind });
    return keysetPage(query, 'c', 'created_at', first, after);
  }

  /**
   * One step on one claim, in its own transaction with the claim locked: the step's rule (claimStepRefusal) on the
   * claim as locked, then what the step needs from its input (`change`), then the audit entry.
   */
  private async transition(actor: Actor, claimId: string, step: ClaimStep, change: (claim: SubsidyClaimEntity) => string): Promise<SubsidyClaimEntity> {
    // Refused before the lookup: another role learns nothing about which claims exist.
    if (actor.role !== Role.BUREAU) throw new SubsidyError(SubsidyErrorReason.BUREAU_ONLY);
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager.createQueryBuilder(SubsidyClaimEntity, 'c').setLock('pessimistic_write').where('c.id = :id', { id: claimId }).getOne();
      if (!claim) throw new SubsidyError(SubsidyErrorReason.CLAIM_NOT_FOUND, { params: { id: claimId } });
      const refusal = claimStepRefusal(actor, claim, step);
      if (refusal) throw refusal;
      const before = { status: claim.status, needsReview: claim.needsReview };
      const action = change(claim);
      const saved = await manager.save(claim);
      await this.audit.record(
        {
          actorAccountId: actor.accountId,
          action,
          subjectType: 'subsidy_claim',
          subjectId: claim.id,
          before,
          after: {
            status: saved.status,
            reviewNote: saved.reviewNote,
            employmentCheck: saved.employmentCheck,
            paidOn: saved.paidOn,
            paymentReference: saved.paymentReference,
          },
        },
        manager,
      );
      return saved;
    });
  }

  /** The claimant is the beneficiary itself, or a bureau of the worker's jurisdiction acting on its behalf. */
  private requireClaimant(actor: Actor, placement: PlacementEntity, assessment: Assessment): void {
    if (actor.role === Role.ADMIN) return;
    if (actor.role === Role.BUREAU) return assertCanSeeRegion(actor, placement.hukouRegionCode);
    const own =
      (assessment.beneficiary === 'WORKER' && actor.role === Role.WORKER && actor.workerId === placement.workerId) ||
      (assessment.beneficiary === 'AGENT' && actor.role === Role.AGENT && actor.organizationId === assessment.beneficiaryOrganizationId) ||
      (assessment.beneficiary === 'EMPLOYER' && actor.role === Role.EMPLOYER && actor.organizationId === assessment.beneficiaryOrganizationId);
    if (!own) throw new SubsidyError(SubsidyErrorReason.BENEFICIARY_ONLY);
  }

  private async evidenceOf(placement: PlacementEntity): Promise<GatheredEvidence> {
    return (await this.evidence.gather([placement])).get(placement.id)!;
  }
}
