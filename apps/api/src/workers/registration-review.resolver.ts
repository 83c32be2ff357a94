import { Args, Context, Field, ObjectType, Query, Mutation, Resolver } from '@nestjs/graphql';
import { type Actor, Connection, CurrentActor, IdArg, Role, Roles, toConnection } from '@app/common';
import { RegionsService } from '@app/regions';
import { RegistrationReviewService, WorkersService } from '@app/workers';
import { WorkerGate } from './worker-gate.js';
import { Worker } from './worker.type.js';
import { RecordedConsentInput } from './entrustment.types.js';
import { PendingWorkerRegistrationsArgs } from './pending-worker-registrations.args.js';

@ObjectType({ description: 'A registration awaiting the bureau’s review, with a hint when the person seems registered already' })
export class PendingWorkerRegistration {
  @Field(() => Worker)
  worker: Worker;

  @Field({ description: 'An ACCEPTED worker has the same resident ID number: merge into them (mergeWorkerRegistration) rather than accept' })
  likelyAlreadyRegistered: boolean;

  @Field(() => Worker, { nullable: true, description: 'That worker, when the bureau may see them' })
  likelyExistingWorker: Worker | null;
}

@ObjectType()
export class PendingWorkerRegistrationConnection extends Connection(PendingWorkerRegistration, 'PendingWorkerRegistration') {}

/** The bureau's review of registrations by agencies (issue 15, item 4); the decisions live in RegistrationReviewService. */
@Resolver()
export class RegistrationReviewResolver {
  private readonly gate: WorkerGate;

  constructor(
    private readonly review: RegistrationReviewService,
    private readonly registry: WorkersService,
    divisions: RegionsService,
  ) {
    this.gate = new WorkerGate(registry, divisions);
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Query(() => PendingWorkerRegistrationConnection, { description: 'Registrations of the jurisdiction awaiting review (已提交，待核实), oldest first' })
  async pendingWorkerRegistrations(
    @CurrentActor() actor: Actor,
    @Args() args: PendingWorkerRegistrationsArgs,
    @Context() context: object,
  ): Promise<PendingWorkerRegistrationConnection> {
    const page = await this.review.pending(actor, args.first, args.after);
    const existing = await this.review.likelyExisting(page.nodes);
    const existingWorkers = new Map((await this.registry.findMany([...new Set(existing.values())])).map((w) => [w.id, w]));
    const nodes = new Map<string, PendingWorkerRegistration>();
    for (const entity of page.nodes) {
      const match = existing.get(entity.id);
      nodes.set(entity.id, {
        worker: await this.gate.require(context, actor, entity),
        likelyAlreadyRegistered: !!match,
        likelyExistingWorker: match ? await this.gate.one(context, actor, existingWorkers.get(match) ?? null) : null,
      });
    }
    return toConnection(page, (e) => nodes.get(e.id)!);
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Mutation(() => Worker, { description: 'The bureau of the worker’s hukou accepts a registration; its declared categories become verified. Audited.' })
  async acceptWorkerRegistration(@CurrentActor() actor: Actor, @IdArg('workerId') workerId: string, @Context() context: object): Promise<Worker> {
    return this.gate.require(context, actor, await this.review.accept(actor, workerId));
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Mutation(() => Worker, { description: 'The bureau of the worker’s hukou refuses a registration, with a reason the agency sees. Audited.' })
  async rejectWorkerRegistration(
    @CurrentActor() actor: Actor,
    @IdArg('workerId') workerId: string,
    @Args('reason') reason: string,
    @Context() context: object,
  ): Promise<Worker> {
    return this.gate.require(context, actor, await this.review.reject(actor, workerId, reason));
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Mutation(() => Worker, {
    description:
      'The registration names a person already registered: it is marked MERGED into them and the registering agency gains them (by an entrustment with the person’s consent when another agency registered them). Returns the existing worker. Audited.',
  })
  async mergeWorkerRegistration(
    @CurrentActor() actor: Actor,
    @IdArg('registrationId') registrationId: string,
    @IdArg('intoWorkerId') intoWorkerId: string,
    @Args('consent', {
      type: () => RecordedConsentInput,
      nullable: true,
      description:
        'When another agency already holds the person, the registering agency gains them by an entrustment: in force at once with this signed paper consent, otherwise once the person confirms in the app',
    })
    consent: RecordedConsentInput | null,
    @Context() context: object,
  ): Promise<Worker> {
    return this.gate.require(context, actor, await this.review.merge(actor, registrationId, intoWorkerId, consent ?? null));
  }
}
