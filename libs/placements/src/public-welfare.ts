import { LaborCapacity, type WorkerCategory } from '@app/workers';
import { PlacementErrorReason } from './placement.exception.js';

/**
 * 乡村公益性岗位 are filled by the county (按需设岗、以岗聘任): a PUBLIC_WELFARE post takes only 三类人员 whose hukou lies
 * in the posting's county. The worker record has no resettlement site (易地搬迁 people are only a category, with no
 * site of their own), so hukou alone decides, for relocated people too: their hukou is usually moved to the site.
 */
export function welfareProblem(
  posting: { regionCode: string },
  worker: { hukouRegionCode: string },
  categoriesOnDate: readonly WorkerCategory[],
  date: string,
): { reason: PlacementErrorReason; params: Record<string, string> } | null {
  if (categoriesOnDate.length === 0) return { reason: PlacementErrorReason.WELFARE_NOT_THREE_CATEGORIES, params: { date } };
  if (worker.hukouRegionCode !== posting.regionCode) return { reason: PlacementErrorReason.WELFARE_OUTSIDE_COUNTY, params: { county: posting.regionCode } };
  return null;
}

/** Weak and half labour (弱劳力、半劳力) come first among a welfare post's applicants: the posts are meant for them. */
export function welfarePriority(laborCapacity: LaborCapacity): number {
  return laborCapacity === LaborCapacity.FULL ? 1 : 0;
}
