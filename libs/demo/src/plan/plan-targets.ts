import { SENDING_COUNTIES, UPPER_BUREAUS } from '../data/sending-counties.data.js';
import type { DemoRandom } from '../random/demo-random.js';
import type { PlannedPlacement, PlannedTarget, PlannedWorker } from './demo-plan.js';

/**
 * 2025 completion rates the provinces reported (seeds/004: Shaanxi 104% of its 2.11M target; Gansu's 1.9M+ and
 * Yunnan's 3.24M met or just exceeded). 2026 is read in November, so a year still short of its end.
 */
const COMPLETION: Record<string, number> = { '520000': 1.02, '530000': 1.03, '620000': 1.01, '610000': 1.04 };
const IN_PROGRESS = 0.93;

/**
 * 务工规模 targets for every province, city and sending county of the demo, 2025 and 2026.
 *
 * Real targets are millions of people (Gansu 1.9M+); a demo of a few thousand workers keeps the ratios, not the
 * magnitudes: a region's target is the number of its demo workers employed during the year divided by its province's
 * completion rate (jittered ±6% per city and county, so some counties lag and some lead). At any --scale the progress
 * column then reads like a real weekly report (甘肃 101%, 陕西 104%), and the targets grow with the world.
 */
export function planTargets(random: DemoRandom, workers: PlannedWorker[], placements: PlannedPlacement[], years: number[]): PlannedTarget[] {
  const hukou = new Map(workers.map((w) => [w.key, w.hukouRegionCode]));
  const provinceBureau = new Map(UPPER_BUREAUS.filter((b) => b.regionCode.endsWith('0000')).map((b) => [b.regionCode, b.username]));
  const targets: PlannedTarget[] = [];
  for (const year of years) {
    const employed = new Map<string, Set<string>>();
    for (const p of placements) {
      if (p.startDate > `${year}-12-31` || (p.end && p.end.date < `${year}-01-01`)) continue;
      const county = hukou.get(p.workerKey)!;
      for (const region of [county, `${county.slice(0, 4)}00`, `${county.slice(0, 2)}0000`]) {
        if (!employed.has(region)) employed.set(region, new Set());
        employed.get(region)!.add(p.workerKey);
      }
    }
    const regions = [...UPPER_BUREAUS.map((b) => b.regionCode), ...SENDING_COUNTIES.map((c) => c.code)];
    for (const region of regions) {
      const count = employed.get(region)?.size ?? 0;
      if (count === 0) continue;
      const province = `${region.slice(0, 2)}0000`;
      const r = random.fork(`target:${region}:${year}`);
      const rate = COMPLETION[province] * (year >= 2026 ? IN_PROGRESS : 1) * (region === province ? 1 : 0.94 + r.next() * 0.12);
      targets.push({ regionCode: region, year, workers: Math.max(1, Math.round(count / rate)), setBy: provinceBureau.get(province)! });
    }
  }
  return targets;
}
