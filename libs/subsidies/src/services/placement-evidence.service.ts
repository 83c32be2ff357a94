import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { OrganizationsService } from '@app/organizations';
import { type PlacementEntity, PlacementsService, PlacementStatus } from '@app/placements';
import { categoryDateKey, WorkersService } from '@app/workers';
import { SubsidyClaimEntity, SubsidyClaimStatus } from '../entities/subsidy-claim.entity.js';
import type { Assessment } from '../rules/evaluate.js';
import type { PlacementEvidence } from '../rules/evidence.js';
import { policyFor } from '../rules/policy-for.js';
import { provinceOfRegion } from '../rules/policy.js';
import { gapAssessments } from '../rules/policy-gap.js';
import { statutoryRetirementDate } from '../rules/retirement-age.js';
import { CountyStandardsService, countyStandardKey } from './county-standards.service.js';
import { type StoredPolicy, SubsidyPoliciesService } from './subsidy-policies.service.js';

/** Claims that use up a once-per key: a rejected claim frees it again. */
export const LIVE_CLAIM_STATUSES = [SubsidyClaimStatus.SUBMITTED, SubsidyClaimStatus.APPROVED, SubsidyClaimStatus.PAID];

/** What the engine needs about one placement: its policy and evidence, or the POLICY_GAP assessments when none is in force. */
export type GatheredEvidence =
  | { policy: StoredPolicy; evidence: PlacementEvidence; fingerprint: string; gap: null }
  | { policy: null; evidence: null; fingerprint: null; gap: Assessment[] };

/**
 * Gathers the evidence of many placements in a fixed number of queries (policies per province, workers, categories on
 * each start date, confirmations, earlier organised placements, employers, county standards, live claims), so one placement's
 * eligibility and a county's thousand use the same code. The person is identified by the ID-number fingerprint.
 */
@Injectable()
export class PlacementEvidenceService {
  constructor(
    @InjectRepository(SubsidyClaimEntity) private readonly claims: Repository<SubsidyClaimEntity>,
    private readonly policies: SubsidyPoliciesService,
    private readonly placements: PlacementsService,
    private readonly workers: WorkersService,
    private readonly organizations: OrganizationsService,
    private readonly countyStandards: CountyStandardsService,
  ) {}

  async gather(placements: readonly PlacementEntity[]): Promise<Map<string, GatheredEvidence>> {
    const result = new Map<string, GatheredEvidence>();
    if (placements.length === 0) return result;
    const provinces = [...new Set(placements.map((p) => provinceOfRegion(p.hukouRegionCode)))];
    const versions = new Map(await Promise.all(provinces.map(async (code) => [code, await this.policies.ofProvince(code)] as const)));
    const covered: Array<{ placement: PlacementEntity; policy: StoredPolicy }> = [];
    for (const placement of placements) {
      const own = versions.get(provinceOfRegion(placement.hukouRegionCode)) ?? [];
      const policy = policyFor(own, placement.hukouRegionCode, placement.startDate);
      // No policy in force on the start date: INELIGIBLE assessments naming the gap (POLICY_GAP), never an error.
      if (policy) covered.push({ placement, policy });
      else
        result.set(placement.id, {
          policy: null,
          evidence: null,
          fingerprint: null,
          gap: gapAssessments(placement, this.policies.provinceName(placement.hukouRegionCode), own),
        });
    }
    if (covered.length === 0) return result;

    const ids = covered.map((c) => c.placement.id);
    const workerIds = [...new Set(covered.map((c) => c.placement.workerId))];
    const employerIds = [...new Set(covered.flatMap((c) => (c.placement.employerOrganizationId ? [c.placement.employerOrganizationId] : [])))];
    const [workers, categories, confirmations, earlierOrganized, employers, countyAmounts] = await Promise.all([
      this.workers.requireMany(workerIds, 'placementId'),
      this.workers.categoriesOnDates(covered.map((c) => ({ workerId: c.placement.workerId, date: c.placement.startDate }))),
      this.placements.confirmationFactsOf(ids),
      this.placements.withEarlierOrganizedPlacement(ids),
      this.organizations.findMany(employerIds),
      this.countyStandards.amountsOn(covered.map((c) => ({ policyId: c.policy.id, countyCode: c.placement.hukouRegionCode, date: c.placement.startDate }))),
    ]);
    const workerById = new Map(workers.map((w) => [w.id, w]));
    const employerById = new Map(employers.map((o) => [o.id, o]));
    const fingerprints = [...new Set(workers.map((w) => w.idFingerprint))];
    const live = new Map<string, Array<{ kind: SubsidyClaimEntity['kind']; claimKey: string }>>();
    for (const c of await this.claims.find({ where: { workerFingerprint: In(fingerprints), status: In(LIVE_CLAIM_STATUSES) } }))
      live.set(c.workerFingerprint, [...(live.get(c.workerFingerprint) ?? []), { kind: c.kind, claimKey: c.claimKey }]);

    for (const { placement, policy } of covered) {
      const worker = workerById.get(placement.workerId)!;
      const employer = placement.employerOrganizationId ? employerById.get(placement.employerOrganizationId) : undefined;
      const held = categories.get(categoryDateKey(worker.id, placement.startDate));
      const evidence: PlacementEvidence = {
        placementId: placement.id,
        hukouRegionCode: placement.hukouRegionCode,
        startDate: placement.startDate,
        endDate: placement.endDate,
        scope: placement.scope,
        organized: placement.organized,
        agentOrganizationId: placement.agentOrganizationId,
        employerOrganizationId: placement.employerOrganizationId,
        employerKind: employer?.kind ?? null,
        // A small/micro declaration counts once the bureau of the employer's region verified the organisation.
        employerSmallOrMicro: !!employer?.smallOrMicro && !!employer.verifiedAt,
        employerSmallOrMicroUnverified: !!employer?.smallOrMicro && !employer.verifiedAt,
        postingKind: placement.postingKind,
        contractMonths: placement.contractMonths,
        statutoryRetirementDate: statutoryRetirementDate(worker.birthDate, worker.gender),
        countyAmounts: countyAmounts.get(countyStandardKey(policy.id, placement.hukouRegionCode, placement.startDate)) ?? {},
        categoriesAtStart: held?.held ?? [],
        declaredCategoriesAtStart: held?.declared ?? [],
        firstOrganizedPlacement: placement.organized && !earlierOrganized.has(placement.id),
        cancelled: placement.status === PlacementStatus.CANCELLED,
        recordedLate: placement.recordedLate,
        confirmations: (confirmations.get(placement.id) ?? []).map((c) => ({
          month: c.month,
          employed: c.employed,
          socialInsurancePaid: c.socialInsurancePaid,
          attestedBy: c.attestedByRole,
        })),
        existingClaims: live.get(worker.idFingerprint) ?? [],
      };
      result.set(placement.id, { policy, evidence, fingerprint: worker.idFingerprint, gap: null });
    }
    return result;
  }
}
