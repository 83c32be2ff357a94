import { Injectable } from '@nestjs/common';
import { AccountsService, actorOf } from '@app/accounts';
import { ApplicationsService, PlacementsService } from '@app/placements';
import { SubsidyClaimsService, SubsidyClaimStatus, SubsidyKind } from '@app/subsidies';
import { DEMO_WORKER_NEXT_APPLICATION } from '../../plan/story-clock.js';
import { type ClaimSnapshot, DemoClaimsStep } from './demo-claims.step.js';
import { DEMO_PASSWORD } from '../../demo-constants.js';
import type { DemoContext } from '../demo-context.js';
import { DemoConfirmationsStep } from './demo-confirmations.step.js';
import { DemoWorkersStep } from './demo-workers.step.js';
import { lateIfPast } from './demo-placements.step.js';

/** worker-demo's own account, once she has signed in (the registering bureau is another account). */
const DEMO_WORKER_ACTOR = 'worker-demo:self';

/**
 * worker-demo, last: registered by 惠水's bureau with a login, applies to the Shenzhen factory herself, works there,
 * comes home, claims her transport subsidy, and applies to the workshop near home. That final application is the
 * marker of a complete demo seed (see DemoStateService).
 */
@Injectable()
export class DemoWorkerStep {
  constructor(
    private readonly workersStep: DemoWorkersStep,
    private readonly confirmationsStep: DemoConfirmationsStep,
    private readonly accounts: AccountsService,
    private readonly applications: ApplicationsService,
    private readonly placements: PlacementsService,
    private readonly claims: SubsidyClaimsService,
    private readonly claimsStep: DemoClaimsStep,
  ) {}

  async run(ctx: DemoContext): Promise<void> {
    const { demoWorker } = ctx.plan;
    const progress = ctx.stage('worker-demo', 4);
    const worker = await this.workersStep.register(ctx, ctx.actor(demoWorker.registeredBy), demoWorker.worker, {
      username: demoWorker.username,
      password: DEMO_PASSWORD,
    });
    ctx.workerIds.set(demoWorker.worker.key, worker.id);
    const self = actorOf((await this.accounts.login(demoWorker.username, DEMO_PASSWORD)).account);
    ctx.actors.set(DEMO_WORKER_ACTOR, self);
    progress.tick();

    const plan = demoWorker.placement;
    const posting = ctx.plan.postings.find((p) => p.key === plan.postingKey)!;
    const employer = ctx.ownerOf(posting);
    const application = await this.applications.apply(self, ctx.id(ctx.postingIds, posting.key, 'posting'));
    const placement = await this.placements.hire(employer, application.id, plan.startDate, plan.contractMonths, lateIfPast(plan.startDate));
    progress.tick();
    await this.confirmationsStep.run(
      ctx,
      [
        {
          placementId: placement.id,
          startDate: plan.startDate,
          endDate: plan.end?.date ?? null,
          confirmedBy: employer.accountId,
          attestedByRole: employer.role,
          confirmations: plan.confirmations,
        },
      ],
      true,
    );
    if (plan.end) await this.placements.end(employer, placement.id, plan.end.date, plan.end.reason);
    progress.tick();

    ctx.placementIds.set(demoWorker.worker.key, placement.id);
    const { assessments } = await this.claims.eligibility(self, placement.id);
    if (assessments.some((a) => a.kind === SubsidyKind.TRANSPORT && a.status === 'ELIGIBLE')) {
      const claim = await this.claims.submit(self, placement.id, SubsidyKind.TRANSPORT);
      const story = { key: demoWorker.worker.key, startDate: plan.startDate };
      const { eligibleOn, evidenceAt } = await this.claimsStep.storyEligibility(ctx, story, claim.id, claim.evidence as ClaimSnapshot);
      ctx.claimStories.set(claim.id, ctx.clock.claim(`${story.key}:TRANSPORT`, eligibleOn, evidenceAt, SubsidyClaimStatus.SUBMITTED).story);
    }
    progress.tick();
  }

  /** Her application to the workshop near home: the very last write of a seed (DemoStateService's marker). */
  async applyNext(ctx: DemoContext): Promise<{ id: string; key: string }> {
    const self = ctx.actor(DEMO_WORKER_ACTOR);
    const application = await this.applications.apply(self, ctx.id(ctx.postingIds, ctx.plan.demoWorker.nextPostingKey, 'posting'));
    ctx.stage('worker-demo', 1).tick();
    return { id: application.id, key: DEMO_WORKER_NEXT_APPLICATION };
  }
}
