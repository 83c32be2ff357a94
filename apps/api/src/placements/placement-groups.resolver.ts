import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, requestLoader, Role, Roles, IdArg } from '@app/common';
import { PlacementGroupsService, type PlacementGroupMemberEntity } from '@app/placements';
import { RegionsService } from '@app/regions';
import { WorkersService } from '@app/workers';
import { loadWorker } from '../workers/worker.loader.js';
import { Worker } from '../workers/worker.type.js';
import { PlacementGroup, PlacementGroupMember, toPlacementGroup } from './placement-group.type.js';
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
  @Mutation(() => PlacementGroup, { description: 'The roster can never exceed the posting’s openings; a worker travels with one group at a time' })
  async addToPlacementGroup(@CurrentActor() actor: Actor, @Args('input') input: AddToPlacementGroupInput): Promise<PlacementGroup> {
    return toPlacementGroup(await this.groups.add(actor, input.groupId, input.workerIds));
  }

  @Roles(Role.AGENT)
  @Mutation(() => PlacementGroup)
  async departPlacementGroup(@CurrentActor() actor: Actor, @IdArg('groupId') groupId: string): Promise<PlacementGroup> {
    return toPlacementGroup(await this.groups.depart(actor, groupId));
  }

  @Roles(Role.AGENT, Role.EMPLOYER, Role.BUREAU, Role.ADMIN)
  @Mutation(() => PlacementGroup, { description: 'Arrival creates the organised placements of the workers named' })
  async confirmArrival(@CurrentActor() actor: Actor, @Args('input') input: ConfirmArrivalInput): Promise<PlacementGroup> {
    return toPlacementGroup(await this.groups.confirmArrival(actor, input.groupId, input.workerIds, input.arrivedOn));
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
    return members.map((m) => ({ workerId: m.workerId, travelling: m.travelling, arrivedOn: m.arrivedOn, placementId: m.placementId }));
  }
}

@Resolver(() => PlacementGroupMember)
export class PlacementGroupMembersResolver {
  constructor(
    private readonly workers: WorkersService,
    private readonly divisions: RegionsService,
  ) {}

  @ResolveField(() => Worker, { nullable: true })
  worker(@Parent() member: PlacementGroupMember, @Context() context: object): Promise<Worker | null> {
    return loadWorker(context, this.workers, this.divisions, member.workerId);
  }
}
