import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, Role, Roles, toConnection } from '@app/common';
import { OrganizationsService } from '@app/organizations';
import { RegionsService } from '@app/regions';
import { EntrustmentsService, WorkersService } from '@app/workers';
import { loadOrganization } from '../organizations/organization.loader.js';
import { Organization } from '../organizations/organization.type.js';
import {
  Entrustment,
  EntrustmentConnection,
  EntrustmentIdInput,
  type EntrustmentNode,
  EntrustmentsArgs,
  EntrustWorkersInput,
  RevokeEntrustmentInput,
  toEntrustment,
} from './entrustment.types.js';
import { WorkerGate } from './worker-gate.js';
import { Worker } from './worker.type.js';

@Resolver(() => Entrustment)
export class EntrustmentsResolver {
  constructor(
    private readonly service: EntrustmentsService,
    private readonly workers: WorkersService,
    private readonly organizations: OrganizationsService,
    private readonly regions: RegionsService,
  ) {}

  @Roles(Role.BUREAU, Role.ADMIN)
  @Mutation(() => [Entrustment], {
    description:
      'The bureau of the workers’ hukou entrusts them to a verified agency (audited), all or none: in force at once with a signed paper consent, else PENDING_CONSENT until each worker confirms in the app',
  })
  async entrustWorkers(@CurrentActor() actor: Actor, @Args('input') input: EntrustWorkersInput): Promise<EntrustmentNode[]> {
    const consent = input.consent ? { kind: input.consent.kind, signedOn: input.consent.signedOn ?? null } : null;
    return (await this.service.entrust(actor, input.agencyId, input.workerIds, consent)).map(toEntrustment);
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Mutation(() => [Entrustment], { description: 'The bureau of the workers’ hukou ends their live entrustments to the agency (REVOKED, audited), all or none' })
  async revokeEntrustment(@CurrentActor() actor: Actor, @Args('input') input: RevokeEntrustmentInput): Promise<EntrustmentNode[]> {
    return (await this.service.revoke(actor, input.agencyId, input.workerIds)).map(toEntrustment);
  }

  @Roles(Role.WORKER)
  @Mutation(() => Entrustment, { description: 'The worker consents in the app to an entrustment waiting for it (ACTIVE, IN_APP; audited)' })
  async confirmEntrustment(@CurrentActor() actor: Actor, @Args('input') input: EntrustmentIdInput): Promise<EntrustmentNode> {
    return toEntrustment(await this.service.confirm(actor, input.entrustmentId));
  }

  @Roles(Role.WORKER)
  @Mutation(() => Entrustment, {
    description: 'The worker declines a waiting entrustment or withdraws their consent (WITHDRAWN; audited): the agency’s reach ends at once',
  })
  async withdrawEntrustment(@CurrentActor() actor: Actor, @Args('input') input: EntrustmentIdInput): Promise<EntrustmentNode> {
    return toEntrustment(await this.service.withdraw(actor, input.entrustmentId));
  }

  @Roles(Role.WORKER, Role.AGENT, Role.BUREAU, Role.ADMIN)
  @Query(() => EntrustmentConnection, { description: 'Newest first: a worker’s own, an agency’s own, a bureau’s jurisdiction’s (by the worker’s hukou)' })
  async entrustments(@CurrentActor() actor: Actor, @Args() args: EntrustmentsArgs): Promise<EntrustmentConnection> {
    return toConnection(await this.service.list(actor, args.filter ?? {}, args.first, args.after), toEntrustment) as EntrustmentConnection;
  }

  @ResolveField(() => Worker, { nullable: true })
  worker(@Parent() entrustment: EntrustmentNode, @CurrentActor() actor: Actor, @Context() context: object): Promise<Worker | null> {
    return new WorkerGate(this.workers, this.regions).byId(context, actor, entrustment.workerId);
  }

  @ResolveField(() => Organization, { nullable: true })
  agency(@Parent() entrustment: EntrustmentNode, @Context() context: object): Promise<Organization | null> {
    return loadOrganization(context, this.organizations, entrustment.agencyId);
  }
}
