import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '@app/audit';
import { type Actor, chinaToday, isUniqueViolation, keysetPage, type Page, regionPrefix, requirePort, Role } from '@app/common';
import { canManagePosting, type PostingEntity, PostingKind, PostingOpeningsService, PUBLIC_WELFARE_MAX_CONTRACT_MONTHS } from '@app/postings';
import { type WorkerEntity, WorkersService } from '@app/workers';
import { confirmationMonthProblem, MONTH_PROBLEM_ZH } from '../employment-months.js';
import { EmploymentConfirmationEntity } from '../entities/employment-confirmation.entity.js';
import { PlacementEntity } from '../entities/placement.entity.js';
import { PlacementEndReason, PlacementStatus } from '../placement-enums.js';
import { ApplicationNotFoundError, PlacementError, PlacementErrorReason, PlacementNotFoundError } from '../placement.exception.js';
import { placementScope } from '../placement-scope.js';
import { ApplicationsService } from './applications.service.js';
import { EvidenceChangeListener } from './evidence-change-listener.js';

export interface PlacementFilter {
  workerId?: string;
  postingId?: string;
  status?: PlacementStatus;
}

export interface NewPlacement {
  startDate: string;
  contractMonths: number;
  agentOrganizationId: string | null;
  groupId: string | null;
  applicationId: string | null;
}

export interface Confirmation {
  placementId: string;
  month: string;
  employed: boolean;
  monthlyWage: number | null;
  socialInsurancePaid: boolean;
}

@Injectable()
export class PlacementsService implements OnModuleInit {
  constructor(
    @InjectRepository(PlacementEntity) private readonly placements: Repository<PlacementEntity>,
    @InjectRepository(EmploymentConfirmationEntity) private readonly confirmations: Repository<EmploymentConfirmationEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly openings: PostingOpeningsService,
    private readonly workers: WorkersService,
    private readonly audit: AuditService,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** Told of corrected evidence so claims decided on it go back for review: the subsidies domain's, wired by the composition root (required). */
  private evidenceListener!: EvidenceChangeListener;

  onModuleInit(): void {
    this.evidenceListener = requirePort(
      this.moduleRef,
      EvidenceChangeListener,
      'PlacementsService',
      'claims decided on corrected evidence would not be flagged for review',
    );
  }

  /** The posting's employer hires an applicant: one transaction takes an opening, creates the placement and closes the application. */
  async hire(actor: Actor, applicationId: string, startDate: string, contractMonths: number): Promise<PlacementEntity> {
    const pending = await this.applications.peek(applicationId);
    if (!pending) throw new ApplicationNotFoundError(applicationId);
    await this.openings.refuseWhenFull(pending.postingId);
    // Read before the transaction: a query outside its connection while holding it can starve the pool under load.
    const [worker] = await this.workers.requireMany([pending.workerId], 'applicationId');
    return this.dataSource.transaction(async (manager) => {
      const application = await this.applications.lockForHire(manager, applicationId);
      const posting = await this.openings.lock(manager, application.postingId);
      if (!canManagePosting(actor, posting)) throw new PlacementError(PlacementErrorReason.NOT_YOUR_POSTING);
      const placement = await this.place(manager, actor, posting, worker, {
        startDate,
        contractMonths,
        agentOrganizationId: application.agentOrganizationId,
        groupId: null,
        applicationId: application.id,
      });
      await this.applications.markHired(manager, application);
      return placement;
    });
  }

  /**
   * Creates one placement inside the caller's transaction (hire, or arrival of a group), with the posting row already
   * locked by the caller. Enforces the contract rules, takes the opening and marks the worker employed.
   */
  async place(manager: EntityManager, actor: Actor, posting: PostingEntity, worker: WorkerEntity, input: NewPlacement): Promise<PlacementEntity> {
    const welfare = posting.kind === PostingKind.PUBLIC_WELFARE;
    if (!Number.isInteger(input.contractMonths) || input.contractMonths < 1 || input.contractMonths > 60) {
      throw new PlacementError(PlacementErrorReason.CONTRACT_MONTHS_RANGE, { field: 'contractMonths' });
    }
    if (welfare && input.contractMonths > PUBLIC_WELFARE_MAX_CONTRACT_MONTHS) {
      throw new PlacementError(PlacementErrorReason.WELFARE_CONTRACT_TOO_LONG, { field: 'contractMonths' });
    }
    await this.openings.take(manager, posting.id);
    const entity = manager.create(PlacementEntity, {
      workerId: worker.id,
      postingId: posting.id,
      postingKind: posting.kind,
      employerOrganizationId: posting.organizationId,
      agentOrganizationId: input.agentOrganizationId,
      groupId: input.groupId,
      applicationId: input.applicationId,
      organized: input.agentOrganizationId !== null,
      scope: placementScope(worker.hukouRegionCode, posting.regionCode),
      hukouRegionCode: worker.hukouRegionCode,
      workRegionCode: posting.regionCode,
      startDate: input.startDate,
      contractMonths: input.contractMonths,
      createdBy: actor.accountId,
    });
    let placement: PlacementEntity;
    try {
      placement = await manager.save(entity);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_placements_active_welfare'))
        throw new PlacementError(PlacementErrorReason.WELFARE_POST_HELD, { field: 'applicationId' });
      throw error;
    }
    await this.workers.markEmployed(manager, worker.id);
    return placement;
  }

  /** Ends a placement; RETURNED_HOME marks the worker a returnee (返乡回流) for their county's bureau. */
  async end(actor: Actor, placementId: string, endDate: string, reason: PlacementEndReason): Promise<PlacementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const placement = await this.lock(manager, placementId);
      const posting = await this.openings.lock(manager, placement.postingId);
      this.requireEmployerOrOrganiser(actor, placement, posting);
      if (placement.status !== PlacementStatus.ACTIVE) throw new PlacementError(PlacementErrorReason.PLACEMENT_ALREADY_ENDED, { field: 'placementId' });
      if (endDate < placement.startDate) throw new PlacementError(PlacementErrorReason.END_BEFORE_START, { field: 'endDate' });
      if (endDate > chinaToday()) throw new PlacementError(PlacementErrorReason.END_IN_FUTURE, { field: 'endDate' });
      Object.assign(placement, { status: PlacementStatus.ENDED, endDate, endReason: reason });
      await manager.save(placement);
      await this.openings.release(manager, placement.postingId);
      const others = await manager.count(PlacementEntity, { where: { workerId: placement.workerId, status: PlacementStatus.ACTIVE } });
      await this.workers.markJobEnded(manager, placement.workerId, others > 0, reason === PlacementEndReason.RETURNED_HOME ? endDate : null);
      await this.audit.record(
        { actorAccountId: actor.accountId, action: 'placement.ended', subjectType: 'placement', subjectId: placement.id, after: { endDate, reason } },
        manager,
      );
      return placement;
    });
  }

  /**
   * The month's record of a placement. A repeat for the same month corrects it: the revision goes up and the audit
   * log keeps what it said before. Returns the record and whether it was a correction.
   */
  async confirm(
    actor: Actor,
    input: Confirmation,
  ): Promise<{ confirmation: EmploymentConfirmationEntity; corrected: boolean; before: EmploymentConfirmationEntity | null }> {
    return this.dataSource.transaction(async (manager) => {
      const placement = await this.lock(manager, input.placementId);
      const posting = await this.openings.lock(manager, placement.postingId);
      this.requireEmployerOrOrganiser(actor, placement, posting);
      const problem = confirmationMonthProblem(input.month, placement.startDate, placement.endDate, chinaToday());
      if (problem)
        throw new PlacementError(PlacementErrorReason.MONTH_OUTSIDE_PLACEMENT, {
          field: 'month',
          params: { month: input.month, problem: MONTH_PROBLEM_ZH[problem], problemEn: problem },
        });
      if (!input.employed && input.monthlyWage) throw new PlacementError(PlacementErrorReason.WAGE_WITHOUT_EMPLOYMENT, { field: 'monthlyWage' });
      const existing = await manager.findOneBy(EmploymentConfirmationEntity, { placementId: placement.id, month: input.month });
      const values = { employed: input.employed, monthlyWage: input.monthlyWage, socialInsurancePaid: input.socialInsurancePaid, confirmedBy: actor.accountId };
      if (!existing) {
        const created = await manager.save(manager.create(EmploymentConfirmationEntity, { placementId: placement.id, month: input.month, ...values }));
        return { confirmation: created, corrected: false, before: null };
      }
      const before = { ...existing };
      Object.assign(existing, values, { revision: existing.revision + 1 });
      const saved = await manager.save(existing);
      await this.audit.record(
        {
          actorAccountId: actor.accountId,
          action: 'employment_confirmation.corrected',
          subjectType: 'placement',
          subjectId: placement.id,
          before: {
            month: before.month,
            employed: before.employed,
            monthlyWage: before.monthlyWage,
            socialInsurancePaid: before.socialInsurancePaid,
            revision: before.revision,
          },
          after: { month: saved.month, ...values, revision: saved.revision },
        },
        manager,
      );
      await this.evidenceListener.placementEvidenceChanged(manager, placement.id);
      return { confirmation: saved, corrected: true, before };
    });
  }

  async get(actor: Actor, id: string): Promise<PlacementEntity> {
    const query = this.placements.createQueryBuilder('pl');
    this.scope(query, actor);
    const found = await query.andWhere('pl.id = :id', { id }).getOne();
    if (!found) {
      if (await this.placements.existsBy({ id })) throw new PlacementError(PlacementErrorReason.PLACEMENT_HIDDEN);
      throw new PlacementNotFoundError(id);
    }
    return found;
  }

  async list(actor: Actor, filter: PlacementFilter, first: number, after?: string): Promise<Page<PlacementEntity>> {
    const query = this.placements.createQueryBuilder('pl');
    this.scope(query, actor);
    if (filter.workerId) query.andWhere('pl.worker_id = :workerId', { workerId: filter.workerId });
    if (filter.postingId) query.andWhere('pl.posting_id = :postingId', { postingId: filter.postingId });
    if (filter.status) query.andWhere('pl.status = :status', { status: filter.status });
    return keysetPage(query, 'pl', 'created_at', first, after);
  }

  /** Whether the worker had an organised placement that started before this one (first organised placement ever?). */
  async hasEarlierOrganizedPlacement(placement: PlacementEntity): Promise<boolean> {
    return this.placements
      .createQueryBuilder('pl')
      .where('pl.worker_id = :worker AND pl.organized AND pl.id <> :id', { worker: placement.workerId, id: placement.id })
      .andWhere('(pl.start_date < :start OR (pl.start_date = :start AND pl.created_at < :created))', {
        start: placement.startDate,
        created: placement.createdAt,
      })
      .getExists();
  }

  /** Confirmations of many placements in one query, month order. */
  async confirmationsOf(placementIds: readonly string[]): Promise<Map<string, EmploymentConfirmationEntity[]>> {
    const result = new Map<string, EmploymentConfirmationEntity[]>(placementIds.map((id) => [id, []]));
    if (placementIds.length === 0) return result;
    const rows = await this.confirmations.find({ where: { placementId: In([...placementIds]) }, order: { month: 'ASC' } });
    for (const row of rows) result.get(row.placementId)!.push(row);
    return result;
  }

  private async lock(manager: EntityManager, id: string): Promise<PlacementEntity> {
    const placement = await manager.createQueryBuilder(PlacementEntity, 'pl').setLock('pessimistic_write').where('pl.id = :id', { id }).getOne();
    if (!placement) throw new PlacementNotFoundError(id);
    return placement;
  }

  /** The employer (its organisation, or the bureau for a bureau-run welfare post) or the organising agency. */
  private requireEmployerOrOrganiser(actor: Actor, placement: PlacementEntity, posting: PostingEntity): void {
    const organiser = actor.role === Role.AGENT && !!actor.organizationId && actor.organizationId === placement.agentOrganizationId;
    if (!organiser && !canManagePosting(actor, posting)) throw new PlacementError(PlacementErrorReason.NOT_ORGANISER_OR_EMPLOYER);
  }

  private scope(query: SelectQueryBuilder<PlacementEntity>, actor: Actor): void {
    switch (actor.role) {
      case Role.ADMIN:
        return;
      case Role.WORKER:
        query.where('pl.worker_id = :self', { self: actor.workerId });
        return;
      case Role.EMPLOYER:
        query.where('pl.employer_organization_id = :org', { org: actor.organizationId });
        return;
      case Role.AGENT:
        query.where('pl.agent_organization_id = :org', { org: actor.organizationId });
        return;
      case Role.BUREAU:
        query.where(
          new Brackets((b) =>
            b
              .where('pl.hukou_region_code LIKE :scope')
              .orWhere(`pl.posting_kind = 'PUBLIC_WELFARE' AND pl.employer_organization_id IS NULL AND pl.work_region_code LIKE :scope`),
          ),
          { scope: `${regionPrefix(actor.regionCode!)}%` },
        );
    }
  }
}
