import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdNumberRevealLogService } from '@app/audit';
import { type Actor, CurrentActor, Role, Roles, toConnection } from '@app/common';
import { RegionsService } from '@app/regions';
import { WorkersService } from '@app/workers';
import { IdNumberReveal, IdNumberRevealConnection, IdNumberRevealsArgs, toIdNumberReveal } from './id-reveals.types.js';
import { WorkerGate } from './worker-gate.js';
import { Worker } from './worker.type.js';

/** 身份证查看记录: who saw which worker's full ID number, when and why, for the bureau of the workers' jurisdiction. */
@Resolver(() => IdNumberReveal)
export class IdRevealsResolver {
  private readonly gate: WorkerGate;

  constructor(
    private readonly log: IdNumberRevealLogService,
    workers: WorkersService,
    divisions: RegionsService,
  ) {
    this.gate = new WorkerGate(workers, divisions);
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Query(() => IdNumberRevealConnection, {
    description:
      'Every revealIdNumber of workers whose hukou lies in the region (a bureau: its jurisdiction, the default), newest first, from the audit log; never the number',
  })
  async idNumberReveals(@CurrentActor() actor: Actor, @Args() args: IdNumberRevealsArgs): Promise<IdNumberRevealConnection> {
    return toConnection(await this.log.list(actor, args.filter?.regionCode, args.first, args.after), toIdNumberReveal);
  }

  @ResolveField(() => Worker, { nullable: true, description: 'Whose number it was, as you may see them (a bureau: name and masked ID)' })
  worker(@Parent() reveal: IdNumberReveal, @CurrentActor() actor: Actor, @Context() context: object): Promise<Worker | null> {
    return this.gate.byId(context, actor, reveal.workerId);
  }
}
