import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  type Actor,
  commonProblem,
  CurrentActor,
  FieldReason,
  IdArg,
  InvalidInputError,
  isCalendarMonth,
  requestLoader,
  Role,
  Roles,
  toConnection,
} from '@app/common';
import { OrganizationsService } from '@app/organizations';
import { type EmploymentConfirmationEntity, PlacementsService } from '@app/placements';
import { socialInsuranceMonths, stableMonths } from '@app/subsidies';
import { RegionsService } from '@app/regions';
import { WorkersService } from '@app/workers';
import { loadOrganization } from '../organizations/organization.loader.js';
import { Organization } from '../organizations/organization.type.js';
import { WorkerGate } from '../workers/worker-gate.js';
import { Worker } from '../workers/worker.type.js';
import {
  CancelPlacementInput,
  ConfirmEmploymentInput,
  ConfirmEmploymentsInput,
  EndPlacementInput,
  HireInput,
  PlacementsArgs,
  RecordHistoricalPlacementInput,
} from './placement.inputs.js';
import {
  ConfirmEmploymentsResult,
  EmploymentConfirmation,
  Placement,
  PlacementConnection,
  toConfirmEmploymentsResult,
  toConfirmation,
  toPlacement,
} from './placement.type.js';

@Resolver(() => Placement)
export class PlacementsResolver {
  constructor(
    private readonly placementsService: PlacementsService,
    private readonly workers: WorkersService,
    private readonly organizations: OrganizationsService,
    private readonly divisions: RegionsService,
  ) {}

  @Roles(Role.EMPLOYER, Role.BUREAU, Role.ADMIN)
  @Mutation(() => Placement, { description: 'The posting’s employer hires an applicant; refused when no opening is left or a welfare-post rule would break' })
  async hire(@CurrentActor() actor: Actor, @Args('input') input: HireInput): Promise<Placement> {
    return toPlacement(await this.placementsService.hire(actor, input.applicationId, input.startDate, input.contractMonths));
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Mutation(() => Placement, {
    description:
      'A bureau of the worker’s jurisdiction records a past placement (补录): marked recordedLate and audited; the employer then confirms its months',
  })
  async recordHistoricalPlacement(@CurrentActor() actor: Actor, @Args('input') input: RecordHistoricalPlacementInput): Promise<Placement> {
    return toPlacement(
      await this.placementsService.recordHistorical(actor, {
        workerId: input.workerId,
        postingId: input.postingId,
        agencyId: input.agencyId ?? null,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        endReason: input.endReason ?? null,
        contractMonths: input.contractMonths,
        reason: input.reason,
      }),
    );
  }

  @Roles(Role.EMPLOYER, Role.BUREAU, Role.ADMIN)
  @Mutation(() => Placement, {
    description: 'CANCELLED: by the employer before the start or within 31 days after it, by a bureau any time with a reason; the opening returns (audited)',
  })
  async cancelPlacement(@CurrentActor() actor: Actor, @Args('input') input: CancelPlacementInput): Promise<Placement> {
    return toPlacement(await this.placementsService.cancel(actor, input.placementId, input.reason ?? null));
  }

  @Roles(Role.EMPLOYER, Role.AGENT, Role.BUREAU, Role.ADMIN)
  @Mutation(() => Placement)
  async endPlacement(@CurrentActor() actor: Actor, @Args('input') input: EndPlacementInput): Promise<Placement> {
    return toPlacement(await this.placementsService.end(actor, input.placementId, input.endDate, input.reason));
  }

  @Roles(Role.EMPLOYER, Role.AGENT, Role.BUREAU, Role.ADMIN)
  @Mutation(() => EmploymentConfirmation, { description: 'One record per placement and month; a repeat corrects it (audited)' })
  async confirmEmployment(@CurrentActor() actor: Actor, @Args('input') input: ConfirmEmploymentInput): Promise<EmploymentConfirmation> {
    const { confirmation } = await this.placementsService.confirm(actor, { ...input, monthlyWage: input.monthlyWage ?? null });
    return toConfirmation(confirmation);
  }

  @Roles(Role.EMPLOYER, Role.BUREAU, Role.ADMIN)
  @Mutation(() => ConfirmEmploymentsResult, {
    description:
      'A whole month at once (月度确认): each item is confirmed or refused on its own, by exactly the rules of confirmEmployment (a repeat corrects, audited); 1 to 500 items',
  })
  async confirmEmployments(@CurrentActor() actor: Actor, @Args('input') input: ConfirmEmploymentsInput): Promise<ConfirmEmploymentsResult> {
    const items = input.items.map((item) => ({ ...item, monthlyWage: item.monthlyWage ?? null }));
    const outcomes = await this.placementsService.confirmMany(actor, input.month, items);
    return toConfirmEmploymentsResult(
      input.month,
      items.map((i) => i.placementId),
      outcomes,
    );
  }

  @Query(() => Placement)
  async placement(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Placement> {
    return toPlacement(await this.placementsService.get(actor, id));
  }

  @Query(() => PlacementConnection)
  async placements(@CurrentActor() actor: Actor, @Args() args: PlacementsArgs): Promise<PlacementConnection> {
    return toConnection(await this.placementsService.list(actor, args.filter ?? {}, args.first, args.after), toPlacement);
  }

  private confirmationsOf(context: object, placementId: string): Promise<EmploymentConfirmationEntity[]> {
    return requestLoader<string, EmploymentConfirmationEntity[]>(context, 'placement.confirmations', async (ids) => {
      const byPlacement = await this.placementsService.confirmationsOf(ids);
      return ids.map((id) => byPlacement.get(id) ?? []);
    }).load(placementId);
  }

  @ResolveField(() => [EmploymentConfirmation])
  async confirmations(@Parent() placement: Placement, @Context() context: object): Promise<EmploymentConfirmation[]> {
    return (await this.confirmationsOf(context, placement.id)).map(toConfirmation);
  }

  @ResolveField(() => EmploymentConfirmation, {
    nullable: true,
    description: 'The record of one month (YYYY-MM), e.g. the month before to pre-fill 月工资 and 已缴社保; null when none. Batched with confirmations.',
  })
  async confirmationFor(@Parent() placement: Placement, @Args('month') month: string, @Context() context: object): Promise<EmploymentConfirmation | null> {
    if (!isCalendarMonth(month)) throw new InvalidInputError([commonProblem('month', FieldReason.INVALID_MONTH)]);
    const found = (await this.confirmationsOf(context, placement.id)).find((c) => c.month === month);
    return found ? toConfirmation(found) : null;
  }

  @ResolveField(() => Int, { description: '稳定就业月数: consecutive confirmed employed months from the start month' })
  async stableMonths(@Parent() placement: Placement, @Context() context: object): Promise<number> {
    return stableMonths(placement.startDate, placement.endDate, await this.confirmationsOf(context, placement.id));
  }

  @ResolveField(() => Int, { description: 'Months with social insurance paid' })
  async socialInsuranceMonths(@Parent() placement: Placement, @Context() context: object): Promise<number> {
    return socialInsuranceMonths(placement.startDate, placement.endDate, await this.confirmationsOf(context, placement.id));
  }

  @ResolveField(() => Worker, { nullable: true, description: 'Null when you may not see the worker (docs/api.md "Personal data by role")' })
  worker(@Parent() placement: Placement, @CurrentActor() actor: Actor, @Context() context: object): Promise<Worker | null> {
    // Null when the caller may not see this worker (the one worker check), even though it may see the placement.
    return new WorkerGate(this.workers, this.divisions).byId(context, actor, placement.workerId);
  }

  @ResolveField(() => Organization, { nullable: true })
  employer(@Parent() placement: Placement, @Context() context: object): Promise<Organization | null> {
    return loadOrganization(context, this.organizations, placement.employerOrganizationId);
  }

  @ResolveField(() => Organization, { nullable: true, description: 'The organising agency' })
  agent(@Parent() placement: Placement, @Context() context: object): Promise<Organization | null> {
    return loadOrganization(context, this.organizations, placement.agentOrganizationId);
  }
}
