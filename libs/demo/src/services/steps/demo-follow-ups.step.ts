import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { chinaToday } from '@app/common';
import { FOLLOW_UP_NOTE_MAX, PlacementFollowUpEntity, PlacementStatus } from '@app/placements';
import type { DemoContext } from '../demo-context.js';
import { chunks } from '../run-limited.js';

const BATCH = 2_000;

/**
 * The organising agencies' follow-ups (跟踪回访) of the placements they organised, written in batches: a 3,000-worker
 * world has some ten thousand, and PlacementsService.recordFollowUp saves one at a time. They mirror what
 * recordFollowUp checks and writes: only the agency that organised the placement (its account recorded), never a
 * cancelled placement, a contact day from the start to today, a note of 1-500 characters. A follow-up is the agency's
 * own record: it writes no confirmation and no subsidy counts it. DemoHistoryStep dates each by the story's clock.
 */
@Injectable()
export class DemoFollowUpsStep {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(ctx: DemoContext): Promise<number> {
    const today = chinaToday();
    const planned = ctx.plan.placements.filter((p) => p.followUps.length > 0);
    const stored = new Map(
      (
        await this.dataSource.query<Array<{ id: string; agent_organization_id: string | null; start_date: string; status: PlacementStatus }>>(
          `SELECT id, agent_organization_id, to_char(start_date, 'YYYY-MM-DD') AS start_date, status FROM placements WHERE id = ANY($1::uuid[])`,
          [planned.map((p) => ctx.id(ctx.placementIds, p.key, 'placement'))],
        )
      ).map((row) => [row.id, row]),
    );
    const rows: Array<Omit<PlacementFollowUpEntity, 'id' | 'createdAt'>> = [];
    const keys: Array<{ placementKey: string; index: number }> = [];
    for (const p of planned) {
      const placementId = ctx.id(ctx.placementIds, p.key, 'placement');
      const placement = stored.get(placementId);
      const agency = p.agencyKey ? ctx.actor(p.agencyKey) : null;
      if (!placement || !agency?.organizationId || placement.agent_organization_id !== agency.organizationId)
        throw new Error(`Demo plan: placement ${p.key} was not organised by ${p.agencyKey ?? 'an agency'}, so it cannot follow it up`);
      const { organizationId, accountId } = agency;
      if (placement.status === PlacementStatus.CANCELLED) throw new Error(`Demo plan: placement ${p.key} is cancelled`);
      p.followUps.forEach((f, index) => {
        if (f.contactedOn < placement.start_date || f.contactedOn > today)
          throw new Error(`Demo plan: follow-up of ${p.key} on ${f.contactedOn} lies outside ${placement.start_date}…${today}`);
        const note = f.note.trim();
        if (!note || [...note].length > FOLLOW_UP_NOTE_MAX)
          throw new Error(`Demo plan: follow-up of ${p.key} on ${f.contactedOn} has no note or too long a one`);
        rows.push({
          placementId,
          agentOrganizationId: organizationId,
          contactedOn: f.contactedOn,
          channel: f.channel,
          note,
          stillEmployed: f.stillEmployed,
          recordedBy: accountId,
        });
        keys.push({ placementKey: p.key, index });
      });
    }
    const progress = ctx.stage('follow-ups', rows.length);
    for (const [i, batch] of chunks(rows, BATCH).entries()) {
      const { identifiers } = await this.dataSource.manager.insert(PlacementFollowUpEntity, batch);
      identifiers.forEach((identifier, j) => ctx.followUpIds.set(identifier.id as string, keys[i * BATCH + j]));
      progress.tick(batch.length);
    }
    return rows.length;
  }
}
