import { compareVersions, provinceOfRegion, type SubsidyPolicy } from './policy.js';

/** A policy as stored: its id, and the id of the version it succeeds (null or absent for a version standing alone). */
export type ChainedPolicy = SubsidyPolicy & { readonly id?: string; readonly supersedesId?: string | null };

/**
 * Which version applies to a placement, defined once: the policy of the worker's hukou province in force on the
 * placement's **start date**. A version is in force from its validFrom to its validTo, both included, but no longer
 * once its successor (the version naming it in supersedesId) has taken effect; where unchained versions overlap, the
 * highest version wins. Accepts a county, city or province code. Null when no version is in force that day (a gap:
 * see policy-gap.ts). The conditions may be met later, even after the version ended: the placement keeps it.
 */
export function policyFor<P extends ChainedPolicy>(policies: readonly P[], hukouRegionCode: string, placementStartDate: string): P | null {
  const province = provinceOfRegion(hukouRegionCode);
  const successorFrom = new Map<string, string>();
  for (const p of policies) if (p.supersedesId) successorFrom.set(p.supersedesId, p.validFrom);
  let best: P | null = null;
  for (const p of policies) {
    if (p.provinceCode !== province) continue;
    if (placementStartDate < p.validFrom || placementStartDate > p.validTo) continue;
    const replacedFrom = p.id === undefined ? undefined : successorFrom.get(p.id);
    if (replacedFrom !== undefined && placementStartDate >= replacedFrom) continue;
    if (best === null || compareVersions(p.version, best.version) > 0) best = p;
  }
  return best;
}
