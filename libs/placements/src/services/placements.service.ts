import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '@app/audit';
import {
  type Actor,
  addDays,
  addMonthsToMonth,
  DomainError,
  canSeeRegion,
  chinaDateOf,
  chinaToday,
  isUniqueViolation,
  keysetPage,
  monthOf,
  type Page,
  regionPrefix,
  requirePort,
  Role,
  yearsBetween,
} from '@app/common';
import { isAgency, OrganizationsService } from '@app/organizations';
import { canManagePosting, type PostingEntity, PostingKind, PostingOpeningsService, PUBLIC_WELFARE_MAX_CONTRACT_MONTHS } from '@app/postings';
import { type WorkerEntity, WorkersService } from '@app/workers';
import { welfareProblem } from '../public-welfare.js';
import { confirmableMonthWhere, confirmationMonthProblem, MONTH_PROBLEM_ZH, monthIsOver } from '../employment-months.js';
import { EmploymentConfirmationEntity } from '../entities/employment-confirmation.entity.js';
import { PlacementFollowUpEntity } from '../entities/placement-follow-up.entity.js';
import { PlacementEntity } from '../entities/placement.entity.js';
import { FollowUpChannel, PlacementEndReason, PlacementStatus } from '../placement-enums.js';
import {
  ApplicationNotFoundError,
  overlapErrorFrom,
  PlacementError,
  PlacementErrorReason,
  PlacementNotFoundError,
  PlacementOverlapsError,
} from '../placement.exception.js';
import { placementScope } from '../placement-scope.js';
import { ApplicationsService } from './applications.service.js';
import { EvidenceChangeListener } from './evidence-change-listener.js';

export interface PlacementFilter {
  workerId?: string;
  postingId?: string;
  status?: PlacementStatus;
  /** YYYY-MM, a month that has ended: placements (not cancelled) that month lies in and that have no confirmation for it. */
  missingConfirmationFor?: string;
}

export interface NewPlacement {
  startDate: string;
  contractMonths: number;
  agentOrganizationId: string | null;
  groupId: string | null;
  applicationId: string | null;
  /** The input field a refusal about the worker or the dates names (applicationId, workerIds, startDate …). */
  field?: string;
  /** A bureau's record of a past placement (补录): no hiring window, no check against the posting's creation. */
  late?: { reason: string; endDate: string | null; endReason: PlacementEndReason | null };
}

/**
 * Not reachable through the API: a process that replays a known past (the demo seeder) hires or lands a group on an old
 * date as a late record, outside the hiring window and marked recordedLate, with every other rule applied.
 */
export interface LateRecord {
  reason: string;
}

/** A bureau records a placement of the past (补录): from a paper ledger, outside the hiring window. */
export interface HistoricalPlacement {
  workerId: string;
  postingId: string;
  agencyId: string | null;
  startDate: string;
  endDate: string | null;
  endReason: PlacementEndReason | null;
  contractMonths: number;
  reason: string;
}

/** How far a hire's start may lie from today (China time): a month back for a hire recorded late, a quarter ahead. */
export const HIRE_START_DAYS_BACK = 31;
export const HIRE_START_DAYS_AHEAD = 90;
/** Days after the start during which the employer may still cancel a hire made in error. */
export const EMPLOYER_CANCEL_DAYS = 31;
/** 劳动法 §15: no one under 16; 16 and 17 are minor workers (未成年工). */
export const MINIMUM_WORKING_AGE = 16;
export const ADULT_AGE = 18;

/** An organising agency's follow-up (跟踪回访): its own record, never a confirmation. */
export interface FollowUp {
  placementId: string;
  contactedOn: string;
  channel: FollowUpChannel;
  note: string;
  stillEmployed: boolean | null;
}

export const FOLLOW_UP_NOTE_MAX = 500;

export interface Confirmation {
  placementId: string;
  month: string;
  employed: boolean;
  monthlyWage: number | null;
  socialInsurancePaid: boolean;
}

/** The most items one confirmEmployments call takes: an employer's month, answered within seconds. */
export const MAX_CONFIRMATION_ITEMS = 500;

/** One item of a month's confirmations: its record (and whether it corrected one), or the error a single call would raise. */
export type ConfirmationOutcome =
  | { readonly confirmation: EmploymentConfirmationEntity; readonly corrected: boolean; readonly error: null }
  | { readonly confirmation: null; readonly corrected: false; readonly error: DomainError };

/** Which placements a scan walks: every condition given must hold. */
/** One month's confirmation as the subsidy rules read it. */
export interface ConfirmationFacts {
  month: string;
  employed: boolean;
  socialInsurancePaid: boolean;
  attestedByRole: Role;
}

export interface PlacementScanScope {
  hukouRegionCode?: string | null;
  employerOrganizationId?: string | null;
  agentOrganizationId?: string | null;
}

@Injectable()
export class PlacementsService implements OnModuleInit {
  constructor(
    @InjectRepository(PlacementEntity) private readonly placements: Repository<PlacementEntity>,
    @InjectRepository(EmploymentConfirmationEntity) private readonly confirmations: Repository<EmploymentConfirmationEntity>,
    @InjectRepository(PlacementFollowUpEntity) private readonly followUps: Repository<PlacementFollowUpEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly openings: PostingOpeningsService,
    private readonly workers: WorkersService,
    private readonly organizations: OrganizationsService,
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
  async hire(actor: Actor, applicationId: string, startDate: string, contractMonths: number, late?: LateRecord): Promise<PlacementEntity> {
    const pending = await this.applications.peek(applicationId);
    if (!pending) throw new ApplicationNotFoundError(applicationId);
    await this.openings.refuseWhenFull(pending.postingId);
    // Read before the transaction: a query outside its connection while holding it can starve the pool under load.
    const [worker] = await this.workers.requireMany([pending.workerId], 'applicationId');
    return this.placing('startDate', () =>
      this.dataSource.transaction(async (manager) => {
        const application = await this.applications.lockForHire(manager, applicationId);
        const posting = await this.openings.lock(manager, application.postingId);
        if (!canManagePosting(actor, posting)) throw new PlacementError(PlacementErrorReason.NOT_YOUR_POSTING);
        const placement = await this.place(manager, actor, posting, worker, {
          startDate,
          contractMonths,
          agentOrganizationId: application.agentOrganizationId,
          groupId: null,
          applicationId: application.id,
          late: late ? { reason: late.reason, endDate: null, endReason: null } : undefined,
        });
        await this.applications.markHired(manager, application);
        return placement;
      }),
    );
  }

  /**
   * A bureau of the worker's jurisdiction records a placement of the past (补录, e.g. from a paper ledger): any start
   * up to today, ended or still running, marked recordedLate and audited. The employer then confirms its months.
   */
  async recordHistorical(actor: Actor, input: HistoricalPlacement): Promise<PlacementEntity> {
    if (actor.role !== Role.BUREAU && actor.role !== Role.ADMIN) throw new PlacementError(PlacementErrorReason.LATE_RECORD_BUREAU_ONLY);
    const [worker] = await this.workers.requireMany([input.workerId], 'workerId');
    if (!canSeeRegion(actor, worker.hukouRegionCode)) throw new PlacementError(PlacementErrorReason.LATE_RECORD_BUREAU_ONLY);
    const reason = input.reason.trim();
    if (!reason) throw new PlacementError(PlacementErrorReason.LATE_REASON_REQUIRED, { field: 'reason' });
    const today = chinaToday();
    if (input.startDate > today) throw new PlacementError(PlacementErrorReason.LATE_START_IN_FUTURE, { field: 'startDate' });
    if (input.endDate !== null) {
      if (input.endDate < input.startDate) throw new PlacementError(PlacementErrorReason.END_BEFORE_START, { field: 'endDate' });
      if (input.endDate > today) throw new PlacementError(PlacementErrorReason.END_IN_FUTURE, { field: 'endDate' });
    }
    if (input.agencyId !== null) {
      const [agency] = await this.organizations.findMany([input.agencyId]);
      if (!agency || !isAgency(agency.kind)) throw new PlacementError(PlacementErrorReason.AGENCY_NOT_AGENT, { field: 'agencyId' });
    }
    return this.placing('startDate', () =>
      this.dataSource.transaction(async (manager) => {
        const posting = await this.openings.lock(manager, input.postingId).catch(() => {
          throw new PlacementError(PlacementErrorReason.POSTING_UNKNOWN, { field: 'postingId' });
        });
        const placement = await this.place(manager, actor, posting, worker, {
          startDate: input.startDate,
          contractMonths: input.contractMonths,
          agentOrganizationId: input.agencyId,
          groupId: null,
          applicationId: null,
          field: 'startDate',
          late: { reason, endDate: input.endDate, endReason: input.endDate ? (input.endReason ?? PlacementEndReason.OTHER) : null },
        });
        await this.audit.record(
          {
            actorAccountId: actor.accountId,
            action: 'placement.recorded_late',
            subjectType: 'placement',
            subjectId: placement.id,
            after: {
              workerId: worker.id,
              postingId: posting.id,
              agencyId: input.agencyId,
              startDate: input.startDate,
              endDate: input.endDate,
              contractMonths: input.contractMonths,
              reason,
            },
          },
          manager,
        );
        return placement;
      }),
    );
  }

  /**
   * Runs work that creates placements, turning a violation of the one-full-time-job constraint (a concurrent hire that
   * committed first) into PLACEMENT_OVERLAPS naming the period already taken.
   */
  async placing<T>(field: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw overlapErrorFrom(error, field) ?? error;
    }
  }

  /**
   * Creates one placement inside the caller's transaction (hire, or arrival of a group), with the posting row already
   * locked by the caller. Enforces the contract rules, takes the opening and marks the worker employed.
   */
  async place(manager: EntityManager, actor: Actor, posting: PostingEntity, worker: WorkerEntity, input: NewPlacement): Promise<PlacementEntity> {
    const welfare = posting.kind === PostingKind.PUBLIC_WELFARE;
    const today = chinaToday();
    const field = input.field ?? 'startDate';
    if (!input.late) {
      const earliest = addDays(today, -HIRE_START_DAYS_BACK);
      const latest = addDays(today, HIRE_START_DAYS_AHEAD);
      if (input.startDate < earliest) throw new PlacementError(PlacementErrorReason.START_TOO_EARLY, { field, params: { earliest } });
      if (input.startDate > latest) throw new PlacementError(PlacementErrorReason.START_TOO_LATE, { field, params: { latest } });
      const created = chinaDateOf(posting.createdAt);
      if (input.startDate < created) throw new PlacementError(PlacementErrorReason.START_BEFORE_POSTING, { field, params: { created } });
    }
    const age = yearsBetween(worker.birthDate, input.startDate);
    if (age < MINIMUM_WORKING_AGE) throw new PlacementError(PlacementErrorReason.WORKER_UNDER_16, { field });
    const minor = age < ADULT_AGE;
    if (minor && posting.hazardous) throw new PlacementError(PlacementErrorReason.MINOR_AT_HAZARDOUS_POSTING, { field });
    if (!Number.isInteger(input.contractMonths) || input.contractMonths < 1 || input.contractMonths > 60) {
      throw new PlacementError(PlacementErrorReason.CONTRACT_MONTHS_RANGE, { field: 'contractMonths' });
    }
    if (welfare && input.contractMonths > PUBLIC_WELFARE_MAX_CONTRACT_MONTHS) {
      throw new PlacementError(PlacementErrorReason.WELFARE_CONTRACT_TOO_LONG, { field: 'contractMonths' });
    }
    if (welfare) {
      // 乡村公益性岗位: only 三类人员 of the posting's county, on the start date (their categories then, not today's).
      const categories = (await this.workers.categoriesOn([worker.id], input.startDate)).get(worker.id) ?? [];
      const problem = welfareProblem(posting, worker, categories, input.startDate);
      if (problem) throw new PlacementError(problem.reason, { field, params: problem.params });
    }
    const endDate = input.late?.endDate ?? null;
    const fullTime = !posting.partTime;
    if (fullTime) await this.refuseOverlap(manager, worker.id, input.startDate, endDate, field);
    // A past placement that has already ended holds no opening.
    if (endDate === null) await this.openings.take(manager, posting.id);
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
      endDate,
      endReason: input.late?.endReason ?? null,
      status: endDate === null ? PlacementStatus.ACTIVE : PlacementStatus.ENDED,
      contractMonths: input.contractMonths,
      fullTime,
      minor,
      recordedLate: !!input.late,
      lateReason: input.late?.reason ?? null,
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
    // An UPCOMING placement holds its opening but makes nobody EMPLOYED (nor clears a returnee) before its start.
    if (endDate === null && input.startDate <= today) await this.workers.markEmployed(manager, worker.id);
    return placement;
  }

  /** The clear refusal for a second full-time job; the exclusion constraint stays the authority under concurrency. */
  private async refuseOverlap(manager: EntityManager, workerId: string, startDate: string, endDate: string | null, field: string): Promise<void> {
    const rows: Array<{ from: string; to: string | null }> = await manager.query(
      `SELECT to_char(start_date, 'YYYY-MM-DD') AS "from", to_char(end_date, 'YYYY-MM-DD') AS "to" FROM placements
        WHERE worker_id = $1 AND full_time AND status <> 'CANCELLED'
          AND daterange(start_date, end_date, '[)') && daterange($2::date, $3::date, '[)')
        ORDER BY start_date LIMIT 1`,
      [workerId, startDate, endDate],
    );
    if (rows.length) throw new PlacementOverlapsError(field, rows[0].from, rows[0].to);
  }

  /** Ends a placement; RETURNED_HOME marks the worker a returnee (返乡回流) for their county's bureau. */
  async end(actor: Actor, placementId: string, endDate: string, reason: PlacementEndReason): Promise<PlacementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const placement = await this.lock(manager, placementId);
      const posting = await this.openings.lock(manager, placement.postingId);
      this.requireEmployerOrOrganiser(actor, placement, posting);
      if (placement.status === PlacementStatus.CANCELLED) throw new PlacementError(PlacementErrorReason.PLACEMENT_CANCELLED, { field: 'placementId' });
      if (placement.status !== PlacementStatus.ACTIVE) throw new PlacementError(PlacementErrorReason.PLACEMENT_ALREADY_ENDED, { field: 'placementId' });
      if (endDate < placement.startDate) throw new PlacementError(PlacementErrorReason.END_BEFORE_START, { field: 'endDate' });
      if (endDate > chinaToday()) throw new PlacementError(PlacementErrorReason.END_IN_FUTURE, { field: 'endDate' });
      const later = await manager
        .createQueryBuilder(EmploymentConfirmationEntity, 'c')
        .where('c.placement_id = :id AND c.employed AND c.month > :month', { id: placement.id, month: monthOf(endDate) })
        .orderBy('c.month')
        .getMany();
      if (later.length)
        throw new PlacementError(PlacementErrorReason.END_BEFORE_CONFIRMED_MONTHS, {
          field: 'endDate',
          params: { months: later.map((c) => c.month).join('、') },
        });
      Object.assign(placement, { status: PlacementStatus.ENDED, endDate, endReason: reason });
      await manager.save(placement);
      await this.openings.release(manager, placement.postingId);
      await this.workers.markJobEnded(
        manager,
        placement.workerId,
        await this.holdsStartedJob(manager, placement.workerId),
        reason === PlacementEndReason.RETURNED_HOME ? endDate : null,
      );
      await this.audit.record(
        { actorAccountId: actor.accountId, action: 'placement.ended', subjectType: 'placement', subjectId: placement.id, after: { endDate, reason } },
        manager,
      );
      return placement;
    });
  }

  /**
   * Cancels a placement that should never have been (a hire made in error, a record that was wrong): the employer
   * before the start or within 31 days after it, a bureau of the worker's jurisdiction at any time and with a reason.
   * The opening returns, its confirmations never count for a subsidy, claims resting on it go back for review.
   */
  async cancel(actor: Actor, placementId: string, reason: string | null): Promise<PlacementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const placement = await this.lock(manager, placementId);
      const posting = await this.openings.lock(manager, placement.postingId);
      const overseer = (actor.role === Role.BUREAU || actor.role === Role.ADMIN) && canSeeRegion(actor, placement.hukouRegionCode);
      if (!overseer && !canManagePosting(actor, posting)) throw new PlacementError(PlacementErrorReason.NOT_EMPLOYER_OR_BUREAU);
      if (placement.status === PlacementStatus.CANCELLED) throw new PlacementError(PlacementErrorReason.PLACEMENT_CANCELLED, { field: 'placementId' });
      const why = reason?.trim() ?? '';
      const today = chinaToday();
      if (overseer) {
        if (!why) throw new PlacementError(PlacementErrorReason.CANCEL_REASON_REQUIRED, { field: 'reason' });
      } else if (today > addDays(placement.startDate, EMPLOYER_CANCEL_DAYS)) {
        throw new PlacementError(PlacementErrorReason.CANCEL_WINDOW_PASSED, { field: 'placementId' });
      }
      const before = { status: placement.status, startDate: placement.startDate, endDate: placement.endDate };
      const held = placement.status === PlacementStatus.ACTIVE;
      Object.assign(placement, { status: PlacementStatus.CANCELLED, cancelledAt: new Date(), cancelReason: why || null });
      await manager.save(placement);
      // The hire's application is no longer live: the worker may apply to the posting again.
      if (placement.applicationId) await this.applications.markCancelled(manager, placement.applicationId);
      if (held) {
        await this.openings.release(manager, placement.postingId);
        if (placement.startDate <= today)
          await this.workers.markJobEnded(manager, placement.workerId, await this.holdsStartedJob(manager, placement.workerId), null);
      }
      await this.audit.record(
        {
          actorAccountId: actor.accountId,
          action: 'placement.cancelled',
          subjectType: 'placement',
          subjectId: placement.id,
          before,
          after: { reason: why || null },
        },
        manager,
      );
      await this.evidenceListener.placementEvidenceChanged(manager, placement.id);
      return placement;
    });
  }

  /** Whether the worker still has an ACTIVE placement that has started (an UPCOMING one does not employ them yet). */
  private async holdsStartedJob(manager: EntityManager, workerId: string): Promise<boolean> {
    return manager
      .createQueryBuilder(PlacementEntity, 'pl')
      .where('pl.worker_id = :workerId AND pl.status = :active AND pl.start_date <= :today', { workerId, active: PlacementStatus.ACTIVE, today: chinaToday() })
      .getExists();
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
      this.requireAttester(actor, placement, posting);
      if (placement.status === PlacementStatus.CANCELLED) throw new PlacementError(PlacementErrorReason.PLACEMENT_CANCELLED, { field: 'placementId' });
      const problem = confirmationMonthProblem(input.month, placement.startDate, placement.endDate, chinaToday());
      if (problem)
        throw new PlacementError(PlacementErrorReason.MONTH_OUTSIDE_PLACEMENT, {
          field: 'month',
          params: { month: input.month, problem: MONTH_PROBLEM_ZH[problem], problemEn: problem },
        });
      if (!input.employed && input.monthlyWage) throw new PlacementError(PlacementErrorReason.WAGE_WITHOUT_EMPLOYMENT, { field: 'monthlyWage' });
      const existing = await manager.findOneBy(EmploymentConfirmationEntity, { placementId: placement.id, month: input.month });
      const values = {
        employed: input.employed,
        monthlyWage: input.monthlyWage,
        socialInsurancePaid: input.socialInsurancePaid,
        confirmedBy: actor.accountId,
        attestedByRole: actor.role,
      };
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

  /**
   * A whole month at once (月度确认): each item goes through `confirm`, the one rule for a month's record, in its own
   * transaction, so one refused item never undoes or blocks the others. A placement named twice is processed once (its
   * later items are REPEATED_IN_BATCH). An unexpected failure (the database gone) stops the batch: the items done before
   * it stay done, and a retry answers them as corrections.
   */
  async confirmMany(actor: Actor, month: string, items: readonly Omit<Confirmation, 'month'>[]): Promise<ConfirmationOutcome[]> {
    const seen = new Set<string>();
    const outcomes: ConfirmationOutcome[] = [];
    for (const item of items) {
      if (seen.has(item.placementId)) {
        outcomes.push({ confirmation: null, corrected: false, error: new PlacementError(PlacementErrorReason.REPEATED_IN_BATCH, { field: 'placementId' }) });
        continue;
      }
      seen.add(item.placementId);
      try {
        const { confirmation, corrected } = await this.confirm(actor, { ...item, month });
        outcomes.push({ confirmation, corrected, error: null });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        outcomes.push({ confirmation: null, corrected: false, error });
      }
    }
    return outcomes;
  }

  /**
   * The organising agency records a follow-up of a placement it organised (跟踪回访): a record of its own, which never
   * writes or overwrites a monthly confirmation and never counts as a month worked.
   */
  async recordFollowUp(actor: Actor, input: FollowUp): Promise<PlacementFollowUpEntity> {
    const placement = await this.placements.findOneBy({ id: input.placementId });
    if (!placement) throw new PlacementNotFoundError(input.placementId);
    if (actor.role !== Role.AGENT || !actor.organizationId || actor.organizationId !== placement.agentOrganizationId)
      throw new PlacementError(PlacementErrorReason.NOT_ORGANISING_AGENT, { field: 'placementId' });
    if (placement.status === PlacementStatus.CANCELLED) throw new PlacementError(PlacementErrorReason.PLACEMENT_CANCELLED, { field: 'placementId' });
    const today = chinaToday();
    if (input.contactedOn < placement.startDate || input.contactedOn > today)
      throw new PlacementError(PlacementErrorReason.FOLLOW_UP_DATE_OUT_OF_RANGE, { field: 'contactedOn', params: { start: placement.startDate, today } });
    const note = input.note.trim();
    if (!note || [...note].length > FOLLOW_UP_NOTE_MAX) throw new PlacementError(PlacementErrorReason.FOLLOW_UP_NOTE_REQUIRED, { field: 'note' });
    return this.followUps.save(
      this.followUps.create({
        placementId: placement.id,
        agentOrganizationId: actor.organizationId,
        contactedOn: input.contactedOn,
        channel: input.channel,
        note,
        stillEmployed: input.stillEmployed,
        recordedBy: actor.accountId,
      }),
    );
  }

  /** Follow-ups of many placements in one query, latest contact first. */
  async followUpsOf(placementIds: readonly string[]): Promise<Map<string, PlacementFollowUpEntity[]>> {
    const result = new Map<string, PlacementFollowUpEntity[]>(placementIds.map((id) => [id, []]));
    if (placementIds.length === 0) return result;
    const rows = await this.followUps.find({ where: { placementId: In([...placementIds]) }, order: { contactedOn: 'DESC', createdAt: 'DESC' } });
    for (const row of rows) result.get(row.placementId)!.push(row);
    return result;
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

  /** The placements among `ids` the caller may see (the scope of get), in one query: for fields of other objects (a claim's placement). */
  async visibleMany(actor: Actor, ids: readonly string[]): Promise<PlacementEntity[]> {
    if (ids.length === 0) return [];
    const query = this.placements.createQueryBuilder('pl');
    this.scope(query, actor);
    return query.andWhere('pl.id IN (:...ids)', { ids: [...ids] }).getMany();
  }

  async list(actor: Actor, filter: PlacementFilter, first: number, after?: string): Promise<Page<PlacementEntity>> {
    const query = this.placements.createQueryBuilder('pl');
    this.scope(query, actor);
    if (filter.workerId) query.andWhere('pl.worker_id = :workerId', { workerId: filter.workerId });
    if (filter.postingId) query.andWhere('pl.posting_id = :postingId', { postingId: filter.postingId });
    if (filter.status === PlacementStatus.UPCOMING) query.andWhere(`pl.status = 'ACTIVE' AND pl.start_date > :today`, { today: chinaToday() });
    else if (filter.status === PlacementStatus.ACTIVE) query.andWhere(`pl.status = 'ACTIVE' AND pl.start_date <= :today`, { today: chinaToday() });
    else if (filter.status) query.andWhere('pl.status = :status', { status: filter.status });
    if (filter.missingConfirmationFor) this.missingConfirmation(query, filter.missingConfirmationFor);
    return keysetPage(query, 'pl', 'created_at', first, after);
  }

  /**
   * Placements still lacking `month`'s confirmation: not cancelled, the month inside the placement (the rule confirm
   * applies, as SQL) and no record for it yet (an "not employed" record counts as confirmed). A month that has not
   * ended cannot be confirmed, so asking for one is refused rather than answered with placements nobody may confirm.
   */
  private missingConfirmation(query: SelectQueryBuilder<PlacementEntity>, month: string): void {
    const today = chinaToday();
    if (!monthIsOver(month, today)) {
      throw new PlacementError(PlacementErrorReason.MONTH_NOT_OVER, {
        field: 'filter.missingConfirmationFor',
        params: { month, latest: addMonthsToMonth(monthOf(today), -1) },
      });
    }
    const inside = confirmableMonthWhere('pl', month);
    query
      .andWhere(`pl.status <> 'CANCELLED'`)
      .andWhere(inside.condition, inside.parameters)
      .andWhere('NOT EXISTS (SELECT 1 FROM employment_confirmations ec WHERE ec.placement_id = pl.id AND ec.month = :missingMonth)', { missingMonth: month });
  }

  /**
   * Placements (not cancelled) in (start date, id) order from `from` on (inclusive): of workers registered in a hukou
   * region, of one organisation as employer or as organising agency, or both conditions at once.
   */
  async scanInOrder(scope: PlacementScanScope, from: { startDate: string; id: string } | null, limit: number): Promise<PlacementEntity[]> {
    const query = this.placements.createQueryBuilder('pl').where(`pl.status <> 'CANCELLED'`);
    if (scope.hukouRegionCode) query.andWhere('pl.hukou_region_code LIKE :scope', { scope: `${regionPrefix(scope.hukouRegionCode)}%` });
    if (scope.employerOrganizationId) query.andWhere('pl.employer_organization_id = :employer', { employer: scope.employerOrganizationId });
    if (scope.agentOrganizationId) query.andWhere('pl.agent_organization_id = :agent', { agent: scope.agentOrganizationId });
    if (from) query.andWhere('(pl.start_date, pl.id) >= (:fromDate, :fromId)', { fromDate: from.startDate, fromId: from.id });
    return query.orderBy('pl.start_date', 'ASC').addOrderBy('pl.id', 'ASC').limit(limit).getMany();
  }

  /**
   * Of these placements, the ones whose worker had an organised placement (not cancelled) that started earlier, the
   * same day counting by creation: "first organised placement ever?" for many placements in one query.
   */
  async withEarlierOrganizedPlacement(placementIds: readonly string[]): Promise<Set<string>> {
    if (placementIds.length === 0) return new Set();
    const rows: Array<{ id: string }> = await this.placements.query(
      `SELECT pl.id FROM placements pl
        WHERE pl.id = ANY($1::uuid[])
          AND EXISTS (SELECT 1 FROM placements e
                       WHERE e.worker_id = pl.worker_id AND e.organized AND e.id <> pl.id AND e.status <> 'CANCELLED'
                         AND (e.start_date < pl.start_date OR (e.start_date = pl.start_date AND e.created_at < pl.created_at)))`,
      [[...placementIds]],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * What the subsidy rules read of each month (month, employed, insured, who attested) for many placements in one
   * query, month order, as plain rows: a county's page of 2,000 placements reads some 20,000 months, and hydrating
   * them as entities cost as much as assessing them.
   */
  async confirmationFactsOf(placementIds: readonly string[]): Promise<Map<string, ConfirmationFacts[]>> {
    const result = new Map<string, ConfirmationFacts[]>(placementIds.map((id) => [id, []]));
    if (placementIds.length === 0) return result;
    const rows: Array<ConfirmationFacts & { placementId: string }> = await this.confirmations.query(
      `SELECT placement_id AS "placementId", month, employed, social_insurance_paid AS "socialInsurancePaid", attested_by_role AS "attestedByRole"
         FROM employment_confirmations WHERE placement_id = ANY($1::uuid[]) ORDER BY month`,
      [[...placementIds]],
    );
    for (const { placementId, ...facts } of rows) result.get(placementId)!.push(facts);
    return result;
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

  /**
   * The employer (its organisation, or the bureau for a bureau-run welfare post), the organising agency, or for a
   * placement a bureau recorded late, a bureau of the worker's jurisdiction.
   */
  private requireEmployerOrOrganiser(actor: Actor, placement: PlacementEntity, posting: PostingEntity): void {
    const organiser = actor.role === Role.AGENT && !!actor.organizationId && actor.organizationId === placement.agentOrganizationId;
    const recorder = placement.recordedLate && actor.role === Role.BUREAU && canSeeRegion(actor, placement.hukouRegionCode);
    if (!organiser && !recorder && !canManagePosting(actor, posting)) throw new PlacementError(PlacementErrorReason.NOT_ORGANISER_OR_EMPLOYER);
  }

  /**
   * Who attests a month (the evidence money rests on): the posting's employer (its organisation, or the bureau running
   * a welfare post), or for a placement a bureau recorded late, a bureau of the worker's jurisdiction. Never the
   * organising agency, which is paid on these months (TRACKING_SERVICE): it records follow-ups instead.
   */
  private requireAttester(actor: Actor, placement: PlacementEntity, posting: PostingEntity): void {
    const recorder = placement.recordedLate && actor.role === Role.BUREAU && canSeeRegion(actor, placement.hukouRegionCode);
    if (!recorder && !canManagePosting(actor, posting)) throw new PlacementError(PlacementErrorReason.NOT_ATTESTER, { field: 'placementId' });
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
