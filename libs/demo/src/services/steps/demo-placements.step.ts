import { Injectable } from '@nestjs/common';
import { chinaToday } from '@app/common';
import { ApplicationsService, type LateRecord, PlacementGroupsService, PlacementsService } from '@app/placements';
import { PostingKind } from '@app/postings';
import type { PlannedApplication, PlannedGroup, PlannedPlacement, PlannedPosting } from '../../plan/demo-plan.js';
import type { DemoContext } from '../demo-context.js';
import { chunks, LANES, pushTo, runLimited } from '../run-limited.js';

const NOMINATION_BATCH = 50;

/**
 * The services judge dates against the real today, and every posting was created on the seeding day: a past hire of the
 * story is replayed as a late record (so every other rule still applies) and DemoHistoryStep, which dates the story by
 * the seeder's clock, then clears the mark of the hires that in the story were made on time.
 */
export const lateIfPast = (date: string): LateRecord | undefined => (date < chinaToday() ? { reason: '演示数据：按计划回放的历史就业' } : undefined);

/** What the county bureau says it entered a pre-platform placement from (补录). */
export const DEMO_LEDGER_REASON = '据县人社局2024年务工人员纸质台账补录（平台启用前已上岗）';

/**
 * Replays the working lives of the plan through the placement services, in time order per worker: first jobs (group
 * arrivals, nominations then hires), their endings, second jobs and their endings; then what is still in motion
 * (groups on the road or forming, nominations pending, rejected or withdrawn).
 */
@Injectable()
export class DemoPlacementsStep {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly placements: PlacementsService,
    private readonly groups: PlacementGroupsService,
  ) {}

  async run(ctx: DemoContext): Promise<void> {
    const { plan } = ctx;
    const postings = new Map(plan.postings.map((p) => [p.key, p]));
    const ending = plan.placements.filter((p) => p.end).length;
    const progress = ctx.stage('placements', plan.placements.length + ending + plan.applications.length + plan.groups.filter((g) => !g.arrivedOn).length);
    const tick = () => progress.tick();

    for (const round of [1, 2] as const) {
      const inRound = plan.placements.filter((p) => p.round === round);
      if (round === 1) {
        const byGroup = new Map<string, PlannedPlacement[]>();
        for (const p of inRound) if (p.groupKey) pushTo(byGroup, p.groupKey, p);
        await runLimited(
          plan.groups.filter((g) => g.arrivedOn),
          LANES,
          async (group) => {
            await this.arrive(ctx, group, byGroup.get(group.key) ?? []);
            progress.tick(group.workerKeys.length);
          },
        );
      }
      await this.nominateAndHire(
        ctx,
        postings,
        inRound.filter((p) => !p.groupKey),
        tick,
      );
      await runLimited(
        inRound.filter((p) => p.end),
        LANES,
        async (p) => {
          await this.placements.end(ctx.ownerOf(postings.get(p.postingKey)!), ctx.id(ctx.placementIds, p.key, 'placement'), p.end!.date, p.end!.reason);
          tick();
        },
      );
    }

    for (const group of plan.groups.filter((g) => !g.arrivedOn)) {
      await this.travel(ctx, group);
      tick();
    }
    await this.pendingApplications(ctx, postings, plan.applications, tick);
  }

  /** Nominations go in per agency and posting; the employer (or the bureau, for its welfare post) hires each. */
  private async nominateAndHire(ctx: DemoContext, postings: Map<string, PlannedPosting>, placements: PlannedPlacement[], tick: () => void): Promise<void> {
    const batches = batchByAgencyAndPosting(
      ctx,
      placements,
      (p) => p.workerKey,
      (p) => `${p.postingKey}|${p.recordedLate ? 'late' : 'hired'}`,
    );
    await runLimited(batches, LANES, async (batch) => {
      const posting = postings.get(batch[0].postingKey)!;
      if (batch[0].recordedLate) {
        for (const p of batch) {
          await this.recordFromLedger(ctx, posting, p);
          tick();
        }
        return;
      }
      const nominated = await this.nominate(
        ctx,
        posting,
        batch.map((p) => p.workerKey),
      );
      for (const p of batch) {
        const hired = await this.placements.hire(ctx.ownerOf(posting), nominated.get(p.workerKey)!, p.startDate, p.contractMonths, lateIfPast(p.startDate));
        ctx.placementIds.set(p.key, hired.id);
        tick();
      }
    });
  }

  /**
   * A placement that started before the platform opened: the county bureau of the worker's hukou enters it from its
   * paper ledger (recordHistoricalPlacement), naming the agency that organised it; the employer ends it and confirms
   * its months as usual.
   */
  private async recordFromLedger(ctx: DemoContext, posting: PlannedPosting, p: PlannedPlacement): Promise<void> {
    const worker = ctx.plannedWorker(p.workerKey);
    const placement = await this.placements.recordHistorical(ctx.bureauOf(worker.hukouRegionCode), {
      workerId: ctx.id(ctx.workerIds, p.workerKey, 'worker'),
      postingId: ctx.id(ctx.postingIds, posting.key, 'posting'),
      // The plan's organising agency; a village welfare post is filled by the county itself (none).
      agencyId: p.agencyKey ? ctx.actor(p.agencyKey).organizationId : null,
      startDate: p.startDate,
      endDate: null,
      endReason: null,
      contractMonths: p.contractMonths,
      reason: DEMO_LEDGER_REASON,
    });
    ctx.placementIds.set(p.key, placement.id);
  }

  /**
   * The county agency nominates; a village welfare post takes no nomination (the county fills it from the sign-ups it
   * took itself). Returns application ids by worker key.
   */
  private async nominate(ctx: DemoContext, posting: PlannedPosting, workerKeys: string[]): Promise<Map<string, string>> {
    const ids = workerKeys.map((key) => ctx.id(ctx.workerIds, key, 'worker'));
    const postingId = ctx.id(ctx.postingIds, posting.key, 'posting');
    const applications =
      posting.kind === PostingKind.PUBLIC_WELFARE
        ? await this.applications.recordWelfareSignUps(ctx.ownerOf(posting), postingId, ids)
        : await this.applications.nominate(ctx.agencyOf(ctx.plannedWorker(workerKeys[0]).hukouRegionCode), postingId, ids);
    const byWorkerId = new Map(applications.map((a) => [a.workerId, a.id]));
    return new Map(workerKeys.map((key, i) => [key, byWorkerId.get(ids[i])!]));
  }

  /** 点对点 departure: form the roster, leave, and arrive; arrival creates the placements. */
  private async arrive(ctx: DemoContext, group: PlannedGroup, placements: PlannedPlacement[]): Promise<void> {
    const id = await this.travel(ctx, group);
    const workerIds = group.workerKeys.map((key) => ctx.id(ctx.workerIds, key, 'worker'));
    await this.groups.confirmArrival(ctx.actor(group.agencyKey), id, workerIds, group.arrivedOn!, lateIfPast(group.arrivedOn!));
    const roster = await this.groups.rosters([id]);
    for (const p of placements) {
      const member = roster.find((m) => m.workerId === ctx.workerIds.get(p.workerKey));
      if (!member?.placementId) throw new Error(`Demo seed: ${p.workerKey} did not arrive with group ${group.key}`);
      ctx.placementIds.set(p.key, member.placementId);
    }
  }

  /** Forms the roster; a group that leaves has the posting's employer's approval first (employer consent). */
  private async travel(ctx: DemoContext, group: PlannedGroup): Promise<string> {
    const agent = ctx.actor(group.agencyKey);
    const late = lateIfPast(group.departureDate);
    const created = await this.groups.create(
      agent,
      {
        postingId: ctx.id(ctx.postingIds, group.postingKey, 'posting'),
        departureDate: group.departureDate,
        departurePoint: group.departurePoint,
        transport: group.transport,
      },
      late,
    );
    ctx.groupIds.set(group.key, created.id);
    await this.groups.add(
      agent,
      created.id,
      group.workerKeys.map((key) => ctx.id(ctx.workerIds, key, 'worker')),
    );
    if (group.departed || group.arrivedOn) {
      await this.groups.approve(ctx.ownerOf(ctx.plan.postings.find((p) => p.key === group.postingKey)!), created.id, late);
      await this.groups.depart(agent, created.id, late);
    }
    return created.id;
  }

  /** Nominations still waiting for the employer, and some the employer turned down or the agency took back. */
  private async pendingApplications(
    ctx: DemoContext,
    postings: Map<string, PlannedPosting>,
    applications: PlannedApplication[],
    tick: () => void,
  ): Promise<void> {
    const batches = batchByAgencyAndPosting(
      ctx,
      applications,
      (a) => a.workerKey,
      (a) => a.postingKey,
    );
    await runLimited(batches, LANES, async (batch) => {
      const posting = postings.get(batch[0].postingKey)!;
      const nominated = await this.nominate(
        ctx,
        posting,
        batch.map((a) => a.workerKey),
      );
      for (const a of batch) {
        const id = nominated.get(a.workerKey)!;
        ctx.applicationIds.set(a.key, id);
        if (a.outcome === 'REJECTED') await this.applications.reject(ctx.ownerOf(posting), id, a.rejectReason!);
        const withdrawer = posting.kind === PostingKind.PUBLIC_WELFARE ? ctx.ownerOf(posting) : ctx.actor(a.agencyKey);
        if (a.outcome === 'WITHDRAWN') await this.applications.withdraw(withdrawer, id);
        // Inside the real hiring window: no late record, the rules of today as they are.
        if (a.outcome === 'HIRED_UPCOMING') {
          const hired = await this.placements.hire(ctx.ownerOf(posting), id, a.upcomingStart!, posting.contractMonths);
          ctx.upcomingPlacementIds.set(a.key, hired.id);
        }
        tick();
      }
    });
  }
}

function batchByAgencyAndPosting<T>(ctx: DemoContext, items: T[], workerOf: (item: T) => string, postingOf: (item: T) => string): T[][] {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const key = `${ctx.plannedWorker(workerOf(item)).hukouRegionCode}|${postingOf(item)}`;
    pushTo(byKey, key, item);
  }
  return [...byKey.values()].flatMap((list) => chunks(list, NOMINATION_BATCH));
}
