import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, chinaToday, CurrentActor, IdArg, type Page, requestLoader, Role, Roles, toConnection } from '@app/common';
import { RegionsService } from '@app/regions';
import { maskMobile, type WorkerEntity, WorkersService } from '@app/workers';
import { RegisterWorkerInput } from './register-worker.input.js';
import { SetWorkerCategoriesInput } from './set-worker-categories.input.js';
import { UpdateWorkerInput } from './update-worker.input.js';
import { VerifyWorkerCategoriesInput } from './verify-worker-categories.input.js';
import { RevealPurpose, WorkerCategory } from './worker-enums.js';
import { WorkerGate } from './worker-gate.js';
import { Worker, WorkerConnection } from './worker.type.js';
import { ReturneesArgs, WorkersArgs } from './workers.args.js';

@Resolver(() => Worker)
export class WorkersResolver {
  private readonly gate: WorkerGate;

  constructor(
    private readonly registry: WorkersService,
    divisions: RegionsService,
  ) {
    this.gate = new WorkerGate(registry, divisions);
  }

  @Roles(Role.BUREAU, Role.AGENT, Role.ADMIN)
  @Mutation(() => Worker, { description: 'A bureau registers workers of its jurisdiction; an agent registers workers for its agency' })
  async registerWorker(@CurrentActor() actor: Actor, @Args('input') input: RegisterWorkerInput, @Context() context: object): Promise<Worker> {
    return this.gate.require(context, actor, await this.registry.register(actor, input));
  }

  @Query(() => Worker)
  async worker(@CurrentActor() actor: Actor, @IdArg('id') id: string, @Context() context: object): Promise<Worker> {
    return this.gate.require(context, actor, await this.registry.get(actor, id));
  }

  @Query(() => WorkerConnection, { description: 'Workers the caller may see: a bureau its jurisdiction, an agent its own, a worker themself' })
  async workers(@CurrentActor() actor: Actor, @Args() args: WorkersArgs, @Context() context: object): Promise<WorkerConnection> {
    const page = await this.registry.list(actor, args.filter ?? {}, args.first, args.after);
    return this.page(context, actor, page);
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Query(() => WorkerConnection, { description: 'Workers of the region who came home from a job (返乡回流) since a date, for one-to-one follow-up' })
  async returnees(@CurrentActor() actor: Actor, @Args() args: ReturneesArgs, @Context() context: object): Promise<WorkerConnection> {
    const page = await this.registry.list(actor, { regionCode: args.regionCode, returnedSince: args.since }, args.first, args.after);
    return this.page(context, actor, page);
  }

  /** A page already scoped by the query, passed through the gate too (the projection, and one check everywhere). */
  private async page(context: object, actor: Actor, page: Page<WorkerEntity>): Promise<WorkerConnection> {
    const visible = new Map((await this.gate.visible(context, actor, page.nodes)).map((w) => [w.id, w]));
    const kept = page.nodes.map((e, i) => ({ e, cursor: page.cursors[i] })).filter(({ e }) => visible.has(e.id));
    return toConnection({ ...page, nodes: kept.map((k) => k.e), cursors: kept.map((k) => k.cursor) }, (e) => visible.get(e.id)!);
  }

  @Mutation(() => Worker)
  async updateWorker(@CurrentActor() actor: Actor, @Args('input') input: UpdateWorkerInput, @Context() context: object): Promise<Worker> {
    return this.gate.require(context, actor, await this.registry.update(actor, input));
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Mutation(() => Worker, { description: 'Replace the category set from a date on; earlier periods are kept as history' })
  async setWorkerCategories(@CurrentActor() actor: Actor, @Args('input') input: SetWorkerCategoriesInput, @Context() context: object): Promise<Worker> {
    return this.gate.require(context, actor, await this.registry.setCategories(actor, input.id, input.categories, input.effectiveFrom));
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Mutation(() => Worker, {
    description:
      'A bureau of the worker’s jurisdiction vouches, from its own records (防返贫监测), for the categories an agency declared: subsidies resting on them stop waiting (类别待核实). Audited.',
  })
  async verifyWorkerCategories(@CurrentActor() actor: Actor, @Args('input') input: VerifyWorkerCategoriesInput, @Context() context: object): Promise<Worker> {
    return this.gate.require(context, actor, await this.registry.verifyCategories(actor, input.workerId));
  }

  @Roles(Role.BUREAU)
  @Mutation(() => String, {
    description:
      'The full ID number (and so the birth date), for a bureau of the worker’s jurisdiction: one purpose of the fixed list and a note of at least 10 characters; every call is audited with who, when, purpose and note',
  })
  revealIdNumber(
    @CurrentActor() actor: Actor,
    @IdArg('workerId') workerId: string,
    @Args('purpose', { type: () => RevealPurpose }) purpose: RevealPurpose,
    @Args('note', { description: 'Which payment, request or correction: at least 10 characters' }) note: string,
  ): Promise<string> {
    return this.registry.revealIdNumber(actor, workerId, purpose, note);
  }

  @ResolveField(() => [WorkerCategory], {
    nullable: true,
    description: 'Categories held today: for bureaus, ADMIN, the worker and the agency that registered them; null for everyone else',
  })
  async categories(@Parent() worker: Worker, @Context() context: object): Promise<WorkerCategory[] | null> {
    if (!worker.view.categories) return null;
    const loader = requestLoader<string, WorkerCategory[]>(context, 'worker.categories', async (ids) => {
      const held = await this.registry.categoriesOn(ids, chinaToday());
      return ids.map((id) => held.get(id) ?? []);
    });
    return loader.load(worker.id);
  }

  @ResolveField(() => [WorkerCategory], {
    nullable: true,
    description:
      'Categories held today that an agency declared and no bureau has verified yet (DECLARED); empty when all are verified; null where categories are',
  })
  async declaredCategories(@Parent() worker: Worker, @Context() context: object): Promise<WorkerCategory[] | null> {
    if (!worker.view.categories) return null;
    return this.declaredLoader(context).load(worker.id);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'True when a bureau verified every category held today (no DECLARED category left); null where categories are',
  })
  async categoriesVerified(@Parent() worker: Worker, @Context() context: object): Promise<boolean | null> {
    if (!worker.view.categories) return null;
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
  phone(@Parent() worker: Worker): string | null {
    if (!worker.rawPhone) return null;
    return worker.view.phone ? worker.rawPhone : maskMobile(worker.rawPhone);
  }
}
