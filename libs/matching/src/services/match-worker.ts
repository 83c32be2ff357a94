import { type Actor, chinaToday } from '@app/common';
import { WorkerCategory, type WorkerEntity, type WorkersService } from '@app/workers';
import type { MatchWorker } from '../scoring/match-score.js';

/**
 * The matching view of the workers `actor` may see, as it may know them, built in three batched queries (categories today,
 * zero-employment households, the caller's access). A factor the caller may not see is left out of the score and of
 * its reasons: "零就业家庭优先帮扶" tells a household's employment (staff only) and "易地搬迁群众" a category (staff, the
 * worker, the registering agency), so an employer or another agency neither reads them nor can infer them from
 * scores (docs/api.md "Personal data by role").
 */
export async function matchWorkers(actor: Actor, workers: WorkerEntity[], registry: WorkersService): Promise<Map<string, MatchWorker>> {
  const today = chinaToday();
  const [categories, employedHouseholds, access] = await Promise.all([
    registry.categoriesOn(
      workers.map((w) => w.id),
      today,
    ),
    registry.householdsWithEmployment([...new Set(workers.map((w) => w.householdId))]),
    registry.accessTo(actor, workers),
  ]);
  // A worker the caller may not see has no view at all: nothing about them is scored for this caller.
  return new Map(
    workers
      .filter((w) => access.has(w.id))
      .map((w) => {
        const shown = access.get(w.id);
        return [
          w.id,
          {
            hukouRegionCode: w.hukouRegionCode,
            laborCapacity: w.laborCapacity,
            skills: w.skills,
            laborBrand: w.laborBrand,
            willingToMigrate: w.willingToMigrate,
            preferredRegionCodes: w.preferredRegionCodes,
            expectedMonthlyWage: w.expectedMonthlyWage,
            location: w.lat !== null && w.lng !== null ? { lat: w.lat, lng: w.lng } : null,
            relocated: !!shown?.categories && (categories.get(w.id) ?? []).includes(WorkerCategory.RELOCATED),
            zeroEmploymentHousehold: !!shown?.household && !employedHouseholds.has(w.householdId),
          },
        ];
      }),
  );
}
