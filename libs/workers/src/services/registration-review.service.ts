import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { AuditService } from '@app/audit';
import { type Actor, canSeeRegion, InvalidInputError, isUniqueViolation, keysetPage, type Page, regionPrefix, Role } from '@app/common';
import { WorkerCategoryEntity } from '../entities/worker-category.entity.js';
import { WorkerEntity } from '../entities/worker.entity.js';
import { RegistrationStatus } from '../worker-enums.js';
import { invalidWorkerField, WorkerError, WorkerErrorReason, WorkerFieldReason } from '../worker.exception.js';
import { consentProblems, EntrustmentsService, type RecordedConsent } from './entrustments.service.js';
import { verificationBy } from './workers.service.js';

/**
 * The bureau's review of registrations made by anyone else (issue 15, item 4): accept (which verifies the declared
 * categories too), refuse with a reason, or merge into the person already registered. Only a bureau of the worker's
 * hukou jurisdiction (or ADMIN) reviews; each decision is audited.
 */
@Injectable()
export class RegistrationReviewService {
  constructor(
    @InjectRepository(WorkerEntity) private readonly workers: Repository<WorkerEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly entrustments: EntrustmentsService,
  ) {}

  /** Pending registrations of the bureau's jurisdiction, oldest first. */
  pending(actor: Actor, first: number, after?: string): Promise<Page<WorkerEntity>> {
    this.requireReviewer(actor);
    const query = this.workers.createQueryBuilder('w').where('w.registration_status = :pending', { pending: RegistrationStatus.PENDING_REVIEW });
    if (actor.role === Role.BUREAU) query.andWhere('w.hukou_region_code LIKE :scope', { scope: `${regionPrefix(actor.regionCode!)}%` });
    return keysetPage(query, 'w', 'created_at', first, after, 'oldest');
  }

  /** Of these registrations, the ones naming a person already registered (ACCEPTED), with that person's id. */
  async likelyExisting(registrations: readonly WorkerEntity[]): Promise<Map<string, string>> {
    if (registrations.length === 0) return new Map();
    const rows: Array<{ id: string; existing: string }> = await this.workers.query(
      `SELECT r.id, w.id AS existing FROM workers r JOIN workers w ON w.id_fingerprint = r.id_fingerprint AND w.registration_status = 'ACCEPTED'
        WHERE r.id = ANY($1::uuid[])`,
      [registrations.map((r) => r.id)],
    );
    return new Map(rows.map((r) => [r.id, r.existing]));
  }

  async accept(actor: Actor, workerId: string): Promise<WorkerEntity> {
    try {
      return await this.decide(actor, workerId, 'worker.registration.accepted', async (manager, worker) => {
        await manager.update(WorkerEntity, { id: worker.id }, this.reviewed(actor, RegistrationStatus.ACCEPTED));
        // Accepting vouches for the person and for the categories the agency declared (the bureau's own records).
        await manager.update(WorkerCategoryEntity, { workerId: worker.id, verifiedAt: IsNull() }, verificationBy(actor));
        return {};
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_workers_id_fingerprint')) throw new WorkerError(WorkerErrorReason.REGISTRATION_DUPLICATE, { field: 'workerId' });
      throw error;
    }
  }

  async reject(actor: Actor, workerId: string, reason: string): Promise<WorkerEntity> {
    const trimmed = reason.trim();
    if (!trimmed) throw invalidWorkerField('reason', WorkerFieldReason.REFUSAL_REASON_REQUIRED);
    return this.decide(actor, workerId, 'worker.registration.rejected', async (manager, worker) => {
      await manager.update(WorkerEntity, { id: worker.id }, { ...this.reviewed(actor, RegistrationStatus.REJECTED), registrationRefusalReason: trimmed });
      return { reason: trimmed };
    });
  }

  /**
   * The registration names a person already registered: it becomes MERGED into them, and the registering agency gains
   * that person: as registrant when nobody else's agency holds them; when another agency registered them, by an
   * entrustment (a person may work with several agencies, each with the person's consent): in force at once with the
   * signed paper consent the bureau records, otherwise waiting for the person's confirmation in the app.
   */
  async merge(actor: Actor, registrationId: string, intoWorkerId: string, consent: RecordedConsent | null = null): Promise<WorkerEntity> {
    const problems = consentProblems(consent);
    if (problems.length) throw new InvalidInputError(problems);
    let into: WorkerEntity | null = null;
    await this.decide(actor, registrationId, 'worker.registration.merged', async (manager, registration) => {
      into = await manager.findOne(WorkerEntity, { where: { id: intoWorkerId }, lock: { mode: 'pessimistic_write' } });
      const samePerson =
        !!into &&
        into.registrationStatus === RegistrationStatus.ACCEPTED &&
        into.idFingerprint === registration.idFingerprint &&
        (actor.role === Role.ADMIN || canSeeRegion(actor, into.hukouRegionCode));
      if (!samePerson) throw invalidWorkerField('intoWorkerId', WorkerFieldReason.MERGE_NOT_SAME_PERSON);
      await manager.update(WorkerEntity, { id: registration.id }, { ...this.reviewed(actor, RegistrationStatus.MERGED), mergedIntoWorkerId: into!.id });
      const agencyId = registration.registeredByOrganizationId;
      if (agencyId && !into!.registeredByOrganizationId) {
        await manager.update(WorkerEntity, { id: into!.id }, { registeredByOrganizationId: agencyId });
        into!.registeredByOrganizationId = agencyId;
      } else if (agencyId && into!.registeredByOrganizationId !== agencyId) {
        await this.entrustments.entrustWithin(manager, actor, agencyId, into!.id, consent);
        return { intoWorkerId: into!.id, entrustedTo: agencyId };
      }
      return { intoWorkerId: into!.id };
    });
    return into!;
  }

  private async decide(
    actor: Actor,
    workerId: string,
    action: string,
    apply: (manager: EntityManager, worker: WorkerEntity) => Promise<Record<string, unknown>>,
  ): Promise<WorkerEntity> {
    this.requireReviewer(actor);
    return this.dataSource.transaction(async (manager) => {
      const worker = await manager.findOne(WorkerEntity, { where: { id: workerId }, lock: { mode: 'pessimistic_write' } });
      // A missing registration is refused like one outside the jurisdiction.
      if (!worker || (actor.role === Role.BUREAU && !canSeeRegion(actor, worker.hukouRegionCode))) {
        throw new WorkerError(WorkerErrorReason.REGISTRATION_REVIEW_BUREAU_ONLY);
      }
      if (worker.registrationStatus !== RegistrationStatus.PENDING_REVIEW) throw new WorkerError(WorkerErrorReason.REGISTRATION_NOT_PENDING);
      const after = await apply(manager, worker);
      await this.audit.record(
        { actorAccountId: actor.accountId, action, subjectType: 'worker', subjectId: worker.id, before: { status: worker.registrationStatus }, after },
        manager,
      );
      return (await manager.findOneBy(WorkerEntity, { id: worker.id }))!;
    });
  }

  private reviewed(actor: Actor, status: RegistrationStatus): Partial<WorkerEntity> {
    return { registrationStatus: status, registrationReviewedBy: actor.accountId, registrationReviewedAt: new Date() };
  }

  private requireReviewer(actor: Actor): void {
    if (actor.role !== Role.BUREAU && actor.role !== Role.ADMIN) throw new WorkerError(WorkerErrorReason.REGISTRATION_REVIEW_BUREAU_ONLY);
  }
}
