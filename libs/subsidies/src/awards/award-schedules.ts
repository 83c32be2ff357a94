import type { SubsidyFundCode } from '../rules/policy.js';
import type { OrganizationAwardLevel } from './award-level.js';

/** Workshop and base awards come from 就业补助资金 (seed 002, (十一): 所需资金由所在县从就业补助资金列支) unless a schedule says otherwise. */
export const DEFAULT_AWARD_FUND: SubsidyFundCode = 'EMPLOYMENT_FUND';

export interface AwardScheduleEntry {
  readonly level: `${OrganizationAwardLevel}`;
  /** The most a bureau may award at this level, integer yuan. */
  readonly cap: number;
  /** The fund the award is paid from: its department proposes, reviews and pays it. */
  readonly fund: SubsidyFundCode;
  /** Where the rule stands in the province's policy text. */
  readonly source: string;
}

/**
 * The award levels a province's subsidy policy sets, keyed by province: a bureau that cites a policy version of that
 * province (grantOrganizationAward's policyId) awards within the level's cap. Provinces missing here (or a level their
 * policy does not name) award by the bureau's own decision, with its written basis.
 */
export const AWARD_SCHEDULES: Readonly<Record<string, readonly AwardScheduleEntry[]>> = {
  // Guizhou (seed 002, (十一)): 对吸纳三类人员就业数量多、成效好的就业帮扶基地和就业帮扶车间，按规定分别给予3万元和1万元
  // 一次性奖补，认定为省级就业帮扶示范基地的，给予10万元一次性补助，所需资金由所在县从就业补助资金列支.
  '520000': [
    { level: 'WORKSHOP', cap: 10_000, fund: 'EMPLOYMENT_FUND', source: '贵州省政策（十一）' },
    { level: 'ASSISTANCE_BASE', cap: 30_000, fund: 'EMPLOYMENT_FUND', source: '贵州省政策（十一）' },
    { level: 'PROVINCIAL_DEMONSTRATION_BASE', cap: 100_000, fund: 'EMPLOYMENT_FUND', source: '贵州省政策（十一）' },
  ],
};

/** The schedule entry of a province's policy for a level, or null when the policy sets none. */
export function awardScheduleOf(provinceCode: string, level: `${OrganizationAwardLevel}`): AwardScheduleEntry | null {
  return AWARD_SCHEDULES[provinceCode]?.find((entry) => entry.level === level) ?? null;
}

/** The fund an award of a province's level is paid from. */
export function awardFundOf(provinceCode: string, level: `${OrganizationAwardLevel}`): SubsidyFundCode {
  return awardScheduleOf(provinceCode, level)?.fund ?? DEFAULT_AWARD_FUND;
}
