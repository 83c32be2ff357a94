/**
 * The statistics cycle (统计周期) a person's annual employment and income are counted in. Gansu's notice sets it to
 * 1 October of the previous year to 30 September; it is the only cycle the seeds document, so it applies everywhere
 * until a province publishes another. A cycle is named by the year it ends in (cycle 2026 = 2025-10-01 .. 2026-09-30).
 * Statistics periods and once-per-cycle subsidy keys both read it from here.
 */
export function statisticsCycle(cycleYear: number): { from: string; to: string } {
  return { from: `${cycleYear - 1}-10-01`, to: `${cycleYear}-09-30` };
}

/** The cycle a day (YYYY-MM-DD) falls in: 2025-10-01 and 2026-09-30 are both in cycle 2026. */
export function statisticsCycleYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '10-01' ? year + 1 : year;
}
