import { chinaToday } from '@app/common';
import { WorkerCategory, type WorkerEntity, type WorkersService } from '@app/workers';
import type { MatchWorker } from '../scoring/match-score.js';

/** The matching view of workers (categories today, zero-employment households), built in two batched queries. */
export async function matchWorkers(workers: WorkerEntity[], registry: WorkersService): Promise<Map<string, MatchWorker>> {
  const today = chinaToday();
  const [categories, employedHouseholds] = await Promise.all([
    registry.categoriesOn(
      workers.map((w) => w.id),
      today,
    ),
    registry.householdsWithEmployment([...new Set(workers.map((w) => w.householdId))]),
  ]);
  return new Map(
    workers.map((w) => [
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
        relocated: (categories.get(w.id) ?? []).includes(WorkerCategory.RELOCATED),
        zeroEmploymentHousehold: !employedHouseholds.has(w.householdId),
      },
    ]),
  );
}
