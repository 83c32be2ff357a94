import { type Actor, byKeys, requestLoader } from '@app/common';
import type { RegionsService } from '@app/regions';
import { type WorkerEntity, WorkerError, WorkerErrorReason, type WorkersService, type WorkerView } from '@app/workers';
import { toRegion } from '../regions/region.mapper.js';
import { toWorker, type Worker } from './worker.type.js';

/**
 * The one access check for every Worker object, wherever it is resolved (the Immich `requireAccess` pattern): top-level
 * queries and mutations, lists, Household.members, Application.worker, Placement.worker, a group roster's worker,
 * matches and unserved job seekers. Each entity passes WorkersService.accessTo (canSeeWorker plus the per-role
 * projection) before it becomes a Worker: nullable fields answer null for a worker the caller may not see, lists leave
 * such workers out, and a top-level read refuses them (WORKER_HIDDEN). Batched per request: one query for the
 * entities of a level and one for their links, however many parents ask.
 */
export class WorkerGate {
  constructor(
    private readonly registry: WorkersService,
    private readonly regions: RegionsService,
  ) {}

  /** The workers the caller may see, projected for them, in the given order; the others are left out. */
  async visible(context: object, actor: Actor, entities: readonly WorkerEntity[]): Promise<Worker[]> {
    const views = await this.views(context, actor).loadMany([...entities]);
    const out: Worker[] = [];
    entities.forEach((entity, i) => {
      const view = views[i];
      if (view instanceof Error) throw view;
      if (view) out.push(this.project(entity, view));
    });
    return out;
  }

  /** The worker projected for the caller, or null when the caller may not see them (or there is none). */
  async one(context: object, actor: Actor, entity: WorkerEntity | null): Promise<Worker | null> {
    if (!entity) return null;
    const view = await this.views(context, actor).load(entity);
    return view ? this.project(entity, view) : null;
  }

  /** For a top-level read: the worker, or FORBIDDEN WORKER_HIDDEN like WorkersService.get. */
  async require(context: object, actor: Actor, entity: WorkerEntity): Promise<Worker> {
    const worker = await this.one(context, actor, entity);
    if (!worker) throw new WorkerError(WorkerErrorReason.WORKER_HIDDEN);
    return worker;
  }

  /** A worker field of an object the caller may see (an application, a placement, a roster entry): null if hidden. */
  async byId(context: object, actor: Actor, id: string): Promise<Worker | null> {
    const entity = await requestLoader<string, WorkerEntity | null>(context, 'worker.entityById', async (ids) =>
      byKeys(ids, await this.registry.findMany(ids), (w) => w.id),
    ).load(id);
    return this.one(context, actor, entity);
  }

  private views(context: object, actor: Actor) {
    return requestLoader<WorkerEntity, WorkerView | null>(context, 'worker.access', async (entities) => {
      const views = await this.registry.accessTo(actor, entities);
      return entities.map((e) => views.get(e.id) ?? null);
    });
  }

  private project(entity: WorkerEntity, view: WorkerView): Worker {
    return toWorker(entity, toRegion(this.regions.find(entity.hukouRegionCode)!, this.regions), view);
  }
}
