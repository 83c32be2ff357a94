import { Injectable } from '@nestjs/common';
import { type Actor, chinaToday, provinceOf } from '@app/common';
import {
  AlreadyClaimedError,
  type Assessment,
  GUIZHOU_POLICY,
  policyFor,
  type StoredPolicy,
  SubsidyClaimsService,
  SubsidyClaimStatus,
  SubsidyKind,
  SubsidyPoliciesService,
} from '@app/subsidies';
import { DEMO_GUIZHOU_SUCCESSOR, DEMO_SUCCESSOR_BUREAU } from '../../data/demo-policies.data.js';
import { CLAIM_REJECT_NOTES } from '../../data/welfare-posts.data.js';
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

interface Submitted {
  claimId: string;
  order: number;
  kind: string;
  county: string;
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
            submitted.push({ claimId: claim.id, order: order.get(p.key)!, kind: assessment.kind, county: hukou });
          } catch (error) {
            if (!(error instanceof AlreadyClaimedError)) throw error;
          }
        }
        progress.tick();
      }
    });
    return this.decide(ctx, submitted);
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
    const today = chinaToday();
    const counts: Record<string, number> = { SUBMITTED: 0, APPROVED: 0, REJECTED: 0, PAID: 0 };
    await runLimited(decisions, LANES, async (d) => {
      // Four eyes: the county bureau's first account submits on workers' behalf and pays, its second account reviews.
      const bureau = ctx.bureauOf(d.county);
      const reviewer = ctx.reviewerOf(d.county);
      if (d.status === SubsidyClaimStatus.REJECTED) await this.claims.review(reviewer, d.claimId, false, CLAIM_REJECT_NOTES[d.n % CLAIM_REJECT_NOTES.length]);
      if (d.status === SubsidyClaimStatus.APPROVED || d.status === SubsidyClaimStatus.PAID)
        await this.claims.review(reviewer, d.claimId, true, null, d.kind === SubsidyKind.ABSORPTION ? DEMO_EMPLOYMENT_CHECK : null);
      if (d.status === SubsidyClaimStatus.PAID) {
        await this.claims.markPaid(bureau, d.claimId, today, `国库集中支付凭证 ${d.county}-${today.slice(0, 4)}-${String(d.n + 1).padStart(5, '0')}`);
      }
      counts[d.status]++;
    });
    return counts;
  }
}
