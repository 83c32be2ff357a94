import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, requestLoader, Role, Roles } from '@app/common';
import { type PlacementFollowUpEntity, PlacementsService } from '@app/placements';
import { PlacementFollowUp, RecordFollowUpInput, toFollowUp } from './follow-up.type.js';
import { Placement } from './placement.type.js';

/** Follow-ups (跟踪回访): recorded by the organising agency, listed on the placement for the agency, the employer and the bureau. */
@Resolver(() => Placement)
export class PlacementFollowUpsResolver {
  constructor(private readonly placementsService: PlacementsService) {}

  @Roles(Role.AGENT)
  @Mutation(() => PlacementFollowUp, {
    description: 'The organising agency records a follow-up (跟踪回访); it never writes or overwrites a monthly confirmation (the employer’s attestation)',
  })
  async recordFollowUp(@CurrentActor() actor: Actor, @Args('input') input: RecordFollowUpInput): Promise<PlacementFollowUp> {
    return toFollowUp(await this.placementsService.recordFollowUp(actor, { ...input, stillEmployed: input.stillEmployed ?? null }));
  }

  @ResolveField(() => [PlacementFollowUp], {
    description: 'The organising agency’s follow-ups, latest contact first: for the agency, the employer, the bureau and ADMIN (empty for the worker)',
  })
  async followUps(@CurrentActor() actor: Actor, @Parent() placement: Placement, @Context() context: object): Promise<PlacementFollowUp[]> {
    if (actor.role === Role.WORKER) return [];
    const rows = await requestLoader<string, PlacementFollowUpEntity[]>(context, 'placement.followUps', async (ids) => {
      const byPlacement = await this.placementsService.followUpsOf(ids);
      return ids.map((id) => byPlacement.get(id) ?? []);
    }).load(placement.id);
    return rows.map(toFollowUp);
  }
}
