import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { type Actor, chinaToday, isUniqueViolation, keysetPage, type Page, regionPrefix, Role } from '@app/common';
import { AgencyAction, type OrganizationEntity, OrganizationsService, requiresVerification } from '@app/organizations';
import { canManagePosting, isPostingPublic, type PostingEntity, PostingOpeningsService, PostingsService } from '@app/postings';
import { WorkersService } from '@app/workers';
import { ApplicationEntity } from '../entities/application.entity.js';
import { ApplicationStatus } from '../placement-enums.js';
import { ApplicationNotFoundError, PlacementError, PlacementErrorReason } from '../placement.exception.js';

export interface ApplicationFilter {
  postingId?: string;
  workerId?: string;
  status?: ApplicationStatus;
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
      if (!own && !nominator) throw new PlacementError(PlacementErrorReason.NOT_APPLICANT_OR_NOMINATOR);
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

  async markHired(manager: EntityManager, application: ApplicationEntity): Promise<void> {
    await manager.update(ApplicationEntity, { id: application.id }, { status: ApplicationStatus.HIRED, decidedAt: new Date() });
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
    return keysetPage(query, 'a', 'created_at', first, after);
  }

  private async create(actor: Actor, postingId: string, workerIds: string[], agentOrganizationId: string | null): Promise<ApplicationEntity[]> {
    try {
      const [unlocked] = await this.postings.findMany([postingId]);
      if (!unlocked) throw new PlacementError(PlacementErrorReason.POSTING_UNKNOWN, { field: 'postingId' });
      const organization = unlocked.organizationId ? await this.organizations.get(unlocked.organizationId) : null;
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
