import { byKeys, requestLoader } from '@app/common';
import type { RegionsService } from '@app/regions';
import type { WorkersService } from '@app/workers';
import { toRegion } from '../regions/region.mapper.js';
import { toWorker, type Worker } from './worker.type.js';

/**
 * Workers by id, batched per request, for fields of objects the caller was already allowed to see
 * (an application to the caller's posting, a placement the caller organised). Phones stay masked per caller.
 */
export function loadWorker(context: object, workers: WorkersService, regions: RegionsService, id: string): Promise<Worker | null> {
  return requestLoader<string, Worker | null>(context, 'worker.byId', async (ids) => {
    const rows = await workers.findMany(ids);
    const mapped = rows.map((w) => toWorker(w, toRegion(regions.find(w.hukouRegionCode)!, regions)));
    return byKeys(ids, mapped, (w) => w.id);
  }).load(id);
}
