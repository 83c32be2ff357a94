import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '@app/audit';
import {
  type Actor,
  assertCanSeeRegion,
  chinaDateOf,
  chinaToday,
  InvalidInputError,
  isUniqueViolation,
  keysetPage,
  NoOrganizationError,
  type Page,
  regionCodeRange,
  Role,
  RoleRequiredError,
} from '@app/common';
import { OrganizationsService } from '@app/organizations';
import { OrganizationAwardEntity } from '../entities/organization-award.entity.js';
import type { SubsidyFund } from '../entities/subsidy-claim.entity.js';
import { provinceOfRegion, type SubsidyFundCode } from '../rules/policy.js';
import { fundRefusal, requireSecondAccount } from '../services/claim-review-rules.js';
import { SubsidyPoliciesService } from '../services/subsidy-policies.service.js';
import { AWARD_LEVEL_TITLES, type OrganizationAwardLevel, OrganizationAwardStatus } from './award-level.js';
import { awardFundOf } from './award-schedules.js';
import { judgeAwardProposal } from './grant-problems.js';
import { AWARD_STATUS_TEXT, AwardError, AwardErrorReason } from './organization-award.exception.js';

export interface AwardGrant {
  organizationId: string;
  level: OrganizationAwardLevel;
  amount: number;
  basis: string;
  policyId?: string | null;
}

export interface AwardFilter {
  regionCode?: string;
  status?: OrganizationAwardStatus;
}

const AUDIT_SUBJECT = 'organization_award';

/**
 * One-off awards to workshops and bases (一次性奖补): a bureau of the organisation's region proposes, a second account
 * approves or rejects, and an account other than the approver records the payment; every step audited in the same
 * transaction as the change.
 */
@Injectable()
export class OrganizationAwardsService {
  constructor(
    @InjectRepository(OrganizationAwardEntity) private readonly awards: Repository<OrganizationAwardEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly policies: SubsidyPoliciesService,
    private readonly audit: AuditService,
  ) {}

  async grant(actor: Actor, input: AwardGrant): Promise<OrganizationAwardEntity> {
    requireBureau(actor);
    const organization = await this.organizations.get(input.organizationId);
    assertCanSeeRegion(actor, organization.regionCode);
    const fund = awardFundOf(provinceOfRegion(organization.regionCode), input.level);
    requireFundsDepartment(actor, fund, 'level');
    const policy = input.policyId ? ((await this.policies.get(input.policyId)) ?? 'missing') : null;
    const { problems, cap } = judgeAwardProposal({
      organization: { kind: organization.kind, regionCode: organization.regionCode, verified: organization.verifiedAt !== null },
      level: input.level,
      amount: input.amount,
      basis: input.basis,
      policy,
      provinceName: this.policies.provinceName(organization.regionCode),
    });
    if (problems.length) throw new InvalidInputError(problems);
    const alreadyAwarded = () => new AwardError(AwardErrorReason.ALREADY_AWARDED, { field: 'level', params: { title: AWARD_LEVEL_TITLES[input.level] } });
    try {
      return await this.dataSource.transaction(async (manager) => {
        const award = await manager.save(
          manager.create(OrganizationAwardEntity, {
            organizationId: organization.id,
            regionCode: organization.regionCode,
            level: input.level,
            amount: input.amount,
            basis: input.basis.trim(),
            policyId: input.policyId ?? null,
            fund: fund as SubsidyFund,
            cap,
            proposedBy: actor.accountId,
          }),
        );
        await this.audit.record(
          {
            actorAccountId: actor.accountId,
            action: 'organization_award.proposed',
            subjectType: AUDIT_SUBJECT,
            subjectId: award.id,
            after: { status: award.status, organizationId: award.organizationId, level: award.level, amount: award.amount, policyId: award.policyId },
          },
          manager,
        );
        return award;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_organization_awards_once_per_level')) throw alreadyAwarded();
      throw error;
    }
  }

  async review(actor: Actor, awardId: string, approve: boolean, note: string | null): Promise<OrganizationAwardEntity> {
    return this.transition(actor, awardId, (award) => {
      if (award.status !== OrganizationAwardStatus.PROPOSED) throw this.transitionError(award, approve ? 'APPROVED' : 'REJECTED');
      if (!approve && !note?.trim()) throw new AwardError(AwardErrorReason.AWARD_REJECTION_NOTE_REQUIRED, { field: 'note' });
      // Four eyes, the very rule claims follow: the proposing account does not approve, the approving one does not pay.
      if (approve) requireSecondAccount(actor, { submittedBy: award.proposedBy, reviewedBy: null }, 'approve', 'awardId');
      Object.assign(award, {
        status: approve ? OrganizationAwardStatus.APPROVED : OrganizationAwardStatus.REJECTED,
        reviewedBy: actor.accountId,
        reviewedAt: new Date(),
        reviewNote: note?.trim() || null,
      });
      return approve ? 'organization_award.approved' : 'organization_award.rejected';
    });
  }

  async markPaid(actor: Actor, awardId: string, paidOn: string, reference: string): Promise<OrganizationAwardEntity> {
    return this.transition(actor, awardId, (award) => {
      if (award.status !== OrganizationAwardStatus.APPROVED) throw this.transitionError(award, 'PAID');
      requireSecondAccount(actor, { submittedBy: award.proposedBy, reviewedBy: award.reviewedBy }, 'pay', 'awardId');
      const approvedOn = award.reviewedAt ? chinaDateOf(award.reviewedAt) : null;
      if (paidOn > chinaToday()) throw new AwardError(AwardErrorReason.AWARD_PAID_ON_IN_FUTURE, { field: 'paidOn' });
      if (approvedOn && paidOn < approvedOn) throw new AwardError(AwardErrorReason.AWARD_PAID_BEFORE_APPROVAL, { field: 'paidOn', params: { approvedOn } });
      if (!reference.trim()) throw new AwardError(AwardErrorReason.AWARD_PAYMENT_REFERENCE_REQUIRED, { field: 'reference' });
      Object.assign(award, { status: OrganizationAwardStatus.PAID, paidBy: actor.accountId, paidOn, paymentReference: reference.trim() });
      return 'organization_award.paid';
    });
  }

  /**
   * A bureau: the awards of organisations in its jurisdiction (regionCode narrows it); ADMIN: all; an organisation's own
   * accounts: its own awards only (asking for a region is refused, it would say nothing they may not see anyway).
   */
  async list(actor: Actor, filter: AwardFilter, first: number, after?: string): Promise<Page<OrganizationAwardEntity>> {
    const query = this.awards.createQueryBuilder('a');
    if (actor.role === Role.BUREAU) {
      const [low, high] = regionCodeRange(actor.regionCode!);
      query.where('a.region_code >= :low AND a.region_code < :high', { low, high });
    } else if (actor.role === Role.EMPLOYER || actor.role === Role.AGENT) {
      if (!actor.organizationId) throw new NoOrganizationError();
      if (filter.regionCode) throw new AwardError(AwardErrorReason.AWARDS_HIDDEN, { field: 'filter.regionCode' });
      query.where('a.organization_id = :organizationId', { organizationId: actor.organizationId });
    } else if (actor.role !== Role.ADMIN) throw new AwardError(AwardErrorReason.AWARDS_HIDDEN);
    if (filter.regionCode) {
      assertCanSeeRegion(actor, filter.regionCode);
      const [low, high] = regionCodeRange(filter.regionCode);
      query.andWhere('a.region_code >= :flow AND a.region_code < :fhigh', { flow: low, fhigh: high });
    }
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    return keysetPage(query, 'a', 'created_at', first, after);
  }

  private transitionError(award: OrganizationAwardEntity, to: string): AwardError {
    return new AwardError(AwardErrorReason.AWARD_TRANSITION, {
      field: 'awardId',
      params: { from: AWARD_STATUS_TEXT[award.status], to: AWARD_STATUS_TEXT[to] },
    });
  }

  private async transition(actor: Actor, awardId: string, change: (award: OrganizationAwardEntity) => string): Promise<OrganizationAwardEntity> {
    requireBureau(actor);
    return this.dataSource.transaction(async (manager) => {
      const award = await manager.createQueryBuilder(OrganizationAwardEntity, 'a').setLock('pessimistic_write').where('a.id = :id', { id: awardId }).getOne();
      if (!award) throw new AwardError(AwardErrorReason.AWARD_NOT_FOUND, { field: 'awardId', params: { id: awardId } });
      assertCanSeeRegion(actor, award.regionCode);
      requireFundsDepartment(actor, award.fund, 'awardId');
      const before = { status: award.status };
      const action = change(award);
      const saved = await manager.save(award);
      await this.audit.record(
        {
          actorAccountId: actor.accountId,
          action,
          subjectType: AUDIT_SUBJECT,
          subjectId: award.id,
          before,
          after: { status: saved.status, reviewNote: saved.reviewNote, paidOn: saved.paidOn, paymentReference: saved.paymentReference },
        },
        manager,
      );
      return saved;
    });
  }
}

/** Only the department of the award's fund proposes, reviews and pays it, as for claims. */
function requireFundsDepartment(actor: Actor, fund: SubsidyFundCode, field: string): void {
  const refusal = fundRefusal(actor, fund, field);
  if (refusal) throw refusal;
}

/** Awards are the bureau's decision and its money: no other role proposes, reviews or pays them (ADMIN neither). */
function requireBureau(actor: Actor): void {
  if (actor.role !== Role.BUREAU) throw new RoleRequiredError([Role.BUREAU]);
}
