import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, chinaToday, CurrentActor, IdArg, requestLoader, Role, Roles, toConnection } from '@app/common';
import { RegionsService } from '@app/regions';
import { maskMobile, WorkerCategory, type WorkerEntity, WorkersService } from '@app/workers';
import { toRegion } from '../regions/region.mapper.js';
import { RegisterWorkerInput } from './register-worker.input.js';
import { SetWorkerCategoriesInput } from './set-worker-categories.input.js';
import { UpdateWorkerInput } from './update-worker.input.js';
import { VerifyWorkerCategoriesInput } from './verify-worker-categories.input.js';
import { toWorker, Worker, WorkerConnection } from './worker.type.js';
import { ReturneesArgs, WorkersArgs } from './workers.args.js';

@Resolver(() => Worker)
export class WorkersResolver {
  constructor(
    private readonly registry: WorkersService,
    private readonly divisions: RegionsService,
  ) {}

  private map(entity: WorkerEntity): Worker {
    return toWorker(entity, toRegion(this.divisions.find(entity.hukouRegionCode)!, this.divisions));
  }

  @Roles(Role.BUREAU, Role.AGENT, Role.ADMIN)
  @Mutation(() => Worker, { description: 'A bureau registers workers of its jurisdiction; an agent registers workers for its agency' })
  async registerWorker(@CurrentActor() actor: Actor, @Args('input') input: RegisterWorkerInput): Promise<Worker> {
    return this.map(await this.registry.register(actor, input));
  }

  @Query(() => Worker)
  async worker(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Worker> {
    return this.map(await this.registry.get(actor, id));
  }

  @Query(() => WorkerConnection, { description: 'Workers the caller may see: a bureau its jurisdiction, an agent its own, a worker themself' })
  async workers(@CurrentActor() actor: Actor, @Args() args: WorkersArgs): Promise<WorkerConnection> {
    const page = await this.registry.list(actor, args.filter ?? {}, args.first, args.after);
    return toConnection(page, (w) => this.map(w));
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Query(() => WorkerConnection, { description: 'Workers of the region who came home from a job (返乡回流) since a date, for one-to-one follow-up' })
  async returnees(@CurrentActor() actor: Actor, @Args() args: ReturneesArgs): Promise<WorkerConnection> {
    const page = await this.registry.list(actor, { regionCode: args.regionCode, returnedSince: args.since }, args.first, args.after);
    return toConnection(page, (w) => this.map(w));
  }

  @Mutation(() => Worker)
  async updateWorker(@CurrentActor() actor: Actor, @Args('input') input: UpdateWorkerInput): Promise<Worker> {
    return this.map(await this.registry.update(actor, input));
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Mutation(() => Worker, { description: 'Replace the category set from a date on; earlier periods are kept as history' })
  async setWorkerCategories(@CurrentActor() actor: Actor, @Args('input') input: SetWorkerCategoriesInput): Promise<Worker> {
    return this.map(await this.registry.setCategories(actor, input.id, input.categories, input.effectiveFrom));
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Mutation(() => Worker, {
    description:
      'A bureau of the worker’s jurisdiction vouches, from its own records (防返贫监测), for the categories an agency declared: subsidies resting on them stop waiting (类别待核实). Audited.',
  })
  async verifyWorkerCategories(@CurrentActor() actor: Actor, @Args('input') input: VerifyWorkerCategoriesInput): Promise<Worker> {
    return this.map(await this.registry.verifyCategories(actor, input.workerId));
  }

  @Roles(Role.BUREAU)
  @Mutation(() => String, { description: 'The full ID number, for a bureau of the worker’s jurisdiction; every call is audited with its purpose' })
  revealIdNumber(@CurrentActor() actor: Actor, @IdArg('workerId') workerId: string, @Args('purpose') purpose: string): Promise<string> {
    return this.registry.revealIdNumber(actor, workerId, purpose);
  }

  @ResolveField(() => [WorkerCategory], { description: 'Categories held today' })
  categories(@Parent() worker: Worker, @Context() context: object): Promise<WorkerCategory[]> {
    const loader = requestLoader<string, WorkerCategory[]>(context, 'worker.categories', async (ids) => {
      const held = await this.registry.categoriesOn(ids, chinaToday());
      return ids.map((id) => held.get(id) ?? []);
    });
    return loader.load(worker.id);
  }

  @ResolveField(() => [WorkerCategory], {
    description: 'Categories held today that an agency declared and no bureau has verified yet (DECLARED); empty when all are verified',
  })
  declaredCategories(@Parent() worker: Worker, @Context() context: object): Promise<WorkerCategory[]> {
    return this.declaredLoader(context).load(worker.id);
  }

  @ResolveField(() => Boolean, { description: 'True when a bureau verified every category held today (no DECLARED category left)' })
  async categoriesVerified(@Parent() worker: Worker, @Context() context: object): Promise<boolean> {
    return (await this.declaredLoader(context).load(worker.id)).length === 0;
  }

  private declaredLoader(context: object) {
    return requestLoader<string, WorkerCategory[]>(context, 'worker.declaredCategories', async (ids) => {
      const declared = await this.registry.declaredCategoriesOn(ids, chinaToday());
      return ids.map((id) => declared.get(id) ?? []);
    });
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'In full for the worker, their bureau and an employer or agent they actively work with; masked otherwise',
  })
  async phone(@Parent() worker: Worker, @CurrentActor() actor: Actor, @Context() context: object): Promise<string | null> {
    if (!worker.rawPhone) return null;
    const loader = requestLoader<string, boolean>(context, 'worker.phoneVisible', async (ids) => {
      const entities = await this.registry.findMany(ids);
      const visible = await this.registry.phoneVisibleTo(actor, entities);
      return ids.map((id) => visible.has(id));
    });
    return (await loader.load(worker.id)) ? worker.rawPhone : maskMobile(worker.rawPhone);
  }
}
