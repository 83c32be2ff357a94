import type { FieldProblem } from '@app/common';
import { EMPLOYER_KIND_LABELS } from '../rules/labels.js';
import { provinceOfRegion } from '../rules/policy.js';
import { AWARD_LEVEL_KINDS, AWARD_LEVEL_TITLES, type OrganizationAwardLevel } from './award-level.js';
import { AwardFieldReason, awardProblem } from './award-field.messages.js';
import { awardScheduleOf } from './award-schedules.js';

export interface AwardProposal {
  readonly organization: { readonly kind: string; readonly regionCode: string; readonly verified: boolean };
  readonly level: `${OrganizationAwardLevel}`;
  readonly amount: number;
  readonly basis: string;
  /** 'missing' when a policyId was given that names no policy; null when none was cited. */
  readonly policy: { readonly provinceCode: string; readonly name: string; readonly version: string } | 'missing' | null;
  /** The province's name as a person reads it (for the message on a policy of another province). */
  readonly provinceName: string;
}

export interface AwardJudgement {
  readonly problems: FieldProblem[];
  /** The cap that applied (the cited policy's), null when the bureau decided without one. */
  readonly cap: number | null;
}

function kindLabel(kind: string): string {
  return (EMPLOYER_KIND_LABELS as Readonly<Record<string, string>>)[kind] ?? kind;
}

/**
 * Whether a bureau may propose this award, with every failing field: the organisation verified and of the level's
 * kind, a written basis, and, when a policy version is cited, a policy of the organisation's province that sets the
 * level, whose cap the amount stays within.
 */
export function judgeAwardProposal(proposal: AwardProposal): AwardJudgement {
  const { organization, level, amount, basis, policy } = proposal;
  const problems: FieldProblem[] = [];
  const title = AWARD_LEVEL_TITLES[level];
  if (!organization.verified) problems.push(awardProblem('organizationId', AwardFieldReason.AWARD_ORGANIZATION_NOT_VERIFIED));
  const kinds = AWARD_LEVEL_KINDS[level];
  if (!kinds.includes(organization.kind as (typeof kinds)[number]))
    problems.push(
      awardProblem('level', AwardFieldReason.AWARD_LEVEL_FOR_KIND, {
        title,
        kinds: kinds.map(kindLabel).join('、'),
        kind: kindLabel(organization.kind),
      }),
    );
  if (!basis.trim()) problems.push(awardProblem('basis', AwardFieldReason.AWARD_BASIS_REQUIRED));
  let cap: number | null = null;
  const province = provinceOfRegion(organization.regionCode);
  if (policy === 'missing') problems.push(awardProblem('policyId', AwardFieldReason.AWARD_POLICY_NOT_FOUND));
  else if (policy && policy.provinceCode !== province)
    problems.push(awardProblem('policyId', AwardFieldReason.AWARD_POLICY_OTHER_PROVINCE, { province: proposal.provinceName }));
  else if (policy) {
    const entry = awardScheduleOf(policy.provinceCode, level);
    const named = `${policy.name}（${policy.version}）`;
    if (!entry) problems.push(awardProblem('policyId', AwardFieldReason.AWARD_POLICY_NO_LEVEL, { policy: named, title }));
    else {
      cap = entry.cap;
      if (amount > entry.cap) problems.push(awardProblem('amount', AwardFieldReason.AWARD_OVER_CAP, { policy: named, title, cap: entry.cap }));
    }
  }
  return { problems, cap };
}
