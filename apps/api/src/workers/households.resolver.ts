import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, requestLoader } from '@app/common';
import { RegionsService } from '@app/regions';
import { type WorkerEntity, SeekingStatus, WorkersService } from '@app/workers';
import { toRegion } from '../regions/region.mapper.js';
import { Region } from '../regions/region.type.js';
import { WorkerGate } from './worker-gate.js';
import { Household, Worker } from './worker.type.js';

@Resolver(() => Household)
export class HouseholdsResolver {
  private readonly gate: WorkerGate;

  constructor(
    private readonly registry: WorkersService,
    private readonly divisions: RegionsService,
  ) {
    this.gate = new WorkerGate(registry, divisions);
  }

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

  @ResolveField(() => [Worker], {
    description: 'The members you may see (the worker gate, as everywhere): a bureau of the county all, an agency or employer only those it may see',
  })
  async members(@Parent() household: Household, @CurrentActor() actor: Actor, @Context() context: object): Promise<Worker[]> {
    return this.gate.visible(context, actor, await this.loadMembers(context, household.id));
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Whether any member is currently employed (a household with none is a 零就业家庭): for bureaus of the county and ADMIN; null for everyone else',
  })
  async hasEmployedMember(@Parent() household: Household, @Context() context: object): Promise<boolean | null> {
    if (!household.wholeHousehold) return null;
    return (await this.loadMembers(context, household.id)).some((w) => w.seekingStatus === SeekingStatus.EMPLOYED);
  }
}
