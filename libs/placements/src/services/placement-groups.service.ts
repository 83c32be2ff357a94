import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { type Actor, canSeeRegion, isUniqueViolation, Role } from '@app/common';
import { AgencyAction, OrganizationsService } from '@app/organizations';
import { canManagePosting, PostingOpeningsService, PostingStatus } from '@app/postings';
import { WorkersService } from '@app/workers';
import { PlacementGroupMemberEntity } from '../entities/placement-group-member.entity.js';
import { PlacementGroupEntity } from '../entities/placement-group.entity.js';
import { PlacementGroupStatus } from '../placement-enums.js';
import { PlacementError, PlacementErrorReason, PlacementGroupNotFoundError } from '../placement.exception.js';
import { type LateRecord, PlacementsService } from './placements.service.js';

export interface NewPlacementGroup {
  postingId: string;
  departureDate: string;
  departurePoint: string;
  transport: string;
}

/** Organised group departures (点对点、一站式): an agency forms a roster for one posting, departs, and arrival creates the placements. */
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
  ) {}

  async create(actor: Actor, input: NewPlacementGroup): Promise<PlacementGroupEntity> {
    if (actor.role !== Role.AGENT || !actor.organizationId) throw new PlacementError(PlacementErrorReason.AGENT_ONLY);
    // Vetted organisations: only an agency the bureau of its region verified organises group departures.
    await this.organizations.requireVerifiedAgent(actor, AgencyAction.ORGANIZE_GROUPS);
    return this.dataSource.transaction(async (manager) => {
      const posting = await this.openings.lock(manager, input.postingId).catch(() => {
        throw new PlacementError(PlacementErrorReason.POSTING_UNKNOWN, { field: 'postingId' });
      });
      if (posting.status !== PostingStatus.OPEN) throw new PlacementError(PlacementErrorReason.POSTING_NOT_OPEN, { field: 'postingId' });
      if (!input.departurePoint.trim()) throw new PlacementError(PlacementErrorReason.DEPARTURE_POINT_REQUIRED, { field: 'departurePoint' });
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

  /** Adds workers the agency may see; the roster can never exceed the posting's openings. */
  async add(actor: Actor, groupId: string, workerIds: string[]): Promise<PlacementGroupEntity> {
    const unique = [...new Set(workerIds)];
    if (unique.length === 0) throw new PlacementError(PlacementErrorReason.NO_WORKERS, { field: 'workerIds' });
    for (const id of unique) await this.workers.get(actor, id);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const group = await this.lockOwn(manager, actor, groupId);
        if (group.status !== PlacementGroupStatus.FORMING) throw new PlacementError(PlacementErrorReason.GROUP_NOT_FORMING, { field: 'groupId' });
        const posting = await this.openings.lock(manager, group.postingId);
        const roster = await manager.countBy(PlacementGroupMemberEntity, { groupId, travelling: true });
        const already = await manager.findBy(PlacementGroupMemberEntity, { groupId, workerId: In(unique) });
        const added = unique.filter((id) => !already.some((m) => m.workerId === id));
        const openings = posting.headcount - posting.activePlacements;
        if (roster + added.length > openings) {
          throw new PlacementError(PlacementErrorReason.ROSTER_OVER_OPENINGS, { field: 'workerIds', params: { roster: roster + added.length, openings } });
        }
        if (added.length)
          await manager.insert(
            PlacementGroupMemberEntity,
            added.map((workerId) => ({ groupId, workerId })),
          );
        return group;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_placement_group_members_travelling'))
        throw new PlacementError(PlacementErrorReason.ALREADY_TRAVELLING, { field: 'workerIds' });
      throw error;
    }
  }

  async depart(actor: Actor, groupId: string): Promise<PlacementGroupEntity> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.lockOwn(manager, actor, groupId);
      if (group.status !== PlacementGroupStatus.FORMING) throw new PlacementError(PlacementErrorReason.GROUP_NOT_FORMING, { field: 'groupId' });
      if ((await manager.countBy(PlacementGroupMemberEntity, { groupId })) === 0)
        throw new PlacementError(PlacementErrorReason.GROUP_EMPTY, { field: 'groupId' });
      Object.assign(group, { status: PlacementGroupStatus.DEPARTED, departedAt: new Date() });
      return manager.save(group);
    });
  }

  /** Arrival of some or all of the roster creates their placements (organised, agency recorded); the group is ARRIVED when all have. */
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
        if (arrivedOn < group.departureDate) throw new PlacementError(PlacementErrorReason.ARRIVAL_BEFORE_DEPARTURE, { field: 'arrivedOn' });
        const travelling = await manager.findBy(PlacementGroupMemberEntity, { groupId, travelling: true });
        const strangers = arriving.filter((id) => !travelling.some((m) => m.workerId === id));
        if (strangers.length) throw new PlacementError(PlacementErrorReason.NOT_IN_GROUP, { field: 'workerIds' });
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
          await manager.update(PlacementGroupMemberEntity, { groupId, workerId }, { travelling: false, arrivedOn, placementId: placement.id });
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
    const organiser = actor.role === Role.AGENT && actor.organizationId === group.agentOrganizationId;
    if (organiser || actor.role === Role.ADMIN) return group;
    if (actor.role === Role.EMPLOYER || actor.role === Role.BUREAU) {
      const posting = await this.dataSource.transaction((manager) => this.openings.lock(manager, group.postingId));
      if (actor.role === Role.EMPLOYER && canManagePosting(actor, posting)) return group;
      if (actor.role === Role.BUREAU && canSeeRegion(actor, posting.regionCode)) return group;
    }
    throw new PlacementError(PlacementErrorReason.PLACEMENT_GROUP_HIDDEN);
  }

  rosters(groupIds: readonly string[]): Promise<PlacementGroupMemberEntity[]> {
    return groupIds.length ? this.members.find({ where: { groupId: In([...groupIds]) }, order: { addedAt: 'ASC' } }) : Promise.resolve([]);
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
