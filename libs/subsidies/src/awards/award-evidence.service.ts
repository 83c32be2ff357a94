import { Injectable } from '@nestjs/common';
import { type Actor, assertCanSeeRegion, chinaToday, InvalidInputError, Role, RoleRequiredError } from '@app/common';
import { OrganizationsService } from '@app/organizations';
import { type PlacementEntity, PlacementsService, PlacementStatus } from '@app/placements';
import { categoryDateKey, WorkersService } from '@app/workers';
import { stableMonths } from '../rules/employment-months.js';
import { countsFor } from '../rules/evidence.js';
import { AwardFieldReason, awardProblem } from './award-field.messages.js';

/** Months of stable work that count as 稳定就业 for an award's evidence (Gansu: 稳定就业6个月以上). */
export const AWARD_STABLE_MONTHS = 6;
const SCAN_CHUNK = 2_000;
/** The first year of the targeted poverty-alleviation records a placement can come from. */
const FIRST_EVIDENCE_YEAR = 2016;
const BEFORE_ANY_ID = '00000000-0000-0000-0000-000000000000';

/** What a bureau weighs before proposing an award to a workshop or base: counts only, never a person. */
export interface AwardEvidence {
  organizationId: string;
  year: number;
  from: string;
  /** The year's last day, or today while the year runs. */
  to: string;
  /** Placements (not cancelled) at the organisation that started in the period. */
  hires: number;
  /** Of those, people who held one of the categories (三类人员) on their start date, as the subsidy engine counts them. */
  hiresOfThreeCategories: number;
  /** Of the 三类人员 hired, those with at least AWARD_STABLE_MONTHS consecutive confirmed months from the start. */
  stablyEmployed: number;
  /** Of the 三类人员 hired, those still in that job on `to`. */
  inWorkAtEnd: number;
}

/**
 * The evidence of an organisation award (issue 16): a workshop's or base's hires of 三类人员 in a calendar year, how
 * many of them stayed stably employed six months or more, and how many are still there. Read from the placements the
 * organisation employs, their confirmations and the categories on each start date, by the same rules the subsidy
 * engine uses (stableMonths, categories on the start date), in a fixed number of queries per 2,000 placements.
 */
@Injectable()
export class AwardEvidenceService {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly placements: PlacementsService,
    private readonly workers: WorkersService,
  ) {}

  async evidence(actor: Actor, organizationId: string, year: number): Promise<AwardEvidence> {
    if (actor.role !== Role.BUREAU) throw new RoleRequiredError([Role.BUREAU]);
    const organization = await this.organizations.get(organizationId);
    assertCanSeeRegion(actor, organization.regionCode);
    const today = chinaToday();
    const thisYear = Number(today.slice(0, 4));
    if (!Number.isInteger(year) || year < FIRST_EVIDENCE_YEAR || year > thisYear) {
      throw new InvalidInputError([awardProblem('year', AwardFieldReason.AWARD_EVIDENCE_YEAR, { min: FIRST_EVIDENCE_YEAR, max: thisYear })]);
    }
    const from = `${year}-01-01`;
    const to = `${year}-12-31` < today ? `${year}-12-31` : today;
    const evidence: AwardEvidence = { organizationId, year, from, to, hires: 0, hiresOfThreeCategories: 0, stablyEmployed: 0, inWorkAtEnd: 0 };

    let cursor = { startDate: from, id: BEFORE_ANY_ID };
    for (;;) {
      const chunk = await this.placements.scanInOrder({ employerOrganizationId: organizationId }, cursor, SCAN_CHUNK);
      const inPeriod = chunk.filter((p) => p.startDate <= to);
      await this.count(inPeriod, to, evidence);
      if (chunk.length < SCAN_CHUNK || inPeriod.length < chunk.length) return evidence;
      const last = chunk[chunk.length - 1];
      cursor = { startDate: last.startDate, id: nextId(last.id) };
    }
  }

  private async count(placements: readonly PlacementEntity[], to: string, evidence: AwardEvidence): Promise<void> {
    if (placements.length === 0) return;
    const [categories, confirmations] = await Promise.all([
      this.workers.categoriesOnDates(placements.map((p) => ({ workerId: p.workerId, date: p.startDate }))),
      this.placements.confirmationFactsOf(placements.map((p) => p.id)),
    ]);
    for (const placement of placements) {
      evidence.hires++;
      if (!categories.get(categoryDateKey(placement.workerId, placement.startDate))?.held.length) continue;
      evidence.hiresOfThreeCategories++;
      // The award is paid to the employer: its months count as for a subsidy paid to it (countsFor), the bureau's
      // review of the award being the second party, as for ABSORPTION.
      const counted = (confirmations.get(placement.id) ?? [])
        .map((c) => ({ month: c.month, employed: c.employed, socialInsurancePaid: c.socialInsurancePaid, attestedBy: c.attestedByRole }))
        .filter((c) => countsFor('EMPLOYER', c));
      const months = stableMonths(placement.startDate, placement.endDate, counted);
      if (months >= AWARD_STABLE_MONTHS) evidence.stablyEmployed++;
      const ended = placement.status === PlacementStatus.ENDED && placement.endDate !== null && placement.endDate < to;
      if (!ended) evidence.inWorkAtEnd++;
    }
  }
}

/** The smallest uuid after `id`, so a scan goes on past it (scanInOrder's `from` is inclusive). */
function nextId(id: string): string {
  const hex = id.replaceAll('-', '');
  const next = (BigInt(`0x${hex}`) + 1n).toString(16).padStart(32, '0');
  return `${next.slice(0, 8)}-${next.slice(8, 12)}-${next.slice(12, 16)}-${next.slice(16, 20)}-${next.slice(20)}`;
}
