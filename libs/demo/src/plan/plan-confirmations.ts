import { OrganizationKind } from '@app/organizations';
import { PostingKind } from '@app/postings';
import type { DemoRandom } from '../random/demo-random.js';
import type { PlannedConfirmation } from './demo-plan.js';
import { earlierOf, monthOf, monthsBetween } from '@app/common';

/** How often an employer of each kind pays social insurance for the people it places (welfare posts carry accident insurance only). */
function insuranceRate(kind: PostingKind, employerKind: OrganizationKind | null): number {
  if (kind === PostingKind.PUBLIC_WELFARE) return 0;
  if (employerKind === OrganizationKind.WORKSHOP) return 0.35;
  if (employerKind === OrganizationKind.ASSISTANCE_BASE) return 0.5;
  if (employerKind === OrganizationKind.COOPERATIVE) return 0.2;
  return kind === PostingKind.EAST_WEST ? 0.9 : 0.65;
}

/**
 * One confirmation per month from the start month to the end month (or the last finished month), as the employer
 * reports them: a wage around the posting's range, social insurance from the first or second month where the employer
 * pays it, now and then a month off work, and for some active placements last month not yet confirmed.
 */
export function planConfirmations(
  random: DemoRandom,
  placement: { startDate: string; endDate: string | null },
  posting: { kind: PostingKind; wageMin: number; wageMax: number },
  employerKind: OrganizationKind | null,
  horizon: string,
): PlannedConfirmation[] {
  const months = monthsBetween(monthOf(placement.startDate), monthOf(earlierOf(placement.endDate ?? horizon, horizon)));
  if (!placement.endDate && months.length > 1 && random.chance(0.12)) months.pop();
  const insured = random.chance(insuranceRate(posting.kind, employerKind));
  const insuredFrom = random.chance(0.7) ? 0 : 1;
  const base = Math.round((posting.wageMin + random.next() * (posting.wageMax - posting.wageMin)) / 10) * 10;
  return months.map((month, i) => {
    const employed = i < 3 || !random.chance(0.02);
    const wage = posting.kind === PostingKind.PUBLIC_WELFARE ? base : Math.round((base * (0.92 + random.next() * 0.16)) / 10) * 10;
    return { month, employed, monthlyWage: employed ? wage : null, socialInsurancePaid: employed && insured && i >= insuredFrom };
  });
}
