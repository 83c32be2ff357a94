import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '@app/audit';
import {
  type Actor,
  addDays,
  chinaToday,
  type FieldProblem,
  fieldProblem,
  InvalidInputError,
  isUniqueViolation,
  keysetPage,
  laterOf,
  type MessageParams,
  type Page,
  regionPrefix,
  Role,
} from '@app/common';
import { AgencyAction, OrganizationsService } from '@app/organizations';
import { canManagePosting, type PostingEntity, PostingOpeningsService, PostingStatus, publicPostingWhere } from '@app/postings';
import { RegistrationStatus, WorkersService } from '@app/workers';
import { PlacementGroupMemberEntity } from '../entities/placement-group-member.entity.js';
import { PlacementGroupEntity } from '../entities/placement-group.entity.js';
import { PlacementGroupStatus } from '../placement-enums.js';
import { PLACEMENT_ERRORS, PlacementError, PlacementErrorReason, PlacementGroupNotFoundError } from '../placement.exception.js';
import { type LateRecord, PlacementsService } from './placements.service.js';

export interface NewPlacementGroup {
  postingId: string;
  departureDate: string;
  departurePoint: string;
  transport: string;
}

export interface PlacementGroupChanges {
  departureDate?: string;
  departurePoint?: string;
  transport?: string;
}

export interface PlacementGroupFilter {
  status?: PlacementGroupStatus;
  postingId?: string;
}

/** A group may depart from the day before its departure date (the bus leaves the evening before). */
export const DEPART_DAYS_EARLY = 1;
/** Arrival is confirmed within a week of the departure date (or of the actual departure, if that was later). */
export const ARRIVAL_DAYS_AFTER_DEPARTURE = 7;

/** A group whose roster or date may still change: it has not left and was not called off. */
const OPEN_STATUSES: readonly PlacementGroupStatus[] = [PlacementGroupStatus.FORMING, PlacementGroupStatus.APPROVED];

/** One failing field, with its message from the placement catalogue. */
const problem = (field: string, reason: PlacementErrorReason, params: MessageParams = {}): FieldProblem =>
  fieldProblem(field, PLACEMENT_ERRORS, reason, params);

/**
 * Organised group departures (点对点、一站式): an agency forms a roster for a posting the public may see, the posting's
 * employer approves that roster and date (any change afterwards needs the approval again), the group departs, and
 * arrival creates the placements. An agency never creates placements at someone else's posting alone.
 */
@Injectable()
export class PlacementGroupsService {
  constructor(
    @InjectRepository(PlacementGroupEntity) private readonly groups: Repository<PlacementGroupEntity>,
    @InjectRepository(PlacementGroupMemberEntity) private readonly members: Repository<PlacementGroupMemberEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly openings: PostingOpeningsService,
    private readonly placements: PlacementsService,
    private readonly workers: WorkersService,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * `late` is never passed by the API: a process replaying a known past (the demo seeder) forms a group on a past date.
   */
  async create(actor: Actor, input: NewPlacementGroup, late?: LateRecord): Promise<PlacementGroupEntity> {
    if (actor.role !== Role.AGENT || !actor.organizationId) throw new PlacementError(PlacementErrorReason.AGENT_ONLY);
    // Vetted organisations: only an agency the bureau of its region verified organises group departures.
    await this.organizations.requireVerifiedAgent(actor, AgencyAction.ORGANIZE_GROUPS);
    return this.dataSource.transaction(async (manager) => {
      const posting = await this.openings.lock(manager, input.postingId).catch(() => {
        throw new PlacementError(PlacementErrorReason.POSTING_UNKNOWN, { field: 'postingId' });
      });
      const problems = [...(await this.postingProblems(manager, posting)), ...this.detailProblems(input, !late)];
      if (problems.length) throw new InvalidInputError(problems);
      return manager.save(
        manager.create(PlacementGroupEntity, {
          postingId: posting.id,
          agentOrganizationId: actor.organizationId!,
          departureDate: input.departureDate,
          departurePoint: input.departurePoint.trim(),
          transport: input.transport.trim(),
          createdBy: actor.accountId,
        }),
      );
    });
  }

  /** Date, meeting point or transport, while the group has not left; an approved group goes back to FORMING. */
  async update(actor: Actor, groupId: string, changes: PlacementGroupChanges): Promise<PlacementGroupEntity> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.lockOwn(manager, actor, groupId);
      this.requireOpen(group);
      const next = {
        departureDate: changes.departureDate ?? group.departureDate,
        departurePoint: changes.departurePoint ?? group.departurePoint,
        transport: changes.transport ?? group.transport,
      };
      // The date is checked when it changes: an unchanged date of a group still forming is the agency's to move.
      const problems = this.detailProblems(next, changes.departureDate !== undefined);
      if (problems.length) throw new InvalidInputError(problems);
      const changed =
        next.departureDate !== group.departureDate || next.departurePoint.trim() !== group.departurePoint || next.transport.trim() !== group.transport;
      if (!changed) return group;
      Object.assign(group, { departureDate: next.departureDate, departurePoint: next.departurePoint.trim(), transport: next.transport.trim() });
      this.backToForming(group);
      return manager.save(group);
    });
  }

  /** Adds workers the agency may see; the roster can never exceed the posting's openings. An approved group goes back to FORMING. */
  async add(actor: Actor, groupId: string, workerIds: string[]): Promise<PlacementGroupEntity> {
    const unique = [...new Set(workerIds)];
    if (unique.length === 0) throw new PlacementError(PlacementErrorReason.NO_WORKERS, { field: 'workerIds' });
    for (const id of unique) await this.workers.get(actor, id);
    // Only registrations the bureau accepted travel in a group (issue 15, item 4).
    await this.workers.requireMany(unique, 'workerIds');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const group = await this.lockOwn(manager, actor, groupId);
        this.requireOpen(group, PlacementErrorReason.GROUP_NOT_FORMING);
        const posting = await this.openings.lock(manager, group.postingId);
        const postingProblems = await this.postingProblems(manager, posting);
        if (postingProblems.length) throw new InvalidInputError(postingProblems);
        const roster = await manager.countBy(PlacementGroupMemberEntity, { groupId, onRoster: true });
        const already = await manager.findBy(PlacementGroupMemberEntity, { groupId, workerId: In(unique) });
        const added = unique.filter((id) => !already.some((m) => m.workerId === id));
        const openings = posting.headcount - posting.activePlacements;
        if (roster + added.length > openings) {
          throw new PlacementError(PlacementErrorReason.ROSTER_OVER_OPENINGS, { field: 'workerIds', params: { roster: roster + added.length, openings } });
        }
        if (added.length === 0) return group;
        await manager.insert(
          PlacementGroupMemberEntity,
          added.map((workerId) => ({ groupId, workerId })),
        );
        this.backToForming(group);
        return manager.save(group);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_placement_group_members_on_roster'))
        throw new PlacementError(PlacementErrorReason.ALREADY_TRAVELLING, { field: 'workerIds' });
      throw error;
    }
  }

  /**
   * Takes workers off the roster. Before departure an approved group goes back to FORMING; after departure it records
   * who did not travel on (a group whose remaining workers have all arrived is ARRIVED; one with nobody left, CANCELLED).
   */
  async remove(actor: Actor, groupId: string, workerIds: string[]): Promise<PlacementGroupEntity> {
    const unique = [...new Set(workerIds)];
    if (unique.length === 0) throw new PlacementError(PlacementErrorReason.NO_WORKERS, { field: 'workerIds' });
    return this.dataSource.transaction(async (manager) => {
      const group = await this.lockOwn(manager, actor, groupId);
      if (group.status === PlacementGroupStatus.CANCELLED) throw new PlacementError(PlacementErrorReason.GROUP_CANCELLED, { field: 'groupId' });
      if (group.status === PlacementGroupStatus.ARRIVED) throw new PlacementError(PlacementErrorReason.GROUP_NOT_FORMING, { field: 'groupId' });
      const onRoster = await manager.findBy(PlacementGroupMemberEntity, { groupId, onRoster: true });
      if (unique.some((id) => !onRoster.some((m) => m.workerId === id))) throw new PlacementError(PlacementErrorReason.NOT_IN_GROUP, { field: 'workerIds' });
      await manager.delete(PlacementGroupMemberEntity, { groupId, workerId: In(unique) });
      if (group.status === PlacementGroupStatus.DEPARTED) {
        if (onRoster.length === unique.length) {
          const arrived = await manager.countBy(PlacementGroupMemberEntity, { groupId });
          group.status = arrived > 0 ? PlacementGroupStatus.ARRIVED : PlacementGroupStatus.CANCELLED;
          if (arrived === 0) group.cancelledAt = new Date();
        }
      } else {
        this.backToForming(group);
      }
      return manager.save(group);
    });
  }

  /**
   * The posting's employer approves the roster and date as they stand; without it the group cannot depart. `late` (never
   * from the API) replays the approval of a past departure.
   */
  async approve(actor: Actor, groupId: string, late?: LateRecord): Promise<PlacementGroupEntity> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.lock(manager, groupId);
      const posting = await this.openings.lock(manager, group.postingId);
      if (actor.role === Role.ADMIN || !canManagePosting(actor, posting)) throw new PlacementError(PlacementErrorReason.NOT_YOUR_POSTING);
      if (group.status === PlacementGroupStatus.APPROVED) return group;
      if (group.status === PlacementGroupStatus.CANCELLED) throw new PlacementError(PlacementErrorReason.GROUP_CANCELLED, { field: 'groupId' });
      if (group.status !== PlacementGroupStatus.FORMING) throw new PlacementError(PlacementErrorReason.GROUP_ALREADY_DEPARTED, { field: 'groupId' });
      const problems = await this.postingProblems(manager, posting);
      if ((await manager.countBy(PlacementGroupMemberEntity, { groupId, onRoster: true })) === 0)
        problems.push(problem('groupId', PlacementErrorReason.GROUP_EMPTY));
      if (!late && group.departureDate < chinaToday()) problems.push(problem('groupId', PlacementErrorReason.DEPARTURE_IN_PAST, { today: chinaToday() }));
      if (problems.length) throw new InvalidInputError(problems);
      Object.assign(group, { status: PlacementGroupStatus.APPROVED, approvedAt: new Date(), approvedBy: actor.accountId });
      await this.audit.record(
        {
          actorAccountId: actor.accountId,
          action: 'placement_group.approved',
          subjectType: 'placement_group',
          subjectId: group.id,
          after: { departureDate: group.departureDate },
        },
        manager,
      );
      return manager.save(group);
    });
  }

  /** The organising agency calls the group off before it leaves; its workers are free to join another group. */
  async cancel(actor: Actor, groupId: string): Promise<PlacementGroupEntity> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.lockOwn(manager, actor, groupId);
      if (group.status === PlacementGroupStatus.CANCELLED) return group;
      this.requireOpen(group);
      await manager.update(PlacementGroupMemberEntity, { groupId, onRoster: true }, { onRoster: false });
      const before = { status: group.status };
      Object.assign(group, { status: PlacementGroupStatus.CANCELLED, cancelledAt: new Date() });
      await this.audit.record(
        {
          actorAccountId: actor.accountId,
          action: 'placement_group.cancelled',
          subjectType: 'placement_group',
          subjectId: group.id,
          before,
          after: { status: group.status },
        },
        manager,
      );
      return manager.save(group);
    });
  }

  /** An approved group leaves, from the day before its departure date on. `late` (never from the API) replays a past departure. */
  async depart(actor: Actor, groupId: string, late?: LateRecord): Promise<PlacementGroupEntity> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.lockOwn(manager, actor, groupId);
      if (group.status === PlacementGroupStatus.FORMING) throw new PlacementError(PlacementErrorReason.GROUP_NOT_APPROVED, { field: 'groupId' });
      if (group.status === PlacementGroupStatus.CANCELLED) throw new PlacementError(PlacementErrorReason.GROUP_CANCELLED, { field: 'groupId' });
      if (group.status !== PlacementGroupStatus.APPROVED) throw new PlacementError(PlacementErrorReason.GROUP_ALREADY_DEPARTED, { field: 'groupId' });
      const roster = await manager.findBy(PlacementGroupMemberEntity, { groupId, onRoster: true });
      if (roster.length === 0) throw new PlacementError(PlacementErrorReason.GROUP_EMPTY, { field: 'groupId' });
      await this.requireOrganisable(
        actor,
        roster.map((m) => m.workerId),
      );
      const today = chinaToday();
      const earliest = addDays(group.departureDate, -DEPART_DAYS_EARLY);
      if (!late && today < earliest) throw new PlacementError(PlacementErrorReason.DEPARTURE_TOO_EARLY, { field: 'groupId', params: { earliest } });
      Object.assign(group, { status: PlacementGroupStatus.DEPARTED, departedAt: new Date(), departedOn: late ? group.departureDate : today });
      return manager.save(group);
    });
  }

  /**
   * Arrival of some or all of the roster creates their placements (organised, agency recorded); the group is ARRIVED
   * when all have. `arrivedOn` lies between the actual departure day and seven days after the departure date (or after
   * the actual departure, if that was later), and not after today.
   */
  async confirmArrival(actor: Actor, groupId: string, workerIds: string[], arrivedOn: string, late?: LateRecord): Promise<PlacementGroupEntity> {
    const arriving = [...new Set(workerIds)];
    const workers = await this.workers.requireMany(arriving, 'workerIds');
    return this.placements.placing('arrivedOn', () =>
      this.dataSource.transaction(async (manager) => {
        const group = await this.lock(manager, groupId);
        const posting = await this.openings.lock(manager, group.postingId);
        const organiser = actor.role === Role.AGENT && actor.organizationId === group.agentOrganizationId;
        if (!organiser && !canManagePosting(actor, posting)) throw new PlacementError(PlacementErrorReason.NOT_ORGANISER_OR_EMPLOYER);
        if (group.status !== PlacementGroupStatus.DEPARTED) throw new PlacementError(PlacementErrorReason.GROUP_NOT_DEPARTED, { field: 'groupId' });
        const travelling = await manager.findBy(PlacementGroupMemberEntity, { groupId, onRoster: true });
        const problems: FieldProblem[] = [];
        if (!late) problems.push(...arrivalProblems(group, arrivedOn, chinaToday()));
        if (arriving.some((id) => !travelling.some((m) => m.workerId === id))) problems.push(problem('workerIds', PlacementErrorReason.NOT_IN_GROUP));
        if (problems.length) throw new InvalidInputError(problems);
        for (const worker of workers) {
          const workerId = worker.id;
          const placement = await this.placements.place(manager, actor, posting, worker, {
            startDate: arrivedOn,
            contractMonths: posting.contractMonths,
            agentOrganizationId: group.agentOrganizationId,
            groupId: group.id,
            applicationId: null,
            field: 'arrivedOn',
            late: late ? { reason: late.reason, endDate: null, endReason: null } : undefined,
          });
          await manager.update(PlacementGroupMemberEntity, { groupId, workerId }, { onRoster: false, arrivedOn, placementId: placement.id });
          posting.activePlacements += 1;
        }
        if (travelling.length === arriving.length) {
          group.status = PlacementGroupStatus.ARRIVED;
          await manager.save(group);
        }
        return group;
      }),
    );
  }

  async get(actor: Actor, id: string): Promise<PlacementGroupEntity> {
    const group = await this.groups.findOneBy({ id });
    if (!group) throw new PlacementGroupNotFoundError(id);
    const query = this.visible(actor).andWhere('g.id = :id', { id });
    if (await query.getExists()) return group;
    throw new PlacementError(PlacementErrorReason.PLACEMENT_GROUP_HIDDEN);
  }

  /**
   * Groups the caller may see, newest first: an agency its own, an employer those for its postings, a bureau those
   * whose posting or organising agency lies in its jurisdiction, an admin all.
   */
  list(actor: Actor, filter: PlacementGroupFilter, first: number, after?: string): Promise<Page<PlacementGroupEntity>> {
    const query = this.visible(actor);
    if (filter.status) query.andWhere('g.status = :status', { status: filter.status });
    if (filter.postingId) query.andWhere('g.posting_id = :postingId', { postingId: filter.postingId });
    return keysetPage(query, 'g', 'created_at', first, after);
  }

  rosters(groupIds: readonly string[]): Promise<PlacementGroupMemberEntity[]> {
    return groupIds.length ? this.members.find({ where: { groupId: In([...groupIds]) }, order: { addedAt: 'ASC' } }) : Promise.resolve([]);
  }

  private visible(actor: Actor) {
    const query = this.groups.createQueryBuilder('g').innerJoin('postings', 'p', 'p.id = g.posting_id');
    switch (actor.role) {
      case Role.ADMIN:
        return query;
      case Role.AGENT:
        return query.where('g.agent_organization_id = :org', { org: actor.organizationId });
      case Role.EMPLOYER:
        return query.where('p.organization_id = :org', { org: actor.organizationId });
      case Role.BUREAU:
        return query
          .innerJoin('organizations', 'ao', 'ao.id = g.agent_organization_id')
          .where(new Brackets((b) => b.where('p.region_code LIKE :scope').orWhere('ao.region_code LIKE :scope')), {
            scope: `${regionPrefix(actor.regionCode!)}%`,
          });
      default:
        return query.where('FALSE');
    }
  }

  /** A group only for a posting the agency may see: open, not expired, from an organisation the public may see. */
  private async postingProblems(manager: EntityManager, posting: PostingEntity): Promise<FieldProblem[]> {
    const visibility = publicPostingWhere('p', chinaToday());
    const visible = await manager
      .createQueryBuilder()
      .from('postings', 'p')
      .where('p.id = :id', { id: posting.id })
      .andWhere(visibility.condition, visibility.parameters)
      .getExists();
    if (visible) return [];
    return [problem('postingId', posting.status === PostingStatus.OPEN ? PlacementErrorReason.POSTING_NOT_VISIBLE : PlacementErrorReason.POSTING_NOT_OPEN)];
  }

  private detailProblems(details: { departureDate: string; departurePoint: string; transport: string }, checkDate: boolean): FieldProblem[] {
    const problems: FieldProblem[] = [];
    const today = chinaToday();
    if (checkDate && details.departureDate < today) problems.push(problem('departureDate', PlacementErrorReason.DEPARTURE_IN_PAST, { today }));
    if (!details.departurePoint.trim()) problems.push(problem('departurePoint', PlacementErrorReason.DEPARTURE_POINT_REQUIRED));
    if (!details.transport.trim()) problems.push(problem('transport', PlacementErrorReason.TRANSPORT_REQUIRED));
    return problems;
  }

  /** A group that has not left; `left` is the reason once it has (the roster's own reason, or "already departed"). */
  private requireOpen(group: PlacementGroupEntity, left = PlacementErrorReason.GROUP_ALREADY_DEPARTED): void {
    if (group.status === PlacementGroupStatus.CANCELLED) throw new PlacementError(PlacementErrorReason.GROUP_CANCELLED, { field: 'groupId' });
    if (!OPEN_STATUSES.includes(group.status)) throw new PlacementError(left, { field: 'groupId' });
  }

  /** Any change of roster or date after approval needs the employer's approval again. */
  private backToForming(group: PlacementGroupEntity): void {
    if (group.status !== PlacementGroupStatus.APPROVED) return;
    Object.assign(group, { status: PlacementGroupStatus.FORMING, approvedAt: null, approvedBy: null });
  }

  /**
   * Departure turns a roster into a link that opens the worker's record to the agency (travelling together), so it must
   * not outlive the agency's reach: everyone still on the roster has to be someone the agency may see now, without the
   * roster (a consent withdrawn or an entrustment revoked after they were added ends it), with an accepted registration.
   */
  private async requireOrganisable(actor: Actor, workerIds: string[]): Promise<void> {
    const workers = await this.workers.findMany(workerIds);
    const reach = await this.workers.accessTo(actor, workers);
    const count = workers.filter((w) => !reach.has(w.id) || w.registrationStatus !== RegistrationStatus.ACCEPTED).length;
    if (count > 0) throw new PlacementError(PlacementErrorReason.ROSTER_NOT_ORGANISABLE, { field: 'groupId', params: { count } });
  }

  private async lock(manager: EntityManager, id: string): Promise<PlacementGroupEntity> {
    const group = await manager.createQueryBuilder(PlacementGroupEntity, 'g').setLock('pessimistic_write').where('g.id = :id', { id }).getOne();
    if (!group) throw new PlacementGroupNotFoundError(id);
    return group;
  }

  private async lockOwn(manager: EntityManager, actor: Actor, id: string): Promise<PlacementGroupEntity> {
    const group = await this.lock(manager, id);
    if (actor.role !== Role.AGENT || actor.organizationId !== group.agentOrganizationId) throw new PlacementError(PlacementErrorReason.NOT_ORGANISING_AGENCY);
    return group;
  }
}

/**
 * The arrival window: from the day the group actually left (the departure date, or the day before) up to seven days
 * after the departure date, or after the actual departure if the group left late; never after today.
 */
export function arrivalProblems(group: Pick<PlacementGroupEntity, 'departureDate' | 'departedOn'>, arrivedOn: string, today: string): FieldProblem[] {
  const from = group.departedOn ?? group.departureDate;
  const to = addDays(laterOf(group.departureDate, from), ARRIVAL_DAYS_AFTER_DEPARTURE);
  if (arrivedOn > today) return [problem('arrivedOn', PlacementErrorReason.ARRIVAL_IN_FUTURE, { today })];
  if (arrivedOn < from) return [problem('arrivedOn', PlacementErrorReason.ARRIVAL_BEFORE_DEPARTURE, { from })];
  if (arrivedOn > to) return [problem('arrivedOn', PlacementErrorReason.ARRIVAL_OUT_OF_WINDOW, { from, to })];
  return [];
}
