import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '@app/audit';
import {
  type Actor,
  canSeeRegion,
  chinaToday,
  commonProblem,
  type FieldProblem,
  FieldReason,
  InvalidInputError,
  isUniqueViolation,
  keysetPage,
  type Page,
  regionPrefix,
  Role,
} from '@app/common';
import { isAgency, OrganizationsService } from '@app/organizations';
import { WorkerEntrustmentEntity } from '../entities/worker-entrustment.entity.js';
import { ConsentKind, EntrustmentStatus, LIVE_ENTRUSTMENT_STATUSES } from '../entrustment.js';
import { WorkerError, WorkerErrorReason, WorkerFieldReason, workerProblem } from '../worker.exception.js';
import { WorkersService } from './workers.service.js';

/** The consent a bureau records when it entrusts: a form the worker signed (the bureau keeps the paper). */
export interface RecordedConsent {
  kind: ConsentKind;
  /** YYYY-MM-DD, the date on the form; not in the future. */
  signedOn?: string | null;
}

export interface EntrustmentFilter {
  workerId?: string;
  agencyId?: string;
  status?: EntrustmentStatus;
}

/**
 * Entrustments (委托, issue 18): the bureau of a worker's hukou hands workers of its ledger to a verified agency for
 * organised export, with the worker's consent (PIPL Art. 23) recorded from a signed paper form or given by the worker
 * in the app; the worker withdraws it, the bureau revokes it. Every change is audited. What an entrustment in force
 * lets the agency do is decided where every other agency reach is: worker-access.ts (isAgencysOwnWorker).
 */
@Injectable()
export class EntrustmentsService {
  constructor(
    @InjectRepository(WorkerEntrustmentEntity) private readonly entrustments: Repository<WorkerEntrustmentEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workers: WorkersService,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * A bureau of every named worker's jurisdiction (or ADMIN) entrusts them to a verified agency, all or none. With a
   * signed paper consent the entrustment is in force at once; without one it waits for each worker's confirmation.
   */
  async entrust(actor: Actor, agencyId: string, workerIds: readonly string[], consent: RecordedConsent | null): Promise<WorkerEntrustmentEntity[]> {
    const unique = [...new Set(workerIds)];
    await this.requireBureauOf(actor, unique);
    const problems: FieldProblem[] = [];
    const [agency] = await this.organizations.findMany([agencyId]);
    if (!agency || !isAgency(agency.kind) || !agency.verifiedAt) problems.push(workerProblem('agencyId', WorkerFieldReason.AGENCY_NOT_ENTRUSTABLE));
    problems.push(...consentProblems(consent));
    if (problems.length) throw new InvalidInputError(problems);
    // Only registrations the bureau accepted (a person under review is handed to no one).
    await this.workers.requireMany(unique, 'workerIds');
    try {
      return await this.dataSource.transaction((manager) => this.insert(manager, actor, agencyId, unique, consent));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_worker_entrustments_live')) throw new WorkerError(WorkerErrorReason.ENTRUSTMENT_EXISTS, { field: 'workerIds' });
      throw error;
    }
  }

  /**
   * Inside a bureau's decision already checked (a registration merged into a person another agency holds): the agency
   * gains the person by an entrustment, as if the bureau had entrusted them, unless one is live already. The consent
   * has been checked with consentProblems.
   */
  async entrustWithin(manager: EntityManager, actor: Actor, agencyId: string, workerId: string, consent: RecordedConsent | null): Promise<void> {
    const live = await manager
      .createQueryBuilder(WorkerEntrustmentEntity, 'e')
      .where('e.agency_organization_id = :agencyId AND e.worker_id = :workerId AND e.status IN (:...live)', {
        agencyId,
        workerId,
        live: LIVE_ENTRUSTMENT_STATUSES,
      })
      .getCount();
    if (live === 0) await this.insert(manager, actor, agencyId, [workerId], consent);
  }

  private async insert(
    manager: EntityManager,
    actor: Actor,
    agencyId: string,
    workerIds: readonly string[],
    consent: RecordedConsent | null,
  ): Promise<WorkerEntrustmentEntity[]> {
    const now = new Date();
    const paper = consent?.kind === ConsentKind.SIGNED_PAPER;
    const rows = workerIds.map((workerId) =>
      manager.create(WorkerEntrustmentEntity, {
        workerId,
        agencyOrganizationId: agencyId,
        status: paper ? EntrustmentStatus.ACTIVE : EntrustmentStatus.PENDING_CONSENT,
        consentKind: paper ? ConsentKind.SIGNED_PAPER : null,
        consentSignedOn: paper ? consent.signedOn! : null,
        consentedAt: paper ? now : null,
        entrustedBy: actor.accountId,
      }),
    );
    const saved = await manager.save(rows);
    await this.audit.recordMany(
      saved.map((e) => ({
        actorAccountId: actor.accountId,
        action: 'worker.entrusted',
        subjectType: 'worker',
        subjectId: e.workerId,
        after: { entrustmentId: e.id, agencyId, status: e.status, consentKind: e.consentKind, consentSignedOn: e.consentSignedOn },
      })),
      manager,
    );
    return saved;
  }

  /** A bureau of every named worker's jurisdiction (or ADMIN) ends their live entrustments to the agency, all or none. */
  async revoke(actor: Actor, agencyId: string, workerIds: readonly string[]): Promise<WorkerEntrustmentEntity[]> {
    const unique = [...new Set(workerIds)];
    await this.requireBureauOf(actor, unique);
    return this.dataSource.transaction(async (manager) => {
      const live = await manager
        .createQueryBuilder(WorkerEntrustmentEntity, 'e')
        .setLock('pessimistic_write')
        .where('e.agency_organization_id = :agencyId AND e.worker_id IN (:...unique) AND e.status IN (:...live)', {
          agencyId,
          unique,
          live: LIVE_ENTRUSTMENT_STATUSES,
        })
        .getMany();
      if (live.length !== unique.length) throw new WorkerError(WorkerErrorReason.ENTRUSTMENT_NOT_LIVE, { field: 'workerIds' });
      return this.end(manager, actor, live, EntrustmentStatus.REVOKED, 'worker.entrustment.revoked');
    });
  }

  /** The worker themself consents in the app to an entrustment waiting for it. */
  async confirm(actor: Actor, entrustmentId: string): Promise<WorkerEntrustmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const entrustment = await this.lockOwn(manager, actor, entrustmentId);
      if (entrustment.status !== EntrustmentStatus.PENDING_CONSENT) throw new WorkerError(WorkerErrorReason.ENTRUSTMENT_NOT_PENDING);
      const before = entrustment.status;
      Object.assign(entrustment, { status: EntrustmentStatus.ACTIVE, consentKind: ConsentKind.IN_APP, consentedAt: new Date() });
      const saved = await manager.save(entrustment);
      await this.audit.record(
        {
          actorAccountId: actor.accountId,
          action: 'worker.entrustment.consented',
          subjectType: 'worker',
          subjectId: saved.workerId,
          before: { entrustmentId: saved.id, status: before },
          after: { status: saved.status, consentKind: saved.consentKind, agencyId: saved.agencyOrganizationId },
        },
        manager,
      );
      return saved;
    });
  }

  /** The worker declines an entrustment waiting for consent, or withdraws a consent in force: the agency's reach ends. */
  async withdraw(actor: Actor, entrustmentId: string): Promise<WorkerEntrustmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const entrustment = await this.lockOwn(manager, actor, entrustmentId);
      if (!LIVE_ENTRUSTMENT_STATUSES.includes(entrustment.status)) throw new WorkerError(WorkerErrorReason.ENTRUSTMENT_ENDED);
      const [saved] = await this.end(manager, actor, [entrustment], EntrustmentStatus.WITHDRAWN, 'worker.entrustment.withdrawn');
      return saved;
    });
  }

  /** Newest first: a worker's own, an agency's own, a bureau's jurisdiction's (by the worker's hukou), everything for ADMIN. */
  async list(actor: Actor, filter: EntrustmentFilter, first: number, after?: string): Promise<Page<WorkerEntrustmentEntity>> {
    const query = this.entrustments.createQueryBuilder('e');
    this.scope(query, actor);
    if (filter.workerId) query.andWhere('e.worker_id = :workerId', { workerId: filter.workerId });
    if (filter.agencyId) query.andWhere('e.agency_organization_id = :agencyId', { agencyId: filter.agencyId });
    if (filter.status) query.andWhere('e.status = :status', { status: filter.status });
    return keysetPage(query, 'e', 'created_at', first, after);
  }

  private scope(query: SelectQueryBuilder<WorkerEntrustmentEntity>, actor: Actor): void {
    switch (actor.role) {
      case Role.ADMIN:
        return;
      case Role.WORKER:
        query.where('e.worker_id = :self', { self: actor.workerId });
        return;
      case Role.AGENT:
        query.where('e.agency_organization_id = :org', { org: actor.organizationId });
        return;
      case Role.BUREAU:
        query.innerJoin('workers', 'w', 'w.id = e.worker_id').where('w.hukou_region_code LIKE :scope', { scope: `${regionPrefix(actor.regionCode!)}%` });
        return;
      default:
        query.where('FALSE');
    }
  }

  private async end(
    manager: EntityManager,
    actor: Actor,
    rows: WorkerEntrustmentEntity[],
    status: EntrustmentStatus,
    action: string,
  ): Promise<WorkerEntrustmentEntity[]> {
    const before = new Map(rows.map((e) => [e.id, e.status]));
    const endedAt = new Date();
    for (const e of rows) Object.assign(e, { status, endedAt, endedBy: actor.accountId });
    const saved = await manager.save(rows);
    await this.audit.recordMany(
      saved.map((e) => ({
        actorAccountId: actor.accountId,
        action,
        subjectType: 'worker',
        subjectId: e.workerId,
        before: { entrustmentId: e.id, status: before.get(e.id) },
        after: { status, agencyId: e.agencyOrganizationId },
      })),
      manager,
    );
    return saved;
  }

  /** The worker's own entrustment, locked; anyone else's (or none) is NOT_FOUND: the answer never tells whose it is. */
  private async lockOwn(manager: EntityManager, actor: Actor, id: string): Promise<WorkerEntrustmentEntity> {
    if (actor.role !== Role.WORKER || !actor.workerId) throw new WorkerError(WorkerErrorReason.ENTRUSTMENT_WORKER_ONLY);
    const entrustment = await manager
      .createQueryBuilder(WorkerEntrustmentEntity, 'e')
      .setLock('pessimistic_write')
      .where('e.id = :id AND e.worker_id = :self', { id, self: actor.workerId })
      .getOne();
    if (!entrustment) throw new WorkerError(WorkerErrorReason.ENTRUSTMENT_NOT_FOUND);
    return entrustment;
  }

  /** BUREAU (every worker's hukou in its jurisdiction) or ADMIN; a missing worker is refused like one outside it. */
  private async requireBureauOf(actor: Actor, workerIds: readonly string[]): Promise<void> {
    if (actor.role !== Role.BUREAU && actor.role !== Role.ADMIN) throw new WorkerError(WorkerErrorReason.ENTRUSTMENT_BUREAU_ONLY);
    if (workerIds.length === 0) throw new InvalidInputError([workerProblem('workerIds', WorkerFieldReason.WORKERS_UNKNOWN)]);
    if (actor.role === Role.ADMIN) return;
    const found = await this.workers.findMany(workerIds);
    if (found.length !== workerIds.length || found.some((w) => !canSeeRegion(actor, w.hukouRegionCode))) {
      throw new WorkerError(WorkerErrorReason.ENTRUSTMENT_BUREAU_ONLY, { field: 'workerIds' });
    }
  }
}

/** A consent the bureau records is a signed paper form with its date, not in the future (IN_APP is the worker's own). */
export function consentProblems(consent: RecordedConsent | null | undefined): FieldProblem[] {
  if (!consent) return [];
  if (consent.kind !== ConsentKind.SIGNED_PAPER) return [workerProblem('consent.kind', WorkerFieldReason.CONSENT_IN_APP_BY_WORKER)];
  if (!consent.signedOn) return [workerProblem('consent.signedOn', WorkerFieldReason.CONSENT_DATE_REQUIRED)];
  if (consent.signedOn > chinaToday()) return [commonProblem('consent.signedOn', FieldReason.DATE_IN_FUTURE)];
  return [];
}
