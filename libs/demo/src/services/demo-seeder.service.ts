import { Injectable } from '@nestjs/common';
import { MAX_DEMO_SCALE } from '../demo-constants.js';
import { chinaToday } from '@app/common';
import { planDemoWorld } from '../plan/plan-world.js';
import { DemoStoryClock } from '../plan/story-clock.js';
import { DemoHistoryStep } from './steps/demo-history.step.js';
import { DemoContext, type DemoProgressListener } from './demo-context.js';
import { type DemoFootprint, DemoStateService } from './demo-state.service.js';
import { DemoAccountsStep } from './steps/demo-accounts.step.js';
import { DemoClaimsStep } from './steps/demo-claims.step.js';
import { DemoConfirmationsStep } from './steps/demo-confirmations.step.js';
import { DemoFollowUpsStep } from './steps/demo-follow-ups.step.js';
import { DemoPlacementsStep } from './steps/demo-placements.step.js';
import { DemoPostingsStep } from './steps/demo-postings.step.js';
import { DemoTargetsStep } from './steps/demo-targets.step.js';
import { DemoWorkersStep } from './steps/demo-workers.step.js';
import { DemoWorkerStep } from './steps/demo-worker.step.js';
import { DemoPartialError } from '../demo.exception.js';

export interface DemoSeedOptions {
  /** Multiplies the world (default 1: about 3,000 workers). */
  scale?: number;
  onProgress?: DemoProgressListener;
}

export interface DemoSeedResult {
  /** False when the demo was already there: nothing was written. */
  created: boolean;
  scale: number | null;
  seconds: number;
  /** What the demo accounts have created in this database (after this run). */
  footprint: DemoFootprint;
}

/**
 * Loads the demo world (planDemoWorld) through the domain services, so every rule and constraint of the product holds
 * for it exactly as for real use. Idempotent: a database that has the complete demo is left as it is.
 */
@Injectable()
export class DemoSeederService {
  constructor(
    private readonly state: DemoStateService,
    private readonly accounts: DemoAccountsStep,
    private readonly postings: DemoPostingsStep,
    private readonly workers: DemoWorkersStep,
    private readonly placements: DemoPlacementsStep,
    private readonly confirmations: DemoConfirmationsStep,
    private readonly followUps: DemoFollowUpsStep,
    private readonly claims: DemoClaimsStep,
    private readonly targets: DemoTargetsStep,
    private readonly demoWorker: DemoWorkerStep,
    private readonly history: DemoHistoryStep,
  ) {}

  async seed(options: DemoSeedOptions = {}): Promise<DemoSeedResult> {
    const started = Date.now();
    const scale = options.scale ?? 1;
    if (!(scale > 0 && scale <= MAX_DEMO_SCALE)) throw new RangeError(`scale must be more than 0 and at most ${MAX_DEMO_SCALE}`);
    const state = await this.state.state();
    if (state === 'complete') return { created: false, scale: null, seconds: (Date.now() - started) / 1000, footprint: await this.state.footprint() };
    if (state === 'partial') {
      throw new DemoPartialError(await this.state.takenNames());
    }

    // The story ends now: the plan and its clock are made for this moment (China's today).
    const now = new Date();
    const plan = planDemoWorld({ scale, today: chinaToday(now) });
    const ctx = new DemoContext(plan, new DemoStoryClock(plan, now), options.onProgress);
    await this.accounts.run(ctx);
    await this.postings.run(ctx);
    await this.workers.run(ctx);
    await this.placements.run(ctx);
    await this.postings.closeFinished(ctx);
    await this.confirmations.run(ctx, this.confirmationsOf(ctx));
    await this.followUps.run(ctx);
    await this.claims.run(ctx);
    await this.targets.run(ctx);
    await this.demoWorker.run(ctx);
    await this.history.run(ctx);
    const last = await this.demoWorker.applyNext(ctx);
    await this.history.dateLastApplication(ctx, last.id, last.key);
    return { created: true, scale, seconds: (Date.now() - started) / 1000, footprint: await this.state.footprint() };
  }

  private confirmationsOf(ctx: DemoContext) {
    const postings = new Map(ctx.plan.postings.map((p) => [p.key, p]));
    return ctx.plan.placements.map((p) => ({
      placementId: ctx.id(ctx.placementIds, p.key, 'placement'),
      startDate: p.startDate,
      endDate: p.end?.date ?? null,
      confirmedBy: ctx.ownerOf(postings.get(p.postingKey)!).accountId,
      attestedByRole: ctx.ownerOf(postings.get(p.postingKey)!).role,
      confirmations: p.confirmations,
    }));
  }
}
