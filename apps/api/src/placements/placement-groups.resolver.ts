import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, requestLoader, Role, Roles, IdArg, toConnection } from '@app/common';
import { PlacementGroupsService, PlacementGroupStatus, type PlacementGroupMemberEntity } from '@app/placements';
import { RegionsService } from '@app/regions';
import { WorkersService } from '@app/workers';
import { WorkerGate } from '../workers/worker-gate.js';
import { Worker } from '../workers/worker.type.js';
import { PlacementGroupsArgs, RemoveFromPlacementGroupInput, UpdatePlacementGroupInput } from './placement-group.inputs.js';
import { PlacementGroup, PlacementGroupConnection, PlacementGroupMember, toPlacementGroup } from './placement-group.type.js';
import { AddToPlacementGroupInput, ConfirmArrivalInput, CreatePlacementGroupInput } from './placement.inputs.js';

@Resolver(() => PlacementGroup)
export class PlacementGroupsResolver {
  constructor(private readonly groups: PlacementGroupsService) {}

  @Roles(Role.AGENT)
  @Mutation(() => PlacementGroup)
  async createPlacementGroup(@CurrentActor() actor: Actor, @Args('input') input: CreatePlacementGroupInput): Promise<PlacementGroup> {
    return toPlacementGroup(await this.groups.create(actor, input));
  }

  @Roles(Role.AGENT)
  @Mutation(() => PlacementGroup, {
    description: 'Date (not in the past), meeting point, transport while FORMING or APPROVED; an approved group goes back to FORMING',
  })
  async updatePlacementGroup(@CurrentActor() actor: Actor, @Args('input') input: UpdatePlacementGroupInput): Promise<PlacementGroup> {
    const { groupId, ...changes } = input;
    return toPlacementGroup(await this.groups.update(actor, groupId, changes));
  }

  @Roles(Role.AGENT)
  @Mutation(() => PlacementGroup, {
    description: 'The roster can never exceed the posting’s openings; a worker is on one open roster at a time; an approved group goes back to FORMING',
  })
  async addToPlacementGroup(@CurrentActor() actor: Actor, @Args('input') input: AddToPlacementGroupInput): Promise<PlacementGroup> {
    return toPlacementGroup(await this.groups.add(actor, input.groupId, input.workerIds));
  }

  @Roles(Role.AGENT)
  @Mutation(() => PlacementGroup, {
    description: 'Before departure an approved group goes back to FORMING; after departure it records who did not travel on',
  })
  async removeFromPlacementGroup(@CurrentActor() actor: Actor, @Args('input') input: RemoveFromPlacementGroupInput): Promise<PlacementGroup> {
    return toPlacementGroup(await this.groups.remove(actor, input.groupId, input.workerIds));
  }

  @Roles(Role.EMPLOYER, Role.BUREAU)
  @Mutation(() => PlacementGroup, { description: 'The posting’s employer approves the roster and date; required before the group departs' })
  async approvePlacementGroup(@CurrentActor() actor: Actor, @IdArg('groupId') groupId: string): Promise<PlacementGroup> {
    return toPlacementGroup(await this.groups.approve(actor, groupId));
  }

  @Roles(Role.AGENT)
  @Mutation(() => PlacementGroup, { description: 'The organising agency calls off a group that has not left' })
  async cancelPlacementGroup(@CurrentActor() actor: Actor, @IdArg('groupId') groupId: string): Promise<PlacementGroup> {
    return toPlacementGroup(await this.groups.cancel(actor, groupId));
  }

  @Roles(Role.AGENT)
  @Mutation(() => PlacementGroup, { description: 'An APPROVED group leaves, from the day before its departure date on' })
  async departPlacementGroup(@CurrentActor() actor: Actor, @IdArg('groupId') groupId: string): Promise<PlacementGroup> {
    return toPlacementGroup(await this.groups.depart(actor, groupId));
  }

  @Roles(Role.AGENT, Role.EMPLOYER, Role.BUREAU, Role.ADMIN)
  @Mutation(() => PlacementGroup, { description: 'Arrival creates the organised placements of the workers named' })
  async confirmArrival(@CurrentActor() actor: Actor, @Args('input') input: ConfirmArrivalInput): Promise<PlacementGroup> {
    return toPlacementGroup(await this.groups.confirmArrival(actor, input.groupId, input.workerIds, input.arrivedOn));
  }

  @Roles(Role.AGENT, Role.EMPLOYER, Role.BUREAU, Role.ADMIN)
  @Query(() => PlacementGroupConnection, {
    description: 'An agency’s own groups, an employer’s groups for its postings, a bureau’s whose posting or agency lies in its jurisdiction',
  })
  async placementGroups(@CurrentActor() actor: Actor, @Args() args: PlacementGroupsArgs): Promise<PlacementGroupConnection> {
    return toConnection(await this.groups.list(actor, args.filter ?? {}, args.first, args.after), toPlacementGroup);
  }

  @Query(() => PlacementGroup)
  async placementGroup(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<PlacementGroup> {
    return toPlacementGroup(await this.groups.get(actor, id));
  }

  @ResolveField(() => [PlacementGroupMember])
  async roster(@Parent() group: PlacementGroup, @Context() context: object): Promise<PlacementGroupMember[]> {
    const members = await requestLoader<string, PlacementGroupMemberEntity[]>(context, 'group.roster', async (ids) => {
      const rows = await this.groups.rosters(ids);
      return ids.map((id) => rows.filter((m) => m.groupId === id));
    }).load(group.id);
    // Travelling means on the way: a roster still FORMING or APPROVED has not left.
    const onTheWay = group.status === PlacementGroupStatus.DEPARTED;
    return members.map((m) => ({ workerId: m.workerId, travelling: onTheWay && m.onRoster, arrivedOn: m.arrivedOn, placementId: m.placementId }));
  }
}

@Resolver(() => PlacementGroupMember)
export class PlacementGroupMembersResolver {
  constructor(
    private readonly workers: WorkersService,
    private readonly divisions: RegionsService,
  ) {}

  @ResolveField(() => Worker, { nullable: true, description: 'Null when you may not see the worker (docs/api.md "Personal data by role")' })
  worker(@Parent() member: PlacementGroupMember, @CurrentActor() actor: Actor, @Context() context: object): Promise<Worker | null> {
    // Null when the caller may not see this worker (the one worker check), even though it may see the member.
    return new WorkerGate(this.workers, this.divisions).byId(context, actor, member.workerId);
  }
}
