import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, Role, Roles, toConnection } from '@app/common';
import { ApplicationsService } from '@app/placements';
import { RegionsService } from '@app/regions';
import { WorkersService } from '@app/workers';
import { WorkerGate } from '../workers/worker-gate.js';
import { Worker } from '../workers/worker.type.js';
import { Application, ApplicationConnection, toApplication } from './application.type.js';
import { ApplicationsArgs, ApplyToPostingInput, NominateWorkersInput, RejectApplicationInput, WithdrawApplicationInput } from './placement.inputs.js';

@Resolver(() => Application)
export class ApplicationsResolver {
  constructor(
    private readonly applicationsService: ApplicationsService,
    private readonly workers: WorkersService,
    private readonly divisions: RegionsService,
  ) {}

  @Roles(Role.WORKER)
  @Mutation(() => Application)
  async applyToPosting(@CurrentActor() actor: Actor, @Args('input') input: ApplyToPostingInput): Promise<Application> {
    return toApplication(await this.applicationsService.apply(actor, input.postingId));
  }

  @Roles(Role.AGENT)
  @Mutation(() => [Application], { description: 'An agent puts forward workers its agency registered; the agency organises any resulting placement' })
  async nominateWorkers(@CurrentActor() actor: Actor, @Args('input') input: NominateWorkersInput): Promise<Application[]> {
    return (await this.applicationsService.nominate(actor, input.postingId, input.workerIds)).map(toApplication);
  }

  @Roles(Role.EMPLOYER, Role.BUREAU, Role.ADMIN)
  @Mutation(() => Application)
  async rejectApplication(@CurrentActor() actor: Actor, @Args('input') input: RejectApplicationInput): Promise<Application> {
    return toApplication(await this.applicationsService.reject(actor, input.applicationId, input.reason));
  }

  @Roles(Role.WORKER, Role.AGENT)
  @Mutation(() => Application)
  async withdrawApplication(@CurrentActor() actor: Actor, @Args('input') input: WithdrawApplicationInput): Promise<Application> {
    return toApplication(await this.applicationsService.withdraw(actor, input.applicationId));
  }

  @Query(() => ApplicationConnection, { description: 'A worker’s own, an employer’s postings’, an agency’s nominations, a bureau’s jurisdiction' })
  async applications(@CurrentActor() actor: Actor, @Args() args: ApplicationsArgs): Promise<ApplicationConnection> {
    return toConnection(await this.applicationsService.list(actor, args.filter ?? {}, args.first, args.after), toApplication);
  }

  @ResolveField(() => Worker, { nullable: true, description: 'Null when you may not see the worker (docs/api.md "Personal data by role")' })
  worker(@Parent() application: Application, @CurrentActor() actor: Actor, @Context() context: object): Promise<Worker | null> {
    // Null when the caller may not see this worker (the one worker check), even though it may see the application.
    return new WorkerGate(this.workers, this.divisions).byId(context, actor, application.workerId);
  }
}
