import { Injectable } from '@nestjs/common';
import { EmploymentTargetsService } from '@app/statistics';
import type { DemoContext } from '../demo-context.js';

/** 务工规模 targets, set by each province's bureau for itself, its cities and its counties. */
@Injectable()
export class DemoTargetsStep {
  constructor(private readonly targets: EmploymentTargetsService) {}

  async run(ctx: DemoContext): Promise<void> {
    const progress = ctx.stage('targets', ctx.plan.targets.length);
    for (const target of ctx.plan.targets) {
      await this.targets.set(ctx.actor(target.setBy), { regionCode: target.regionCode, year: target.year, workers: target.workers });
      progress.tick();
    }
  }
}
