import { Injectable } from '@nestjs/common';
import { AccountsService, actorOf } from '@app/accounts';
import { ApplicationsService, PlacementsService } from '@app/placements';
import { SubsidyClaimsService, SubsidyKind } from '@app/subsidies';
import { DEMO_PASSWORD } from '../../demo-constants.js';
import type { DemoContext } from '../demo-context.js';
import { DemoConfirmationsStep } from './demo-confirmations.step.js';
import { DemoWorkersStep } from './demo-workers.step.js';
import { lateIfPast } from './demo-placements.step.js';

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
  ) {}

  async run(ctx: DemoContext): Promise<void> {
    const { demoWorker } = ctx.plan;
    const progress = ctx.stage('worker-demo', 5);
    const worker = await this.workersStep.register(ctx, ctx.actor(demoWorker.registeredBy), demoWorker.worker, {
      username: demoWorker.username,
      password: DEMO_PASSWORD,
    });
    ctx.workerIds.set(demoWorker.worker.key, worker.id);
    const self = actorOf((await this.accounts.login(demoWorker.username, DEMO_PASSWORD)).account);
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

    const { assessments } = await this.claims.eligibility(self, placement.id);
    if (assessments.some((a) => a.kind === SubsidyKind.TRANSPORT && a.status === 'ELIGIBLE'))
      await this.claims.submit(self, placement.id, SubsidyKind.TRANSPORT);
    progress.tick();
    await this.applications.apply(self, ctx.id(ctx.postingIds, demoWorker.nextPostingKey, 'posting'));
    progress.tick();
  }
}
