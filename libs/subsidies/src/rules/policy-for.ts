import { compareVersions, provinceOfRegion, type SubsidyPolicy } from './policy.js';

/**
 * The policy of the worker's hukou province valid on the placement's start date; when versions overlap the highest
 * version wins (a revision supersedes from its validFrom on). Accepts a county, city or province code. Null when the
 * province has no policy for that date.
 */
export function policyFor<P extends SubsidyPolicy>(policies: readonly P[], hukouRegionCode: string, placementStartDate: string): P | null {
  const province = provinceOfRegion(hukouRegionCode);
  let best: P | null = null;
  for (const p of policies) {
    if (p.provinceCode !== province) continue;
    if (placementStartDate < p.validFrom || placementStartDate > p.validTo) continue;
    if (best === null || compareVersions(p.version, best.version) > 0) best = p;
  }
  return best;
}
