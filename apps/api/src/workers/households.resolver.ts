import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, requestLoader, Role } from '@app/common';
import { RegionsService } from '@app/regions';
import { type WorkerEntity, SeekingStatus, WorkersService } from '@app/workers';
import { toRegion } from '../regions/region.mapper.js';
import { Region } from '../regions/region.type.js';
import { Household, toWorker, Worker } from './worker.type.js';

@Resolver(() => Household)
export class HouseholdsResolver {
  constructor(
    private readonly registry: WorkersService,
    private readonly divisions: RegionsService,
  ) {}

  private loadMembers(context: object, householdId: string): Promise<WorkerEntity[]> {
    const loader = requestLoader<string, WorkerEntity[]>(context, 'household.members', async (ids) => {
      const rows = await this.registry.householdMembers(ids);
      return ids.map((id) => rows.filter((w) => w.householdId === id));
    });
    return loader.load(householdId);
  }

  @ResolveField(() => Region)
  hukouRegion(@Parent() household: Household): Region {
    return toRegion(this.divisions.find(household.hukouRegionCode)!, this.divisions);
  }

  @ResolveField(() => [Worker], { description: 'All members for the bureau; others see only the members they may see' })
  async members(@Parent() household: Household, @CurrentActor() actor: Actor, @Context() context: object): Promise<Worker[]> {
    const all = await this.loadMembers(context, household.id);
    const staff = actor.role === Role.ADMIN || actor.role === Role.BUREAU;
    const visible = staff ? all : all.filter((w) => w.id === actor.workerId);
    return visible.map((w) => toWorker(w, toRegion(this.divisions.find(w.hukouRegionCode)!, this.divisions)));
  }

  @ResolveField(() => Boolean, { description: 'Whether any member is currently employed (a household with none is a 零就业家庭)' })
  async hasEmployedMember(@Parent() household: Household, @Context() context: object): Promise<boolean> {
    return (await this.loadMembers(context, household.id)).some((w) => w.seekingStatus === SeekingStatus.EMPLOYED);
  }
}
