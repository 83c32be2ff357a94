import { Injectable } from '@nestjs/common';
import { type Actor, chinaDateOf, provinceOf } from '@app/common';
import {
  AlreadyClaimedError,
  type Assessment,
  GUIZHOU_POLICY,
  type PlacementEvidence,
  policyFor,
  type StoredPolicy,
  SubsidyClaimsService,
  SubsidyClaimStatus,
  SubsidyKind,
  SubsidyPoliciesService,
} from '@app/subsidies';
import { DEMO_GUIZHOU_SUCCESSOR, DEMO_SUCCESSOR_BUREAU } from '../../data/demo-policies.data.js';
import { CLAIM_REJECT_NOTES } from '../../data/welfare-posts.data.js';
import { claimEligibleOn } from '../../plan/claim-eligible-on.js';
import type { PlannedPlacement } from '../../plan/demo-plan.js';
import { DemoRandom } from '../../random/demo-random.js';
import type { DemoContext } from '../demo-context.js';
import { LANES, pushTo, runLimited } from '../run-limited.js';

/** Within each county, claims take these states in turn, so every county bureau has some of each to look at. */
const STATUS_CYCLE = [
  SubsidyClaimStatus.PAID,
  SubsidyClaimStatus.SUBMITTED,
  SubsidyClaimStatus.APPROVED,
  SubsidyClaimStatus.REJECTED,
  SubsidyClaimStatus.PAID,
  SubsidyClaimStatus.SUBMITTED,
  SubsidyClaimStatus.PAID,
  SubsidyClaimStatus.APPROVED,
];
const SUBMIT_SHARE = 0.8;
/** How the reviewing bureau checked an employer's own confirmations before approving its absorption subsidy. */
const DEMO_EMPLOYMENT_CHECK = '核对了用人单位的社保缴费记录和工资发放流水';

/** What SubsidyClaimsService.submit keeps on the claim: the policy, the assessment and the evidence it rested on. */
export interface ClaimSnapshot {
  policy: { id: string; name: string; version: string };
  assessment: Assessment;
  evidence: Omit<PlacementEvidence, 'existingClaims'>;
}

interface Submitted {
  claimId: string;
  order: number;
  kind: string;
  county: string;
  placementKey: string;
  /** The first day the subsidy was eligible on the evidence of that day (the story's earliest submission). */
  eligibleOn: string;
  /** The moment the last piece of that evidence was recorded: the claim comes after it. */
  evidenceAt: Date;
}

/**
 * Subsidy claims as the rules decide them: each placement under a provincial policy (in the demo, Guizhou's for jobs
 * started by 2025-12-31, and for 2026 the demo's labelled successor, DEMO_GUIZHOU_SUCCESSOR) is assessed by the subsidy engine, and most ELIGIBLE subsidies are claimed by their
 * beneficiary (the agency, the employer) or, for the worker's own, by the county bureau on the worker's behalf.
 * The county bureau then approves, rejects (with a note) or approves and pays them.
 */
@Injectable()
export class DemoClaimsStep {
  constructor(
    private readonly claims: SubsidyClaimsService,
    private readonly policies: SubsidyPoliciesService,
  ) {}

  async run(ctx: DemoContext): Promise<Record<string, number>> {
    await this.enterDemoSuccessor(ctx);
    const candidates = await this.underPolicy(ctx, ctx.plan.placements);
    const byWorker = new Map<string, PlannedPlacement[]>();
    candidates.forEach((p) => pushTo(byWorker, p.workerKey, p));
    const order = new Map(ctx.plan.placements.map((p, i) => [p.key, i]));
    const submitted: Submitted[] = [];
    const progress = ctx.stage('claims', candidates.length);

    // One worker's placements in turn: a one-off subsidy claimed on the first is ALREADY_CLAIMED on the second.
    await runLimited([...byWorker.values()], LANES, async (placements) => {
      for (const p of placements) {
        const hukou = ctx.plannedWorker(p.workerKey).hukouRegionCode;
        const placementId = ctx.id(ctx.placementIds, p.key, 'placement');
        const { assessments } = await this.claims.eligibility(ctx.bureauOf(hukou), placementId);
        for (const assessment of assessments.filter((a) => a.status === 'ELIGIBLE')) {
          if (!new DemoRandom(`${ctx.plan.seed}/claim:${p.key}:${assessment.kind}`).chance(SUBMIT_SHARE)) continue;
          try {
            const claim = await this.claims.submit(this.claimant(ctx, hukou, assessment), placementId, assessment.kind as SubsidyKind);
            const { eligibleOn, evidenceAt } = await this.storyEligibility(ctx, p, claim.id, claim.evidence as ClaimSnapshot);
            submitted.push({ claimId: claim.id, order: order.get(p.key)!, kind: assessment.kind, county: hukou, placementKey: p.key, eligibleOn, evidenceAt });
          } catch (error) {
            if (!(error instanceof AlreadyClaimedError)) throw error;
          }
        }
        progress.tick();
      }
    });
    return this.decide(ctx, submitted);
  }

  private readonly policyCache = new Map<string, Promise<StoredPolicy[]>>();

  private async policyOf(hukou: string, startDate: string): Promise<StoredPolicy> {
    const province = provinceOf(hukou);
    if (!this.policyCache.has(province)) this.policyCache.set(province, this.policies.ofProvince(province));
    return policyFor(await this.policyCache.get(province)!, hukou, startDate)!;
  }

  /**
   * The story's day the claim could first be made: the first day its subsidy was ELIGIBLE on the months confirmed by
   * then. The claim's evidence snapshot is kept as it stood that day (DemoHistoryStep writes it with the dates).
   */
  async storyEligibility(
    ctx: DemoContext,
    p: Pick<PlannedPlacement, 'key' | 'startDate'>,
    claimId: string,
    snapshot: ClaimSnapshot,
  ): Promise<{ eligibleOn: string; evidenceAt: Date }> {
    const clock = ctx.clock;
    const policy = await this.policyOf(snapshot.evidence.hukouRegionCode, p.startDate);
    const ended = clock.placement(p.key).ended;
    const found = claimEligibleOn(
      policy,
      snapshot.evidence,
      { confirmedOn: (month) => chinaDateOf(clock.confirmed(p.key, month)), endRecordedOn: ended ? chinaDateOf(ended) : null },
      snapshot.assessment.kind,
      clock.today,
    );
    if (!found) throw new Error(`Demo story: claim ${snapshot.assessment.kind} of ${p.key} was never eligible on its own evidence`);
    // Like submit(), the snapshot keeps no list of other claims.
    const { existingClaims: _others, ...evidence } = found.evidence;
    ctx.claimSnapshots.set(claimId, { ...snapshot, assessment: found.assessment, evidence });
    const times = [clock.placement(p.key).created, ...evidence.confirmations.map((c) => clock.confirmed(p.key, c.month))];
    if (ended && evidence.endDate) times.push(ended);
    return { eligibleOn: found.day, evidenceAt: new Date(Math.max(...times.map((t) => t.getTime()))) };
  }

  /** Guizhou's bureau enters the demo's 2026 successor of the shipped policy (演示用，非官方文本), once. */
  private async enterDemoSuccessor(ctx: DemoContext): Promise<void> {
    const versions = await this.policies.ofProvince(DEMO_GUIZHOU_SUCCESSOR.provinceCode);
    if (versions.some((p) => p.version === DEMO_GUIZHOU_SUCCESSOR.version)) return;
    const shipped = versions.find((p) => p.version === GUIZHOU_POLICY.version && !versions.some((s) => s.supersedesId === p.id));
    await this.policies.create(ctx.actor(DEMO_SUCCESSOR_BUREAU), { ...DEMO_GUIZHOU_SUCCESSOR, supersedesId: shipped?.id ?? null });
  }

  /** Placements a provincial policy valid on their start date applies to (the others have no subsidy to claim). */
  private async underPolicy(ctx: DemoContext, placements: PlannedPlacement[]): Promise<PlannedPlacement[]> {
    const cache = new Map<string, StoredPolicy[]>();
    const out: PlannedPlacement[] = [];
    for (const p of placements) {
      const hukou = ctx.plannedWorker(p.workerKey).hukouRegionCode;
      const province = provinceOf(hukou);
      if (!cache.has(province)) cache.set(province, await this.policies.ofProvince(province));
      if (policyFor(cache.get(province)!, hukou, p.startDate)) out.push(p);
    }
    return out;
  }

  private claimant(ctx: DemoContext, hukou: string, assessment: Assessment): Actor {
    if (assessment.beneficiary === 'WORKER' || !assessment.beneficiaryOrganizationId) return ctx.bureauOf(hukou);
    return ctx.actorOfOrganization(assessment.beneficiaryOrganizationId);
  }

  /** Deterministic whatever order the claims went in: by county, then by the plan's order of placements. */
  private async decide(ctx: DemoContext, submitted: Submitted[]): Promise<Record<string, number>> {
    submitted.sort((a, b) => a.county.localeCompare(b.county) || a.order - b.order || a.kind.localeCompare(b.kind));
    const turn = new Map<string, number>();
    const decisions = submitted.map((s) => {
      const n = turn.get(s.county) ?? 0;
      turn.set(s.county, n + 1);
      return { ...s, status: STATUS_CYCLE[n % STATUS_CYCLE.length], n };
    });
    const counts: Record<string, number> = { SUBMITTED: 0, APPROVED: 0, REJECTED: 0, PAID: 0 };
    await runLimited(decisions, LANES, async (planned) => {
      // The story decides how far a claim got by today: a claim eligible only lately is still waiting for review.
      const { story, status } = ctx.clock.claim(`${planned.placementKey}:${planned.kind}`, planned.eligibleOn, planned.evidenceAt, planned.status);
      ctx.claimStories.set(planned.claimId, story);
      const d = { ...planned, status };
      // Four eyes: the county bureau's first account submits on workers' behalf and pays, its second account reviews.
      const bureau = ctx.bureauOf(d.county);
      const reviewer = ctx.reviewerOf(d.county);
      if (d.status === SubsidyClaimStatus.REJECTED) await this.claims.review(reviewer, d.claimId, false, CLAIM_REJECT_NOTES[d.n % CLAIM_REJECT_NOTES.length]);
      if (d.status === SubsidyClaimStatus.APPROVED || d.status === SubsidyClaimStatus.PAID)
        await this.claims.review(reviewer, d.claimId, true, null, d.kind === SubsidyKind.ABSORPTION ? DEMO_EMPLOYMENT_CHECK : null);
      if (d.status === SubsidyClaimStatus.PAID) {
        // Paid today as far as the service knows (its approval is today); DemoHistoryStep dates it on story.paidOn.
        const reference = `国库集中支付凭证 ${d.county}-${story.paidOn!.slice(0, 4)}-${String(d.n + 1).padStart(5, '0')}`;
        await this.claims.markPaid(bureau, d.claimId, ctx.clock.today, reference);
      }
      counts[d.status]++;
    });
    return counts;
  }
}
