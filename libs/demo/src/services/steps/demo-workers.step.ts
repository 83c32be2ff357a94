import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/common';
import { type NewWorker, RegistrationReviewService, WorkerAlreadyRegisteredError, WorkersService, type WorkerEntity } from '@app/workers';
import { demoIdNumber } from '../../identity/demo-identity.js';
import type { PlannedWorker } from '../../plan/demo-plan.js';
import { DemoRandom } from '../../random/demo-random.js';
import type { DemoContext } from '../demo-context.js';
import { LANES, runLimited } from '../run-limited.js';

const ATTEMPTS = 5;

/** Registers every household member by member (the first creates the household), households a few at a time. */
@Injectable()
export class DemoWorkersStep {
  constructor(
    private readonly workers: WorkersService,
    private readonly review: RegistrationReviewService,
  ) {}

  async run(ctx: DemoContext): Promise<void> {
    const byKey = new Map(ctx.plan.workers.map((w) => [w.key, w]));
    const progress = ctx.stage('workers', ctx.plan.workers.length);
    await runLimited(ctx.plan.households, LANES, async (household) => {
      let householdId: string | null = null;
      // The agency's members first: a household takes members from the agency that created it or from the county's bureau.
      const ordered = [...household.workerKeys].sort((a, b) => Number(byKey.get(a)!.registrar !== 'AGENT') - Number(byKey.get(b)!.registrar !== 'AGENT'));
      for (const key of ordered) {
        const planned = byKey.get(key)!;
        const registrar = planned.registrar === 'AGENT' ? ctx.agencyOf(planned.hukouRegionCode) : ctx.bureauOf(planned.hukouRegionCode);
        const worker = await this.register(ctx, registrar, planned, { householdId });
        // An agency's registration waits for the county bureau, whose acceptance also verifies the declared categories.
        if (planned.registrar === 'AGENT') await this.review.accept(ctx.bureauOf(planned.hukouRegionCode), worker.id);
        householdId = worker.householdId;
        ctx.workerIds.set(key, worker.id);
        progress.tick();
      }
    });
  }

  /**
   * One person is registered once nationwide (ID-number fingerprint). Should a generated number belong to someone
   * already in this database, the demo person gets another valid number from a stream of its own.
   */
  async register(ctx: DemoContext, actor: Actor, planned: PlannedWorker, extra: Partial<NewWorker>): Promise<WorkerEntity> {
    for (let attempt = 0; ; attempt++) {
      const idNumber =
        attempt === 0
          ? planned.idNumber
          : demoIdNumber(new DemoRandom(`${ctx.plan.seed}/retry:${planned.key}:${attempt}`), planned.hukouRegionCode, planned.birthDate, planned.gender);
      try {
        return await this.workers.register(actor, {
          name: planned.name,
          idNumber,
          hukouRegionCode: planned.hukouRegionCode,
          categories: planned.categories,
          categoriesSince: planned.categoriesSince,
          laborCapacity: planned.laborCapacity,
          phone: planned.phone,
          skills: planned.skills,
          laborBrand: planned.laborBrand,
          seekingStatus: planned.seekingStatus,
          willingToMigrate: planned.willingToMigrate,
          preferredRegionCodes: planned.preferredRegionCodes,
          expectedMonthlyWage: planned.expectedMonthlyWage,
          location: planned.location,
          ...extra,
        });
      } catch (error) {
        if (!(error instanceof WorkerAlreadyRegisteredError) || attempt + 1 >= ATTEMPTS) throw error;
      }
    }
  }
}
