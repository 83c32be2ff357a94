import { statisticsCycle, statisticsCycleYearOf } from '@app/common';
import type { ExistingClaim, PlacementEvidence } from './evidence.js';
import { BENEFICIARY_LABELS } from './labels.js';
import type { OncePer, SubsidyKindCode, SubsidyRule } from './policy.js';

/**
 * What makes a claim one-off, as the rule's once-per scope says: always the person (implicit: the caller keys it by
 * the worker's ID-number HMAC) and the kind, and the scope's value: the year, the statistics cycle, the paid
 * organisation or the placement. `scope` is null per person ever (and for a per-organisation rule with no
 * organisation to pay, which is never claimable).
 */
export interface ClaimKey {
  readonly kind: SubsidyKindCode;
  readonly oncePer: OncePer;
  readonly scope: string | null;
}

/** The key of a claim under `rule` on this placement (the beneficiary organisation is the one the rule pays). */
export function claimKeyOf(rule: SubsidyRule, evidence: PlacementEvidence, beneficiaryOrganizationId: string | null): ClaimKey {
  const key = (scope: string | null): ClaimKey => ({ kind: rule.kind, oncePer: rule.oncePer, scope });
  switch (rule.oncePer) {
    case 'PERSON_KIND':
      return key(null);
    case 'PERSON_KIND_YEAR':
      return key(`Y${evidence.startDate.slice(0, 4)}`);
    case 'PERSON_KIND_CYCLE':
      return key(`C${statisticsCycleYearOf(evidence.startDate)}`);
    case 'PERSON_KIND_BENEFICIARY':
      return key(beneficiaryOrganizationId);
    case 'PERSON_KIND_BENEFICIARY_CYCLE':
      return key(beneficiaryOrganizationId && `${beneficiaryOrganizationId}:C${statisticsCycleYearOf(evidence.startDate)}`);
    case 'PLACEMENT_KIND':
      return key(`P${evidence.placementId}`);
  }
}

/**
 * The string subsidy_claims.claim_key holds, unique per person among live claims (index uq_subsidy_claims_once_per_key):
 * 'TRANSPORT', 'TRANSPORT:Y2026', 'TRANSPORT:C2026', 'ABSORPTION:<organisation id>', 'ABSORPTION:<organisation id>:C2026',
 * 'TRANSPORT:P<placement id>'.
 */
export function claimKeyString(key: ClaimKey): string {
  return key.scope === null ? key.kind : `${key.kind}:${key.scope}`;
}

/**
 * Whether a live claim of the person already uses up this key: the same key, or for a once-ever rule any claim of the
 * kind (a person paid under a yearly rule has had it, should a later version make it once ever).
 */
export function claimedUnder(key: ClaimKey, existing: readonly ExistingClaim[]): boolean {
  if (key.oncePer === 'PERSON_KIND') return existing.some((c) => c.kind === key.kind);
  if (key.scope === null) return false;
  const wanted = claimKeyString(key);
  return existing.some((c) => c.claimKey === wanted);
}

/** The reason of an ALREADY_CLAIMED assessment: only that it was claimed in this scope, never where or through whom. */
export function alreadyClaimedReason(key: ClaimKey, rule: SubsidyRule, title: string, evidence: PlacementEvidence): string {
  switch (key.oncePer) {
    case 'PERSON_KIND':
      return `该人员已申领过${title}，每人限享受一次`;
    case 'PERSON_KIND_YEAR':
      return `该人员${evidence.startDate.slice(0, 4)}年已申领过${title}，每人每年限享受一次`;
    case 'PERSON_KIND_CYCLE': {
      const cycle = statisticsCycle(statisticsCycleYearOf(evidence.startDate));
      return `该人员本统计年度（${cycle.from}至${cycle.to}）已申领过${title}，每个统计年度限享受一次`;
    }
    case 'PERSON_KIND_BENEFICIARY':
      return `该${BENEFICIARY_LABELS[rule.beneficiary]}已就该人员申领过${title}`;
    case 'PERSON_KIND_BENEFICIARY_CYCLE': {
      const cycle = statisticsCycle(statisticsCycleYearOf(evidence.startDate));
      return `该${BENEFICIARY_LABELS[rule.beneficiary]}本统计年度（${cycle.from}至${cycle.to}）已就该人员申领过${title}`;
    }
    case 'PLACEMENT_KIND':
      return `本次就业已申领过${title}，每次就业限申领一次`;
  }
}
