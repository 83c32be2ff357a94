import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { type Actor, chinaToday, decodeCursor, isUniqueViolation, keysetPage, type Page, regionPrefix, Role, toPage } from '@app/common';
import { AgencyAction, type OrganizationEntity, OrganizationsService, requiresVerification } from '@app/organizations';
import { canManagePosting, isPostingPublic, type PostingEntity, PostingKind, PostingOpeningsService, PostingsService } from '@app/postings';
import { WorkersService } from '@app/workers';
import { ApplicationEntity } from '../entities/application.entity.js';
import { ApplicationStatus } from '../placement-enums.js';
import { ApplicationNotFoundError, PlacementError, PlacementErrorReason } from '../placement.exception.js';
import { welfareProblem } from '../public-welfare.js';

export interface ApplicationFilter {
  postingId?: string;
  workerId?: string;
  status?: ApplicationStatus;
}

/** A posting's applications by status (APPLIED is "pending": waiting for the employer's decision). */
export interface ApplicantCounts {
  total: number;
  pending: number;
  hired: number;
  rejected: number;
  withdrawn: number;
  cancelled: number;
}

const STATUS_COUNT: Readonly<Record<ApplicationStatus, Exclude<keyof ApplicantCounts, 'total'>>> = {
  [ApplicationStatus.APPLIED]: 'pending',
  [ApplicationStatus.HIRED]: 'hired',
  [ApplicationStatus.REJECTED]: 'rejected',
  [ApplicationStatus.WITHDRAWN]: 'withdrawn',
  [ApplicationStatus.CANCELLED]: 'cancelled',
};

function emptyCounts(): ApplicantCounts {
  return { total: 0, pending: 0, hired: 0, rejected: 0, withdrawn: 0, cancelled: 0 };
}

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly openings: PostingOpeningsService,
    private readonly postings: PostingsService,
    private readonly organizations: OrganizationsService,
    private readonly workers: WorkersService,
  ) {}

  /** A job seeker applies to an open, publicly visible posting. */
  async apply(actor: Actor, postingId: string): Promise<ApplicationEntity> {
    if (actor.role !== Role.WORKER || !actor.workerId) throw new PlacementError(PlacementErrorReason.WORKER_ONLY);
    const [created] = await this.create(actor, postingId, [actor.workerId], null);
    return created;
  }

  /** An agent nominates workers its agency registered or works with; the agency becomes the organiser of any hire. */
  async nominate(actor: Actor, postingId: string, workerIds: string[]): Promise<ApplicationEntity[]> {
    if (actor.role !== Role.AGENT || !actor.organizationId) throw new PlacementError(PlacementErrorReason.AGENT_ONLY);
    // Vetted organisations: only an agency the bureau of its region verified nominates workers.
    await this.organizations.requireVerifiedAgent(actor, AgencyAction.NOMINATE);
    const unique = [...new Set(workerIds)];
    if (unique.length === 0) throw new PlacementError(PlacementErrorReason.NO_WORKERS, { field: 'workerIds' });
    for (const id of unique) await this.workers.get(actor, id);
    return this.create(actor, postingId, unique, actor.organizationId);
  }

  /**
   * Not reachable through the API: the sign-ups (报名) a county bureau took for its own public-welfare post at the
   * village office, recorded as the workers' applications it then hires from (the demo seeder replays them; its
   * workers have no logins). Every rule of an application to a welfare post applies.
   */
  async recordWelfareSignUps(actor: Actor, postingId: string, workerIds: string[]): Promise<ApplicationEntity[]> {
    const [posting] = await this.postings.findMany([postingId]);
    if (!posting || posting.kind !== PostingKind.PUBLIC_WELFARE || !canManagePosting(actor, posting))
      throw new PlacementError(PlacementErrorReason.NOT_YOUR_POSTING);
    return this.create(actor, postingId, [...new Set(workerIds)], null);
  }

  async reject(actor: Actor, applicationId: string, reason: string): Promise<ApplicationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockOwn(manager, applicationId);
      const posting = await this.openings.lock(manager, application.postingId);
      if (!canManagePosting(actor, posting)) throw new PlacementError(PlacementErrorReason.NOT_YOUR_POSTING);
      this.requireStatus(application, ApplicationStatus.APPLIED);
      if (!reason.trim()) throw new PlacementError(PlacementErrorReason.REJECTION_REASON_REQUIRED, { field: 'reason' });
      Object.assign(application, { status: ApplicationStatus.REJECTED, rejectReason: reason.trim(), decidedAt: new Date() });
      return manager.save(application);
    });
  }

  /** The worker, or the agent who nominated them, takes the application back. */
  async withdraw(actor: Actor, applicationId: string): Promise<ApplicationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockOwn(manager, applicationId);
      const own = actor.role === Role.WORKER && actor.workerId === application.workerId;
      const nominator = actor.role === Role.AGENT && !!actor.organizationId && actor.organizationId === application.agentOrganizationId;
      // A sign-up a bureau recorded for its welfare post (recordWelfareSignUps) is withdrawn by that bureau account.
      const recorder = actor.role === Role.BUREAU && application.agentOrganizationId === null && application.createdBy === actor.accountId;
      if (!own && !nominator && !recorder) throw new PlacementError(PlacementErrorReason.NOT_APPLICANT_OR_NOMINATOR);
      this.requireStatus(application, ApplicationStatus.APPLIED);
      Object.assign(application, { status: ApplicationStatus.WITHDRAWN, decidedAt: new Date() });
      return manager.save(application);
    });
  }

  /** The application without a lock or access check, for cheap pre-checks; decisions are made under lock. */
  peek(applicationId: string): Promise<ApplicationEntity | null> {
    return this.applications.findOneBy({ id: applicationId });
  }

  /** The application, locked, for a hire in the caller's transaction. */
  async lockForHire(manager: EntityManager, applicationId: string): Promise<ApplicationEntity> {
    const application = await this.lockOwn(manager, applicationId);
    this.requireStatus(application, ApplicationStatus.APPLIED);
    return application;
  }

  /** The placement this application led to was cancelled: the application is no longer live (CANCELLED). */
  async markCancelled(manager: EntityManager, applicationId: string): Promise<void> {
    await manager.update(
      ApplicationEntity,
      { id: applicationId, status: ApplicationStatus.HIRED },
      { status: ApplicationStatus.CANCELLED, decidedAt: new Date() },
    );
  }

  async markHired(manager: EntityManager, application: ApplicationEntity): Promise<void> {
    await manager.update(ApplicationEntity, { id: application.id }, { status: ApplicationStatus.HIRED, decidedAt: new Date() });
  }

  /**
   * The postings a worker has an application to that is not WITHDRAWN (APPLIED, HIRED, REJECTED, CANCELLED), in one
   * query on the worker's index: searchPostings' excludeApplied leaves these out. Withdrawn ones stay in search (the
   * worker took the application back and may look again).
   */
  async appliedPostingIds(workerId: string): Promise<string[]> {
    const rows = await this.applications
      .createQueryBuilder('a')
      .select('DISTINCT a.posting_id', 'postingId')
      .where('a.worker_id = :workerId', { workerId })
      .andWhere('a.status <> :withdrawn', { withdrawn: ApplicationStatus.WITHDRAWN })
      .getRawMany<{ postingId: string }>();
    return rows.map((row) => row.postingId);
  }

  /** The worker's newest application (any status) to each of these postings, in one query (Posting.myApplication). */
  async newestOfWorker(workerId: string, postingIds: readonly string[]): Promise<ApplicationEntity[]> {
    if (postingIds.length === 0) return [];
    return this.applications
      .createQueryBuilder('a')
      .distinctOn(['a.posting_id'])
      .where('a.worker_id = :workerId', { workerId })
      .andWhere('a.posting_id IN (:...postingIds)', { postingIds: [...postingIds] })
      .orderBy('a.posting_id')
      .addOrderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getMany();
  }

  /**
   * How many applications each posting has, by status, in one GROUP BY query (Posting.applicantCounts). No access check:
   * the caller decides who may see a posting's counts (its employer). A posting without applications gets zeros.
   */
  async countsByPosting(postingIds: readonly string[]): Promise<Map<string, ApplicantCounts>> {
    const result = new Map<string, ApplicantCounts>(postingIds.map((id) => [id, emptyCounts()]));
    if (postingIds.length === 0) return result;
    const rows = await this.applications
      .createQueryBuilder('a')
      .select('a.posting_id', 'postingId')
      .addSelect('a.status', 'status')
      .addSelect('COUNT(*)::int', 'count')
      .where('a.posting_id IN (:...postingIds)', { postingIds: [...postingIds] })
      .groupBy('a.posting_id')
      .addGroupBy('a.status')
      .getRawMany<{ postingId: string; status: ApplicationStatus; count: number }>();
    for (const row of rows) {
      const counts = result.get(row.postingId)!;
      counts[STATUS_COUNT[row.status]] += row.count;
      counts.total += row.count;
    }
    return result;
  }

  async get(actor: Actor, id: string): Promise<ApplicationEntity> {
    const query = this.applications.createQueryBuilder('a').innerJoin('postings', 'p', 'p.id = a.posting_id').innerJoin('workers', 'w', 'w.id = a.worker_id');
    this.scope(query, actor);
    const found = await query.andWhere('a.id = :id', { id }).getOne();
    if (!found) {
      if (await this.applications.existsBy({ id })) throw new PlacementError(PlacementErrorReason.APPLICATION_HIDDEN);
      throw new ApplicationNotFoundError(id);
    }
    return found;
  }

  async list(actor: Actor, filter: ApplicationFilter, first: number, after?: string): Promise<Page<ApplicationEntity>> {
    const query = this.applications.createQueryBuilder('a').innerJoin('postings', 'p', 'p.id = a.posting_id').innerJoin('workers', 'w', 'w.id = a.worker_id');
    this.scope(query, actor);
    if (filter.postingId) query.andWhere('a.posting_id = :postingId', { postingId: filter.postingId });
    if (filter.workerId) query.andWhere('a.worker_id = :workerId', { workerId: filter.workerId });
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    if (filter.postingId) return this.byPriority(query, first, after);
    return keysetPage(query, 'a', 'created_at', first, after);
  }

  /**
   * One posting's applicants: at a public-welfare post weak and half labour (弱劳力、半劳力) first, then newest first
   * (every other posting: newest first). Cursor: priority, created_at, id.
   */
  private async byPriority(query: SelectQueryBuilder<ApplicationEntity>, first: number, after?: string): Promise<Page<ApplicationEntity>> {
    const rank = `(CASE WHEN p.kind = '${PostingKind.PUBLIC_WELFARE}' AND w.labor_capacity <> 'FULL' THEN 0 ELSE 1 END)`;
    const totalCount = await query.clone().getCount();
    if (after) {
      const [r, at, id] = decodeCursor(after, ['offset', 'timestamp', 'uuid']);
      query.andWhere(
        new Brackets((b) =>
          b
            .where(`${rank} > :keysetRank`, { keysetRank: r })
            .orWhere(`${rank} = :keysetRank AND a.created_at < CAST(:keysetAt AS timestamptz)`, { keysetRank: r, keysetAt: at })
            .orWhere(`${rank} = :keysetRank AND a.created_at = CAST(:keysetAt AS timestamptz) AND a.id < :keysetId`, {
              keysetRank: r,
              keysetAt: at,
              keysetId: id,
            }),
        ),
      );
    }
    const { entities, raw } = await query
      .addSelect(rank, 'priority_rank')
      .addSelect(`to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'priority_at')
      .orderBy('priority_rank', 'ASC')
      .addOrderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(first + 1)
      .getRawAndEntities<Record<string, string | number>>();
    const keys = new Map(entities.map((e, i) => [e.id, [Number(raw[i].priority_rank), String(raw[i].priority_at)] as const]));
    return toPage(entities, first, (e) => [keys.get(e.id)![0], keys.get(e.id)![1], e.id], totalCount);
  }

  private async create(actor: Actor, postingId: string, workerIds: string[], agentOrganizationId: string | null): Promise<ApplicationEntity[]> {
    try {
      const [unlocked] = await this.postings.findMany([postingId]);
      if (!unlocked) throw new PlacementError(PlacementErrorReason.POSTING_UNKNOWN, { field: 'postingId' });
      // Only registrations the bureau accepted apply or are nominated (issue 15, item 4).
      await this.workers.requireMany(workerIds, agentOrganizationId ? 'workerIds' : 'postingId');
      const organization = unlocked.organizationId ? await this.organizations.get(unlocked.organizationId) : null;
      if (unlocked.kind === PostingKind.PUBLIC_WELFARE) await this.refuseForWelfarePost(unlocked, workerIds, agentOrganizationId);
      return await this.dataSource.transaction(async (manager) => {
        const posting = await this.openings.lock(manager, postingId);
        this.requireOpenToApplicants(posting, organization);
        const rows = workerIds.map((workerId) => manager.create(ApplicationEntity, { postingId, workerId, agentOrganizationId, createdBy: actor.accountId }));
        return manager.save(rows);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_applications_live')) throw new PlacementError(PlacementErrorReason.LIVE_APPLICATION_EXISTS, { field: 'postingId' });
      throw error;
    }
  }

  /**
   * 乡村公益性岗位 are filled by the county bureau (按需设岗、以岗聘任): an application is the worker's expression of
   * interest, which the bureau hires from; no agency nominates, and only 三类人员 of the posting's county may apply.
   */
  private async refuseForWelfarePost(posting: PostingEntity, workerIds: string[], agentOrganizationId: string | null): Promise<void> {
    if (agentOrganizationId) throw new PlacementError(PlacementErrorReason.WELFARE_NO_NOMINATION, { field: 'postingId' });
    const today = chinaToday();
    const [workers, categories] = await Promise.all([this.workers.requireMany(workerIds, 'postingId'), this.workers.categoriesOn(workerIds, today)]);
    for (const worker of workers) {
      const problem = welfareProblem(posting, worker, categories.get(worker.id) ?? [], today);
      if (problem) throw new PlacementError(problem.reason, { field: 'postingId', params: problem.params });
    }
  }

  /** Applications go only to postings the public can see; a hidden organisation's posting is "not found", not "closed". */
  private requireOpenToApplicants(posting: PostingEntity, organization: OrganizationEntity | null): void {
    if (organization && requiresVerification(organization.kind) && !organization.verifiedAt) {
      throw new PlacementError(PlacementErrorReason.POSTING_UNKNOWN, { field: 'postingId' });
    }
    if (!isPostingPublic(posting, organization, chinaToday())) throw new PlacementError(PlacementErrorReason.POSTING_NOT_OPEN, { field: 'postingId' });
  }

  private async lockOwn(manager: EntityManager, id: string): Promise<ApplicationEntity> {
    const application = await manager.createQueryBuilder(ApplicationEntity, 'a').setLock('pessimistic_write').where('a.id = :id', { id }).getOne();
    if (!application) throw new ApplicationNotFoundError(id);
    return application;
  }

  private requireStatus(application: ApplicationEntity, status: ApplicationStatus): void {
    if (application.status !== status) {
      throw new PlacementError(PlacementErrorReason.APPLICATION_WRONG_STATUS, {
        field: 'applicationId',
        params: { status: application.status, expected: status },
      });
    }
  }

  /** Workers see theirs, employers those to their postings, agents their nominations, bureaus their jurisdiction's workers. */
  private scope(query: SelectQueryBuilder<ApplicationEntity>, actor: Actor): void {
    switch (actor.role) {
      case Role.ADMIN:
        return;
      case Role.WORKER:
        query.where('a.worker_id = :self', { self: actor.workerId });
        return;
      case Role.EMPLOYER:
        query.where('p.organization_id = :org', { org: actor.organizationId });
        return;
      case Role.AGENT:
        query.where('a.agent_organization_id = :org', { org: actor.organizationId });
        return;
      case Role.BUREAU:
        query.where(
          new Brackets((b) =>
            b.where('w.hukou_region_code LIKE :scope').orWhere(`p.kind = 'PUBLIC_WELFARE' AND p.organization_id IS NULL AND p.region_code LIKE :scope`),
          ),
          {
            scope: `${regionPrefix(actor.regionCode!)}%`,
          },
        );
    }
  }
}
