import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { AccountsService, credentialProblems } from '@app/accounts';
import { AuditAction, AuditService } from '@app/audit';
import {
  type Actor,
  assertCanSeeRegion,
  chinaToday,
  commonProblem,
  type FieldProblem,
  FieldReason,
  InvalidInputError,
  isCalendarDate,
  isUniqueViolation,
  OutsideJurisdictionError,
  keysetPage,
  type Page,
  regionCodeRange,
  regionPrefix,
  requirePort,
  Role,
  RoleRequiredError,
} from '@app/common';
import { AgencyAction, OrganizationsService } from '@app/organizations';
import { RegionsService } from '@app/regions';
import { HouseholdEntity } from '../entities/household.entity.js';
import { WorkerCategoryEntity } from '../entities/worker-category.entity.js';
import { WorkerEntity } from '../entities/worker.entity.js';
import { canAddHouseholdMember, householdCreatorFor } from '../household-access.js';
import { idNumberFacts, idNumberProblem, maskIdNumber, normalizeIdNumber } from '../id-number.js';
import { normalizeMobile } from '../phone.js';
import { canManageWorker, canSeePhone, canSeeWorker, categoriesShownWhere, workerAccess, type WorkerLinks, type WorkerView } from '../worker-access.js';
import { Gender, LaborCapacity, RegistrationStatus, REVEAL_PURPOSE_LABELS, RevealPurpose, SeekingStatus, WorkerCategory } from '../worker-enums.js';
import { idNumberFieldProblem } from '../id-number.messages.js';
import {
  invalidWorkerField,
  WorkerAlreadyRegisteredError,
  WorkerError,
  WorkerErrorReason,
  WorkerFieldReason,
  WorkerNotFoundError,
  workerProblem,
} from '../worker.exception.js';
import { entrustmentInForceSql } from '../entrustment.js';
import { IdNumberVault } from './id-number-vault.js';
import { WorkerLinksSource } from './worker-links.js';

export interface WorkerProfile {
  phone?: string | null;
  laborCapacity?: LaborCapacity;
  skills?: string[];
  laborBrand?: string | null;
  seekingStatus?: SeekingStatus;
  willingToMigrate?: boolean;
  preferredRegionCodes?: string[];
  expectedMonthlyWage?: number | null;
  location?: { lat: number; lng: number } | null;
}

export interface NewWorker extends WorkerProfile {
  name: string;
  idNumber: string;
  hukouRegionCode: string;
  householdId?: string | null;
  categories: WorkerCategory[];
  /** Since when the categories hold (e.g. the date the household was identified, 建档立卡); default today. */
  categoriesSince?: string | null;
  laborCapacity: LaborCapacity;
  username?: string | null;
  password?: string | null;
}

export interface WorkerChanges extends WorkerProfile {
  id: string;
  name?: string;
}

export interface WorkerFilter {
  regionCode?: string;
  /** Part of the name (case-insensitive; % and _ are plain characters). */
  name?: string;
  /** One of the worker's skills, exactly (trimmed). */
  skill?: string;
  /** AGENT only: the agency's own workers (registered by it, or entrusted to it with consent in force) it may organise. */
  organisable?: boolean;
  /** Only returnees (返乡回流) who came home on or after this date. */
  returnedSince?: string;
  category?: WorkerCategory;
  seekingStatus?: SeekingStatus;
  householdId?: string;
  /** false: workers holding categories today that are only declared (待核实类别); true: none left. BUREAU and ADMIN only. */
  categoriesVerified?: boolean;
}

export const NAME_MAX_CHARACTERS = 50;
export const MAX_SKILLS = 30;
export const SKILL_MAX_CHARACTERS = 30;
export const LABOR_BRAND_MAX_CHARACTERS = 40;
/** Yuan a month; anything above is a typo. */
export const MAX_EXPECTED_WAGE = 100_000;
/** A reveal's note (which payment, which request, which correction): at least this many characters. */
export const REVEAL_NOTE_MIN_CHARACTERS = 10;
/** The box GeoPointInput checks: inside China, which catches swapped coordinates. */
const CHINA_BOUNDS = { minLat: 3, maxLat: 54, minLng: 73, maxLng: 136 } as const;

/** Fields a worker may change about themself; the rest is the bureau's or the registering agent's record. */
const SELF_EDITABLE = new Set(['phone', 'skills', 'seekingStatus', 'willingToMigrate', 'preferredRegionCodes', 'expectedMonthlyWage', 'location']);

/**
 * isAgencysOwnWorker (worker-access.ts) for a workers row `w` and the agency as `:org`: registered by the agency, or
 * entrusted to it with consent in force.
 */
const AGENCYS_OWN_WORKER_SQL = `(w.registered_by_organization_id = :org OR EXISTS (SELECT 1 FROM worker_entrustments e
  WHERE e.worker_id = w.id AND e.agency_organization_id = :org AND ${entrustmentInForceSql('e')}))`;

/** A category period holds on a day from its first day until (not including) its end: the one definition of "held on". */
function heldOn(alias: string, day: string): string {
  return `${alias}.effective_from <= ${day} AND (${alias}.effective_to IS NULL OR ${alias}.effective_to > ${day})`;
}

/**
 * A category period that is only DECLARED on a day (an agency set it, no bureau has verified it yet): held then and
 * not verified. The one definition behind Worker.declaredCategories and workers(filter: { categoriesVerified }).
 */
function declaredOn(alias: string, day: string): string {
  return `${heldOn(alias, day)} AND ${unverified(alias)}`;
}

/** A category period no bureau has verified (an agency's declaration). */
function unverified(alias: string): string {
  return `${alias}.verified_at IS NULL`;
}

/** The key of one (worker, date) pair in categoriesOnDates. */
export function categoryDateKey(workerId: string, date: string): string {
  return `${workerId}|${date}`;
}

@Injectable()
export class WorkersService implements OnModuleInit {
  /** Who works with each worker: the placements domain's answer, wired by the composition root (required). */
  private linksSource!: WorkerLinksSource;

  constructor(
    @InjectRepository(WorkerEntity) private readonly workers: Repository<WorkerEntity>,
    @InjectRepository(WorkerCategoryEntity) private readonly categories: Repository<WorkerCategoryEntity>,
    @InjectRepository(HouseholdEntity) private readonly households: Repository<HouseholdEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vault: IdNumberVault,
    private readonly regions: RegionsService,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    this.linksSource = requirePort(this.moduleRef, WorkerLinksSource, 'WorkersService', 'agents and employers would see none of the workers they work with');
  }

  /** A BUREAU registers workers of its jurisdiction; an AGENT registers workers for its agency; ADMIN anyone. */
  async register(actor: Actor, input: NewWorker): Promise<WorkerEntity> {
    if (actor.role !== Role.BUREAU && actor.role !== Role.AGENT && actor.role !== Role.ADMIN) {
      throw new RoleRequiredError([Role.BUREAU, Role.AGENT, Role.ADMIN]);
    }
    // Vetted organisations: an agency registers workers only once the bureau of its region verified it.
    await this.organizations.requireVerifiedAgent(actor, AgencyAction.REGISTER_WORKERS);
    const regionProblem = this.regions.countyProblem(input.hukouRegionCode, 'hukouRegionCode');
    // Refused before the input is judged: a bureau learns nothing about a county outside its jurisdiction.
    if (!regionProblem && actor.role === Role.BUREAU) assertCanSeeRegion(actor, input.hukouRegionCode);
    // Every problem of the registration in one answer, in the order of the form.
    const problems: FieldProblem[] = [];
    const name = input.name.trim();
    if (!name) problems.push(workerProblem('name', WorkerFieldReason.NAME_REQUIRED));
    else if ([...name].length > NAME_MAX_CHARACTERS) problems.push(commonProblem('name', FieldReason.TOO_LONG, { max: NAME_MAX_CHARACTERS }));
    const idNumber = normalizeIdNumber(input.idNumber);
    const idProblem = idNumberProblem(idNumber);
    if (idProblem) problems.push(idNumberFieldProblem('idNumber', idProblem));
    if (regionProblem) problems.push(regionProblem);
    const profile = this.checkProfile(input, problems);
    if (input.categories.length === 0) problems.push(workerProblem('categories', WorkerFieldReason.CATEGORIES_REQUIRED));
    const categoriesSince = input.categoriesSince ?? chinaToday();
    if (!isCalendarDate(categoriesSince)) problems.push(commonProblem('categoriesSince', FieldReason.INVALID_DATE));
    else if (categoriesSince > chinaToday()) problems.push(commonProblem('categoriesSince', FieldReason.DATE_IN_FUTURE));
    if ((input.username == null) !== (input.password == null)) {
      problems.push(workerProblem(input.username == null ? 'username' : 'password', WorkerFieldReason.CREDENTIALS_TOGETHER));
    }
    problems.push(...credentialProblems(input.username, input.password));
    if (input.householdId && !regionProblem) {
      const household = await this.households.findOneBy({ id: input.householdId });
      const householdProblem = this.householdProblem(actor, household, input.hukouRegionCode);
      if (householdProblem) problems.push(householdProblem);
    }
    if (problems.length) throw new InvalidInputError(problems);
    const facts = idNumberFacts(idNumber);
    const sealed = this.vault.seal(idNumber);
    const passwordHash = input.password ? await this.accounts.hashPassword(input.password) : null;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const householdId = await this.householdFor(manager, actor, input.householdId ?? null, input.hukouRegionCode);
        const worker = await manager.save(
          manager.create(WorkerEntity, {
            name,
            idCiphertext: sealed.ciphertext,
            idKeyId: sealed.keyId,
            idFingerprint: sealed.fingerprint,
            idMasked: maskIdNumber(idNumber),
            gender: facts.gender === 'MALE' ? Gender.MALE : Gender.FEMALE,
            birthDate: facts.birthDate,
            hukouRegionCode: input.hukouRegionCode,
            householdId,
            laborCapacity: input.laborCapacity,
            registeredBy: actor.accountId,
            registeredByOrganizationId: actor.role === Role.AGENT ? actor.organizationId : null,
            registrationStatus: registrationStatusFor(actor),
            ...profile,
          }),
        );
        await manager.insert(
          WorkerCategoryEntity,
          [...new Set(input.categories)].map((category) => ({ workerId: worker.id, category, effectiveFrom: categoriesSince, ...verificationBy(actor) })),
        );
        if (input.householdId) await this.auditJoin(manager, actor, householdId, worker.id);
        if (input.username && passwordHash) {
          await this.accounts.createWorkerLogin(manager, worker.id, worker.hukouRegionCode, input.username, passwordHash, actor.accountId);
        }
        return worker;
      });
    } catch (error) {
      // Only a bureau's (ACCEPTED) registration can collide: an agency's waits for review and is never told.
      if (isUniqueViolation(error, 'uq_workers_id_fingerprint')) throw new WorkerAlreadyRegisteredError();
      throw error;
    }
  }

  /**
   * The worker if the caller may see them. A missing worker and one outside the caller's view get the same FORBIDDEN
   * WORKER_HIDDEN (only an administrator, who sees everyone, is told NOT_FOUND): no answer tells whether a worker exists.
   */
  async get(actor: Actor, id: string): Promise<WorkerEntity> {
    const worker = await this.workers.findOneBy({ id });
    if (!worker) {
      if (actor.role === Role.ADMIN) throw new WorkerNotFoundError();
      throw new WorkerError(WorkerErrorReason.WORKER_HIDDEN);
    }
    const links = (await this.linksOf([worker])).get(worker.id)!;
    if (!canSeeWorker(actor, worker, links)) throw new WorkerError(WorkerErrorReason.WORKER_HIDDEN);
    return worker;
  }

  findMany(ids: readonly string[]): Promise<WorkerEntity[]> {
    return ids.length ? this.workers.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  async list(actor: Actor, filter: WorkerFilter, first: number, after?: string): Promise<Page<WorkerEntity>> {
    const query = this.workers.createQueryBuilder('w');
    await this.scopeToActor(query, actor);
    // A merged registration is gone: the person it went into is the record.
    query.andWhere('w.registration_status <> :merged', { merged: RegistrationStatus.MERGED });
    if (filter.regionCode) {
      this.regions.require(filter.regionCode, 'regionCode');
      // Asking for a region outside the jurisdiction is refused, not silently answered with nothing.
      if (actor.role === Role.BUREAU) assertCanSeeRegion(actor, filter.regionCode);
      query.andWhere('w.hukou_region_code LIKE :prefix', { prefix: `${regionPrefix(filter.regionCode)}%` });
    }
    if (filter.organisable) {
      // The agency's own workers only (registered or entrusted with consent): those it may organise without any other tie.
      if (actor.role !== Role.AGENT || !actor.organizationId) throw invalidWorkerField('filter.organisable', WorkerFieldReason.ORGANISABLE_AGENT_ONLY);
      query.andWhere(AGENCYS_OWN_WORKER_SQL, { org: actor.organizationId });
      query.andWhere('w.registration_status = :organisableStatus', { organisableStatus: RegistrationStatus.ACCEPTED });
    }
    const name = filter.name?.trim();
    if (name) query.andWhere(`w.name ILIKE :namePart ESCAPE '\\'`, { namePart: `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const skill = filter.skill?.trim();
    if (skill) query.andWhere(':skill = ANY(w.skills)', { skill });
    if (filter.returnedSince) query.andWhere('w.returned_home_on >= :since', { since: filter.returnedSince });
    if (filter.seekingStatus) query.andWhere('w.seeking_status = :status', { status: filter.seekingStatus });
    if (filter.householdId) query.andWhere('w.household_id = :household', { household: filter.householdId });
    if (filter.category) {
      const shown = categoriesShownWhere(actor, 'w');
      query.andWhere(shown.sql, shown.params);
      query.andWhere(
        `EXISTS (SELECT 1 FROM worker_categories c WHERE c.worker_id = w.id AND c.category = :category
         AND c.effective_from <= :today AND (c.effective_to IS NULL OR c.effective_to > :today))`,
        { category: filter.category, today: chinaToday() },
      );
    }
    if (filter.categoriesVerified !== undefined) {
      // Having declared categories says the worker holds one: only the roles that see categories may ask.
      if (actor.role !== Role.BUREAU && actor.role !== Role.ADMIN)
        throw invalidWorkerField('filter.categoriesVerified', WorkerFieldReason.CATEGORIES_VERIFIED_FILTER_STAFF_ONLY);
      const declared = `EXISTS (SELECT 1 FROM worker_categories dc WHERE dc.worker_id = w.id AND ${declaredOn('dc', ':declaredToday')})`;
      query.andWhere(filter.categoriesVerified ? `NOT ${declared}` : declared, { declaredToday: chinaToday() });
    }
    return keysetPage(query, 'w', 'created_at', first, after);
  }

  async update(actor: Actor, changes: WorkerChanges): Promise<WorkerEntity> {
    const worker = await this.get(actor, changes.id);
    const links = (await this.linksOf([worker])).get(worker.id)!;
    const isSelf = actor.role === Role.WORKER && actor.workerId === worker.id;
    if (!isSelf && !canManageWorker(actor, worker, links)) throw new WorkerError(WorkerErrorReason.WORKER_NOT_MANAGED);
    const given = Object.keys(changes).filter((k) => k !== 'id' && changes[k as keyof WorkerChanges] !== undefined);
    if (isSelf) {
      const locked = given.filter((k) => !SELF_EDITABLE.has(k));
      if (locked.length) throw new WorkerError(WorkerErrorReason.SELF_EDIT_LOCKED, { params: { fields: locked.join(', ') } });
    }
    const problems: FieldProblem[] = [];
    const name = changes.name?.trim();
    if (name === '') problems.push(workerProblem('name', WorkerFieldReason.NAME_REQUIRED));
    else if (name && [...name].length > NAME_MAX_CHARACTERS) problems.push(commonProblem('name', FieldReason.TOO_LONG, { max: NAME_MAX_CHARACTERS }));
    const profile = this.checkProfile(changes, problems);
    if (problems.length) throw new InvalidInputError(problems);
    if (name !== undefined) worker.name = name;
    Object.assign(worker, profile);
    return this.workers.save(worker);
  }

  /**
   * Replaces the worker's category set from `effectiveFrom`: categories dropped are closed on that date, new ones opened.
   * History is kept, because subsidy rules look at the categories held on a placement's start date.
   */
  async setCategories(actor: Actor, workerId: string, categories: WorkerCategory[], effectiveFrom: string): Promise<WorkerEntity> {
    const worker = await this.get(actor, workerId);
    if (actor.role !== Role.BUREAU && actor.role !== Role.ADMIN) throw new WorkerError(WorkerErrorReason.CATEGORIES_BUREAU_ONLY);
    const wanted = new Set(categories);
    await this.dataSource.transaction(async (manager) => {
      const open = await manager
        .createQueryBuilder(WorkerCategoryEntity, 'c')
        .setLock('pessimistic_write')
        .where('c.worker_id = :id AND c.effective_to IS NULL', { id: workerId })
        .getMany();
      const latestStart = open
        .map((c) => c.effectiveFrom)
        .sort()
        .at(-1);
      if (latestStart && effectiveFrom < latestStart) {
        throw invalidWorkerField('effectiveFrom', WorkerFieldReason.CATEGORIES_BEFORE_CURRENT, { date: latestStart });
      }
      const openNames = new Set(open.map((c) => c.category));
      const verified = verificationBy(actor);
      for (const row of open) {
        // The bureau states the whole set from its records: the periods it keeps are vouched for by it too.
        if (wanted.has(row.category)) {
          if (!row.verifiedAt) await manager.update(WorkerCategoryEntity, { id: row.id }, verified);
          continue;
        }
        if (row.effectiveFrom === effectiveFrom) await manager.delete(WorkerCategoryEntity, { id: row.id });
        else await manager.update(WorkerCategoryEntity, { id: row.id }, { effectiveTo: effectiveFrom });
      }
      const added = [...wanted].filter((c) => !openNames.has(c));
      if (added.length)
        await manager.insert(
          WorkerCategoryEntity,
          added.map((category) => ({ workerId, category, effectiveFrom, ...verified })),
        );
      await this.audit.record(
        {
          actorAccountId: actor.accountId,
          action: 'worker.categories.set',
          subjectType: 'worker',
          subjectId: workerId,
          before: { categories: [...openNames] },
          after: { categories: [...wanted], effectiveFrom },
        },
        manager,
      );
    });
    return worker;
  }

  /**
   * A bureau of the worker's jurisdiction (or ADMIN) vouches for the categories an agency declared, from its own records
   * (防返贫监测): every declared period of the worker becomes verified. Audited; verifying twice changes nothing.
   */
  async verifyCategories(actor: Actor, workerId: string): Promise<WorkerEntity> {
    if (actor.role !== Role.BUREAU && actor.role !== Role.ADMIN) throw new WorkerError(WorkerErrorReason.CATEGORIES_VERIFY_BUREAU_ONLY);
    const worker = await this.get(actor, workerId);
    if (actor.role === Role.BUREAU) assertCanSeeRegion(actor, worker.hukouRegionCode);
    await this.dataSource.transaction(async (manager) => {
      const declared = await manager
        .createQueryBuilder(WorkerCategoryEntity, 'c')
        .setLock('pessimistic_write')
        .where('c.worker_id = :id AND c.verified_at IS NULL', { id: workerId })
        .getMany();
      if (declared.length === 0) return;
      await manager.update(WorkerCategoryEntity, { id: In(declared.map((c) => c.id)) }, verificationBy(actor));
      await this.audit.record(
        {
          actorAccountId: actor.accountId,
          action: 'worker.categories.verified',
          subjectType: 'worker',
          subjectId: workerId,
          before: { declared: declared.map((c) => ({ category: c.category, effectiveFrom: c.effectiveFrom, effectiveTo: c.effectiveTo })) },
          after: { verified: true },
        },
        manager,
      );
    });
    return worker;
  }

  /** Hiring makes the worker EMPLOYED and clears a returnee mark; runs in the hiring transaction. */
  async markEmployed(manager: EntityManager, workerId: string): Promise<void> {
    await manager.update(WorkerEntity, { id: workerId }, { seekingStatus: SeekingStatus.EMPLOYED, returnedHomeOn: null });
  }

  /** When the last active job ends the worker is SEEKING again; coming home (返乡) is recorded with its date. */
  async markJobEnded(manager: EntityManager, workerId: string, stillEmployed: boolean, returnedHomeOn: string | null): Promise<void> {
    const changes: Partial<WorkerEntity> = {};
    if (!stillEmployed) changes.seekingStatus = SeekingStatus.SEEKING;
    if (returnedHomeOn) changes.returnedHomeOn = returnedHomeOn;
    if (Object.keys(changes).length) await manager.update(WorkerEntity, { id: workerId }, changes);
  }

  /**
   * Workers by id without a visibility check, for other domains that have already checked access, and only those whose
   * registration a bureau accepted: everything that applies, nominates, groups or places a worker comes through here, so
   * a registration under review (possibly an invented or duplicate person) never reaches an employer or a subsidy.
   */
  async requireMany(ids: readonly string[], field: string): Promise<WorkerEntity[]> {
    const found = await this.findMany(ids);
    const missing = ids.filter((id) => !found.some((w) => w.id === id));
    if (missing.length) throw invalidWorkerField(field, WorkerFieldReason.WORKERS_UNKNOWN);
    if (found.some((w) => w.registrationStatus !== RegistrationStatus.ACCEPTED)) {
      throw new WorkerError(WorkerErrorReason.REGISTRATION_NOT_ACCEPTED, { field });
    }
    return ids.map((id) => found.find((w) => w.id === id)!);
  }

  /**
   * Job seekers the caller may see, for matching: SEEKING workers whose hukou lies in one of `hukouAreas` (any when
   * empty), optionally only those willing to migrate. Capped at `limit`, most recently registered first.
   */
  async seekingCandidates(actor: Actor, criteria: { hukouAreas: string[]; willingToMigrate?: boolean }, limit: number): Promise<WorkerEntity[]> {
    const query = this.workers.createQueryBuilder('w');
    await this.scopeToActor(query, actor);
    query.andWhere('w.seeking_status = :seeking', { seeking: SeekingStatus.SEEKING });
    query.andWhere('w.registration_status = :accepted', { accepted: RegistrationStatus.ACCEPTED });
    if (criteria.willingToMigrate) query.andWhere('w.willing_to_migrate');
    if (criteria.hukouAreas.length) {
      query.andWhere(
        new Brackets((b) =>
          criteria.hukouAreas.forEach((area, i) => {
            const [low, high] = regionCodeRange(area);
            b.orWhere(`(w.hukou_region_code >= :low${i} AND w.hukou_region_code < :high${i})`, { [`low${i}`]: low, [`high${i}`]: high });
          }),
        ),
      );
    }
    return query.orderBy('w.created_at', 'DESC').take(limit).getMany();
  }

  /** Households (of those given) with at least one member EMPLOYED. */
  async householdsWithEmployment(householdIds: readonly string[]): Promise<Set<string>> {
    if (householdIds.length === 0) return new Set();
    const rows: Array<{ household_id: string }> = await this.workers
      .createQueryBuilder('w')
      .select('DISTINCT w.household_id', 'household_id')
      .where('w.household_id IN (:...ids) AND w.seeking_status = :employed', { ids: [...householdIds], employed: SeekingStatus.EMPLOYED })
      .andWhere('w.registration_status = :accepted', { accepted: RegistrationStatus.ACCEPTED })
      .getRawMany();
    return new Set(rows.map((r) => r.household_id));
  }

  /** Categories each worker held on `date` (YYYY-MM-DD), in one query. */
  async categoriesOn(workerIds: readonly string[], date: string): Promise<Map<string, WorkerCategory[]>> {
    const result = new Map<string, WorkerCategory[]>(workerIds.map((id) => [id, []]));
    if (workerIds.length === 0) return result;
    const rows = await this.categories
      .createQueryBuilder('c')
      .where('c.worker_id IN (:...ids)', { ids: [...workerIds] })
      .andWhere(heldOn('c', ':date'), { date })
      .orderBy('c.category')
      .getMany();
    for (const row of rows) result.get(row.workerId)!.push(row.category);
    return result;
  }

  /**
   * The categories each worker held on `date` that are only DECLARED (set by an agency, not yet verified by a bureau),
   * in one query. A worker missing from the map has none.
   */
  async declaredCategoriesOn(workerIds: readonly string[], date: string): Promise<Map<string, WorkerCategory[]>> {
    const result = new Map<string, WorkerCategory[]>(workerIds.map((id) => [id, []]));
    if (workerIds.length === 0) return result;
    const rows = await this.categories
      .createQueryBuilder('c')
      .where('c.worker_id IN (:...ids)', { ids: [...workerIds] })
      .andWhere(declaredOn('c', ':date'), { date })
      .orderBy('c.category')
      .getMany();
    for (const row of rows) result.get(row.workerId)!.push(row.category);
    return result;
  }

  /**
   * For many (worker, date) pairs at once, e.g. each placement's worker on its start date: the categories held and
   * those only DECLARED on that date, in one query. Keyed by `categoryDateKey(workerId, date)`; a pair holding none
   * is missing.
   */
  async categoriesOnDates(pairs: readonly { workerId: string; date: string }[]): Promise<Map<string, { held: WorkerCategory[]; declared: WorkerCategory[] }>> {
    const result = new Map<string, { held: WorkerCategory[]; declared: WorkerCategory[] }>();
    if (pairs.length === 0) return result;
    const rows: Array<{ worker_id: string; on_date: string; category: WorkerCategory; declared: boolean }> = await this.categories.query(
      `SELECT p.worker_id, to_char(p.on_date, 'YYYY-MM-DD') AS on_date, c.category, ${unverified('c')} AS declared
         FROM unnest($1::uuid[], $2::date[]) AS p(worker_id, on_date)
         JOIN worker_categories c ON c.worker_id = p.worker_id AND ${heldOn('c', 'p.on_date')}
        ORDER BY c.category`,
      [pairs.map((p) => p.workerId), pairs.map((p) => p.date)],
    );
    for (const row of rows) {
      const key = categoryDateKey(row.worker_id, row.on_date);
      const entry = result.get(key) ?? { held: [], declared: [] };
      if (!entry.held.includes(row.category)) entry.held.push(row.category);
      if (row.declared && !entry.declared.includes(row.category)) entry.declared.push(row.category);
      result.set(key, entry);
    }
    return result;
  }

  /**
   * The plain ID number (and so the birth date), for a BUREAU of the worker's jurisdiction, for one purpose of the fixed
   * list with a note of at least 10 characters; audited with who (the account), when and why (purpose and note).
   */
  async revealIdNumber(actor: Actor, workerId: string, purpose: RevealPurpose, note: string): Promise<string> {
    if (actor.role !== Role.BUREAU) throw new WorkerError(WorkerErrorReason.ID_NUMBER_BUREAU_ONLY);
    const worker = await this.workers.findOneBy({ id: workerId });
    // A missing worker is refused like one outside the jurisdiction: the answer never tells whether a worker exists.
    if (!worker) throw new OutsideJurisdictionError();
    assertCanSeeRegion(actor, worker.hukouRegionCode);
    const problems: FieldProblem[] = [];
    if (!Object.values(RevealPurpose).includes(purpose)) problems.push(workerProblem('purpose', WorkerFieldReason.PURPOSE_REQUIRED, { min: 1 }));
    const trimmed = note.trim();
    if ([...trimmed].length < REVEAL_NOTE_MIN_CHARACTERS) {
      problems.push(workerProblem('note', WorkerFieldReason.REVEAL_NOTE_TOO_SHORT, { min: REVEAL_NOTE_MIN_CHARACTERS }));
    }
    if (problems.length) throw new InvalidInputError(problems);
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: AuditAction.ID_NUMBER_REVEALED,
      subjectType: 'worker',
      subjectId: workerId,
      purpose: `${REVEAL_PURPOSE_LABELS[purpose]}：${trimmed}`,
      after: { purpose, note: trimmed, regionCode: actor.regionCode },
    });
    return this.vault.open(worker.idCiphertext, worker.idKeyId);
  }

  /**
   * The one access decision for each worker (see workerAccess): what the caller is shown, or no entry when the caller
   * may not see the worker. One links query for the whole batch.
   */
  async accessTo(actor: Actor, workers: readonly WorkerEntity[]): Promise<Map<string, WorkerView>> {
    const links = await this.linksOf([...workers]);
    const result = new Map<string, WorkerView>();
    for (const w of workers) {
      const view = workerAccess(actor, w, links.get(w.id)!);
      if (view) result.set(w.id, view);
    }
    return result;
  }

  async phoneVisibleTo(actor: Actor, workers: WorkerEntity[]): Promise<Set<string>> {
    const links = await this.linksOf(workers);
    return new Set(workers.filter((w) => canSeePhone(actor, w, links.get(w.id)!)).map((w) => w.id));
  }

  householdMembers(householdIds: readonly string[]): Promise<WorkerEntity[]> {
    return householdIds.length ? this.workers.find({ where: { householdId: In([...householdIds]) }, order: { createdAt: 'ASC' } }) : Promise.resolve([]);
  }

  findHouseholds(ids: readonly string[]): Promise<HouseholdEntity[]> {
    return ids.length ? this.households.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  private async linksOf(workers: WorkerEntity[]): Promise<Map<string, WorkerLinks>> {
    const ids = workers.map((w) => w.id);
    const [active, entrusted] = await Promise.all([this.linksSource.activeOrganizations(ids), this.entrustedAgencies(ids)]);
    return new Map(
      workers.map((w) => [
        w.id,
        {
          registeredByOrganizationId: w.registeredByOrganizationId,
          activeOrganizationIds: active.get(w.id) ?? new Set(),
          entrustedOrganizationIds: entrusted.get(w.id) ?? new Set(),
        },
      ]),
    );
  }

  /** The agencies each worker is entrusted to with consent in force (entrustment.ts), in one query. */
  private async entrustedAgencies(workerIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const result = new Map<string, Set<string>>();
    if (workerIds.length === 0) return result;
    const rows: Array<{ workerId: string; agencyId: string }> = await this.dataSource.query(
      `SELECT e.worker_id AS "workerId", e.agency_organization_id AS "agencyId" FROM worker_entrustments e
        WHERE e.worker_id = ANY($1::uuid[]) AND ${entrustmentInForceSql('e')}`,
      [[...workerIds]],
    );
    for (const row of rows) {
      const set = result.get(row.workerId) ?? new Set<string>();
      set.add(row.agencyId);
      result.set(row.workerId, set);
    }
    return result;
  }

  private async scopeToActor(query: SelectQueryBuilder<WorkerEntity>, actor: Actor): Promise<void> {
    switch (actor.role) {
      case Role.ADMIN:
        return;
      case Role.BUREAU:
        query.where('w.hukou_region_code LIKE :scope', { scope: `${regionPrefix(actor.regionCode!)}%` });
        return;
      case Role.WORKER:
        query.where('w.id = :self', { self: actor.workerId });
        return;
      case Role.AGENT:
      case Role.EMPLOYER: {
        const linked = actor.organizationId ? await this.linksSource.workersOfOrganization(actor.organizationId) : [];
        // An array parameter: `= ANY` of an empty list is simply false, no placeholder id needed.
        const isLinked = 'w.id = ANY(CAST(:linked AS uuid[]))';
        if (actor.role === Role.AGENT) {
          query.where(new Brackets((b) => b.where(AGENCYS_OWN_WORKER_SQL, { org: actor.organizationId }).orWhere(isLinked, { linked })));
        } else {
          query.where(isLinked, { linked });
        }
      }
    }
  }

  private async householdFor(manager: EntityManager, actor: Actor, householdId: string | null, hukouRegionCode: string): Promise<string> {
    if (!householdId) {
      const created = await manager.save(manager.create(HouseholdEntity, { hukouRegionCode, createdByOrganizationId: householdCreatorFor(actor) }));
      return created.id;
    }
    // Locked: the household is checked again inside the transaction that adds the member.
    const household = await manager.findOne(HouseholdEntity, { where: { id: householdId }, lock: { mode: 'pessimistic_read' } });
    const problem = this.householdProblem(actor, household, hukouRegionCode);
    if (problem) throw new InvalidInputError([problem]);
    return household!.id;
  }

  /** Joining a household changes who counts in it (零就业家庭): audited with who added whom. */
  private auditJoin(manager: EntityManager, actor: Actor, householdId: string, workerId: string): Promise<void> {
    return this.audit.record(
      {
        actorAccountId: actor.accountId,
        action: 'household.member.joined',
        subjectType: 'household',
        subjectId: householdId,
        after: { workerId, via: 'registration', organizationId: actor.organizationId },
      },
      manager,
    );
  }

  private householdProblem(actor: Actor, household: HouseholdEntity | null, hukouRegionCode: string): FieldProblem | null {
    if (actor.role === Role.AGENT) {
      if (!household || !canAddHouseholdMember(actor, household)) return workerProblem('householdId', WorkerFieldReason.HOUSEHOLD_NOT_JOINABLE);
    } else if (!household || !canAddHouseholdMember(actor, household)) {
      // A bureau is told nothing about households outside its jurisdiction.
      return workerProblem('householdId', WorkerFieldReason.HOUSEHOLD_UNKNOWN);
    }
    return household.hukouRegionCode === hukouRegionCode ? null : workerProblem('householdId', WorkerFieldReason.HOUSEHOLD_OTHER_COUNTY);
  }

  /**
   * Normalises and checks the editable profile fields: returns entity columns, and adds each failing field to
   * `problems` (the caller throws them all at once, with its own).
   */
  private checkProfile(input: WorkerProfile, problems: FieldProblem[]): Partial<WorkerEntity> {
    const out: Partial<WorkerEntity> = {};
    if (input.phone !== undefined) {
      if (input.phone === null || input.phone === '') out.phone = null;
      else {
        const phone = normalizeMobile(input.phone);
        if (!phone) problems.push(workerProblem('phone', WorkerFieldReason.PHONE_FORMAT));
        else out.phone = phone;
      }
    }
    if (input.preferredRegionCodes !== undefined) {
      input.preferredRegionCodes.forEach((code, i) => {
        const problem = this.regions.regionProblem(code, `preferredRegionCodes[${i}]`);
        if (problem) problems.push(problem);
      });
      out.preferredRegionCodes = [...new Set(input.preferredRegionCodes)];
    }
    if (input.skills !== undefined) {
      out.skills = [...new Set(input.skills.map((s) => s.trim()).filter(Boolean))];
      if (out.skills.length > MAX_SKILLS) problems.push(commonProblem('skills', FieldReason.TOO_MANY_ITEMS, { max: MAX_SKILLS }));
      if (out.skills.some((s) => [...s].length > SKILL_MAX_CHARACTERS)) {
        problems.push(commonProblem('skills', FieldReason.TOO_LONG, { max: SKILL_MAX_CHARACTERS }));
      }
    }
    if (input.laborCapacity !== undefined) out.laborCapacity = input.laborCapacity;
    if (input.laborBrand !== undefined) {
      out.laborBrand = input.laborBrand?.trim() || null;
      if (out.laborBrand && [...out.laborBrand].length > LABOR_BRAND_MAX_CHARACTERS) {
        problems.push(commonProblem('laborBrand', FieldReason.TOO_LONG, { max: LABOR_BRAND_MAX_CHARACTERS }));
      }
    }
    if (input.seekingStatus !== undefined) out.seekingStatus = input.seekingStatus;
    if (input.willingToMigrate !== undefined) out.willingToMigrate = input.willingToMigrate;
    if (input.expectedMonthlyWage !== undefined) {
      const wage = input.expectedMonthlyWage;
      if (wage !== null && wage < 0) problems.push(commonProblem('expectedMonthlyWage', FieldReason.TOO_SMALL, { min: 0 }));
      else if (wage !== null && wage > MAX_EXPECTED_WAGE)
        problems.push(commonProblem('expectedMonthlyWage', FieldReason.TOO_LARGE, { max: MAX_EXPECTED_WAGE }));
      out.expectedMonthlyWage = wage;
    }
    if (input.location) {
      const { lat, lng } = input.location;
      if (!(lat >= CHINA_BOUNDS.minLat && lat <= CHINA_BOUNDS.maxLat)) problems.push(commonProblem('location.lat', FieldReason.LATITUDE_IN_CHINA));
      if (!(lng >= CHINA_BOUNDS.minLng && lng <= CHINA_BOUNDS.maxLng)) problems.push(commonProblem('location.lng', FieldReason.LONGITUDE_IN_CHINA));
    }
    if (input.location !== undefined) {
      out.lat = input.location?.lat ?? null;
      out.lng = input.location?.lng ?? null;
    }
    return out;
  }
}

/** A bureau's (or ADMIN's) registration is ACCEPTED at once; anyone else's waits for the bureau of the worker's hukou. */
export function registrationStatusFor(actor: Actor): RegistrationStatus {
  return actor.role === Role.BUREAU || actor.role === Role.ADMIN ? RegistrationStatus.ACCEPTED : RegistrationStatus.PENDING_REVIEW;
}

/**
 * Categories a bureau (or ADMIN) enters are verified at once, from its own records; an agency's are DECLARED until a
 * bureau of the worker's jurisdiction verifies them.
 */
export function verificationBy(actor: Actor): { verifiedAt: Date | null; verifiedBy: string | null } {
  return actor.role === Role.BUREAU || actor.role === Role.ADMIN
    ? { verifiedAt: new Date(), verifiedBy: actor.accountId }
    : { verifiedAt: null, verifiedBy: null };
}
