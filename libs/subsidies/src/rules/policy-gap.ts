import { addDays } from '@app/common';
import type { Assessment } from './evaluate.js';
import { SUBSIDY_KIND_LABELS } from './labels.js';
import { type BeneficiaryCode, NATIONAL_SUBSIDY_KINDS, provinceOfRegion, type SubsidyKindCode, type SubsidyPolicy } from './policy.js';

/** The reason code of an assessment made when no policy is in force on the placement's start date. */
export const POLICY_GAP = 'POLICY_GAP' as const;

/** Who each kind pays when no policy says so (as in every shipped policy). */
const DEFAULT_BENEFICIARY: Readonly<Record<SubsidyKindCode, BeneficiaryCode>> = {
  TRANSPORT: 'WORKER',
  JOB_SEEKING: 'WORKER',
  TRACKING_SERVICE: 'AGENT',
  ABSORPTION: 'EMPLOYER',
  EMPLOYMENT_REWARD: 'WORKER',
};

export interface GapPlacement {
  readonly hukouRegionCode: string;
  readonly startDate: string;
  readonly agentOrganizationId: string | null;
  readonly employerOrganizationId: string | null;
}

/**
 * Why no policy of the province applies on `date`, in Chinese, naming the gap: the last version that ended before it
 * ("贵州省政策已于2025-12-31到期，2026-02-01起无有效政策"), the next one that starts after it, or that the province never
 * had one. `policies` are the province's versions (any order).
 */
export function gapReason(provinceName: string, policies: readonly SubsidyPolicy[], date: string): string {
  const before = policies.filter((p) => p.validTo < date).sort((a, b) => (a.validTo < b.validTo ? 1 : -1))[0];
  const after = policies.filter((p) => p.validFrom > date).sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))[0];
  if (before && after)
    return `${provinceName}政策已于${before.validTo}到期，下一版本${after.validFrom}起施行，${addDays(before.validTo, 1)}至${addDays(after.validFrom, -1)}无有效政策（就业开始日期 ${date}）`;
  if (before) return `${provinceName}政策已于${before.validTo}到期，${date}起无有效政策`;
  if (after) return `${provinceName}政策自${after.validFrom}起施行，${date}无有效政策`;
  return `${provinceName}尚未录入补贴政策，${date}无有效政策`;
}

/**
 * The assessments of a placement no policy covers: INELIGIBLE, reason code POLICY_GAP, one per kind of the province's
 * latest version (by validFrom, in its rules' order, with its titles and beneficiaries), or one per kind of the engine's
 * vocabulary when the province never had a policy. Amount, policy and rule are null; nothing can be claimed.
 */
export function gapAssessments(placement: GapPlacement, provinceName: string, provincePolicies: readonly SubsidyPolicy[]): Assessment[] {
  const province = provinceOfRegion(placement.hukouRegionCode);
  const own = provincePolicies.filter((p) => p.provinceCode === province);
  const latest = [...own].sort((a, b) => (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0))[0];
  const reason = gapReason(provinceName, own, placement.startDate);
  const kinds: { kind: SubsidyKindCode; title: string; beneficiary: BeneficiaryCode }[] = latest
    ? [...new Map(latest.rules.map((r) => [r.kind, r])).values()].map((r) => ({
        kind: r.kind,
        title: latest.rules.find((x) => x.kind === r.kind)?.title ?? SUBSIDY_KIND_LABELS[r.kind],
        beneficiary: latest.rules.find((x) => x.kind === r.kind)!.beneficiary,
      }))
    : NATIONAL_SUBSIDY_KINDS.map((kind) => ({ kind, title: SUBSIDY_KIND_LABELS[kind], beneficiary: DEFAULT_BENEFICIARY[kind] }));
  return kinds.map(({ kind, title, beneficiary }) => ({
    kind,
    title,
    beneficiary,
    beneficiaryOrganizationId: beneficiary === 'AGENT' ? placement.agentOrganizationId : beneficiary === 'EMPLOYER' ? placement.employerOrganizationId : null,
    amount: null,
    status: 'INELIGIBLE',
    reasonCode: POLICY_GAP,
    reason,
    eligibleOn: null,
    policy: null,
    ruleIndex: null,
    claimKey: { kind, oncePer: 'PERSON_KIND', scope: null },
  }));
}
