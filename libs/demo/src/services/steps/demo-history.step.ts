import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { chinaDateOf } from '@app/common';
import { DEMO_GUIZHOU_SUCCESSOR } from '../../data/demo-policies.data.js';
import { DEMO_WORKER } from '../../demo-constants.js';
import type { DemoContext } from '../demo-context.js';
import { chunks } from '../run-limited.js';

const BATCH = 5_000;
type Cell = string | Date | boolean | null;
type SqlType = 'timestamptz' | 'date' | 'jsonb' | 'boolean' | 'text';

/**
 * The one place the demo writes history directly. The services wrote every row and checked every rule against the
 * real today; the demo story happened over 2024-2026, so this step dates the rows by the seeder's clock
 * (DemoStoryClock): created_at, updated_at, decisions, confirmations, follow-ups, claims, payments and the audit log, in one
 * transaction. It changes no fact the rules judged (who, which posting, start and end dates, months, amounts); it only
 * clears the late-record mark (recordedLate) of hires that in the story were made on time, and keeps each claim's
 * evidence snapshot as it stood on its submission day.
 */
@Injectable()
export class DemoHistoryStep {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(ctx: DemoContext): Promise<void> {
    const progress = ctx.stage('history', 10);
    await this.dataSource.transaction(async (m) => {
      await this.accountsAndOrganizations(m, ctx);
      progress.tick();
      await this.postings(m, ctx);
      progress.tick();
      await this.workers(m, ctx);
      progress.tick();
      await this.groups(m, ctx);
      progress.tick();
      await this.placementsAndApplications(m, ctx);
      progress.tick();
      await this.confirmations(m, ctx);
      progress.tick();
      await this.followUps(m, ctx);
      progress.tick();
      await this.claims(m, ctx);
      progress.tick();
      await this.targetsAndPolicies(m, ctx);
      progress.tick();
      await this.derived(m);
      progress.tick();
    });
  }

  /** worker-demo's last application, sent after the rest of the story was dated (it marks a complete seed). */
  async dateLastApplication(ctx: DemoContext, applicationId: string, key: string): Promise<void> {
    const { created } = ctx.clock.application(key);
    await this.dataSource.query('UPDATE applications SET created_at = $2, updated_at = $2 WHERE id = $1', [applicationId, created]);
  }

  private async accountsAndOrganizations(m: EntityManager, ctx: DemoContext): Promise<void> {
    const { clock, plan } = ctx;
    const organizations = new Set(plan.organizations.map((o) => o.key));
    const accounts: Cell[][] = [];
    for (const [username, actor] of ctx.actors) {
      if (username === DEMO_WORKER) continue;
      accounts.push([actor.accountId, organizations.has(username) ? clock.organizationCreated(username) : clock.accountCreated(username)]);
    }
    await this.set(m, 'accounts', { created_at: 'timestamptz' }, accounts);
    await this.set(
      m,
      'organizations',
      { created_at: 'timestamptz', verified_at: 'timestamptz' },
      plan.organizations.map((o) => [ctx.id(ctx.organizationIds, o.key, 'organisation'), clock.organizationCreated(o.key), clock.organizationVerified(o.key)]),
      { verified_at: 'CASE WHEN t.verified_at IS NULL THEN NULL ELSE v.verified_at END' },
    );
    await m.query('UPDATE organizations SET updated_at = GREATEST(created_at, verified_at) WHERE id = ANY($1::uuid[])', [[...ctx.organizationIds.values()]]);
  }

  private async postings(m: EntityManager, ctx: DemoContext): Promise<void> {
    const { clock, plan } = ctx;
    const lastEnd = new Map<string, Date>();
    for (const p of plan.placements) {
      const ended = clock.placement(p.key).ended;
      if (ended && ended > (lastEnd.get(p.postingKey) ?? new Date(0))) lastEnd.set(p.postingKey, ended);
    }
    await this.set(
      m,
      'postings',
      { created_at: 'timestamptz', published_at: 'timestamptz', closed_at: 'timestamptz' },
      plan.postings.map((p) => {
        const published = clock.postingPublished(p.key);
        const closed = p.closeAtEnd ? clock.postingClosed(p.key, lastEnd.get(p.key) ?? published) : null;
        return [ctx.id(ctx.postingIds, p.key, 'posting'), published, published, closed];
      }),
      {
        published_at: 'CASE WHEN t.published_at IS NULL THEN NULL ELSE v.published_at END',
        closed_at: 'CASE WHEN t.closed_at IS NULL THEN NULL ELSE v.closed_at END',
      },
    );
  }

  private async workers(m: EntityManager, ctx: DemoContext): Promise<void> {
    const { clock, plan } = ctx;
    const all = [...plan.workers, plan.demoWorker.worker];
    const rows = all.map((w) => [
      ctx.id(ctx.workerIds, w.key, 'worker'),
      clock.workerRegistered(w.key),
      clock.categoriesVerified(w.key, w.registrar === 'AGENT'),
    ]);
    await this.set(
      m,
      'workers',
      { created_at: 'timestamptz' },
      rows.map((r) => r.slice(0, 2)),
    );
    for (const batch of chunks(rows, BATCH)) {
      await m.query(
        `UPDATE worker_categories c SET verified_at = v.at FROM unnest($1::uuid[], $2::timestamptz[]) AS v(id, at)
          WHERE c.worker_id = v.id AND c.verified_at IS NOT NULL`,
        [batch.map((r) => r[0]), batch.map((r) => r[2])],
      );
      // An agency's registration is accepted by the county bureau together with the categories (issue 15, item 4).
      await m.query(
        `UPDATE workers w SET registration_reviewed_at = v.at FROM unnest($1::uuid[], $2::timestamptz[]) AS v(id, at)
          WHERE w.id = v.id AND w.registration_reviewed_at IS NOT NULL`,
        [batch.map((r) => r[0]), batch.map((r) => r[2])],
      );
    }
    const workerIds = rows.map((r) => r[0]);
    await m.query(
      `UPDATE households h SET created_at = w.first FROM (SELECT household_id, min(created_at) AS first FROM workers WHERE id = ANY($1::uuid[]) GROUP BY household_id) w
        WHERE h.id = w.household_id`,
      [workerIds],
    );
    // worker-demo's login was made with her registration.
    await m.query('UPDATE accounts a SET created_at = w.created_at FROM workers w WHERE a.worker_id = w.id AND w.id = ANY($1::uuid[])', [workerIds]);
  }

  private async groups(m: EntityManager, ctx: DemoContext): Promise<void> {
    const { clock, plan } = ctx;
    const rows = plan.groups.map((g) => {
      const story = clock.group(g.key);
      return [
        ctx.id(ctx.groupIds, g.key, 'group'),
        story.created,
        story.approved,
        story.departed,
        story.departed ? chinaDateOf(story.departed) : null,
        story.membersAdded,
      ];
    });
    await this.set(
      m,
      'placement_groups',
      { created_at: 'timestamptz', approved_at: 'timestamptz', departed_at: 'timestamptz', departed_on: 'date' },
      rows.map((r) => r.slice(0, 5)),
    );
    for (const batch of chunks(rows, BATCH)) {
      await m.query('UPDATE placement_group_members g SET added_at = v.at FROM unnest($1::uuid[], $2::timestamptz[]) AS v(id, at) WHERE g.group_id = v.id', [
        batch.map((r) => r[0]),
        batch.map((r) => r[5]),
      ]);
    }
  }

  private async placementsAndApplications(m: EntityManager, ctx: DemoContext): Promise<void> {
    const { clock, plan } = ctx;
    const all = [...plan.placements, { key: DEMO_WORKER, recordedLate: false }];
    const placements = all.map((p) => {
      const story = clock.placement(p.key);
      return [ctx.id(ctx.placementIds, p.key, 'placement'), story.created, story.ended ?? story.created, p.recordedLate];
    });
    await this.set(m, 'placements', { created_at: 'timestamptz', updated_at: 'timestamptz', recorded_late: 'boolean' }, placements, {
      // In the story only the ledger entries were late records; the other hires were made on time.
      late_reason: 'CASE WHEN v.recorded_late THEN t.late_reason ELSE NULL END',
    });
    const hires: Cell[][] = [];
    for (const p of all) {
      const story = clock.placement(p.key);
      if (story.nominated) hires.push([ctx.id(ctx.placementIds, p.key, 'placement'), story.nominated, story.created]);
    }
    for (const batch of chunks(hires, BATCH)) {
      await m.query(
        `UPDATE applications a SET created_at = v.created, decided_at = v.decided, updated_at = v.decided
           FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS v(placement_id, created, decided)
           JOIN placements p ON p.id = v.placement_id
          WHERE a.id = p.application_id`,
        [batch.map((r) => r[0]), batch.map((r) => r[1]), batch.map((r) => r[2])],
      );
    }
    const pending = [...ctx.applicationIds].map(([key, id]) => {
      const story = clock.application(key);
      return [id, story.created, story.decided, story.decided ?? story.created];
    });
    // A hire for a start to come: the placement dates from the hire.
    const upcoming = [...ctx.upcomingPlacementIds].map(([key, id]) => [id, clock.application(key).decided, clock.application(key).decided]);
    await this.set(m, 'placements', { created_at: 'timestamptz', updated_at: 'timestamptz' }, upcoming);
    await this.set(m, 'applications', { created_at: 'timestamptz', decided_at: 'timestamptz', updated_at: 'timestamptz' }, pending, {
      decided_at: 'CASE WHEN t.decided_at IS NULL THEN NULL ELSE v.decided_at END',
    });
  }

  private async confirmations(m: EntityManager, ctx: DemoContext): Promise<void> {
    const { clock, plan } = ctx;
    const all = [...plan.placements, { ...plan.demoWorker.placement, key: DEMO_WORKER }];
    const rows = all.flatMap((p) =>
      p.confirmations.map((c) => [ctx.id(ctx.placementIds, p.key, 'placement'), c.month, clock.confirmed(p.key, c.month)] as const),
    );
    for (const batch of chunks(rows, BATCH)) {
      await m.query(
        `UPDATE employment_confirmations c SET created_at = v.at, updated_at = v.at
           FROM unnest($1::uuid[], $2::text[], $3::timestamptz[]) AS v(placement_id, month, at)
          WHERE c.placement_id = v.placement_id AND c.month = v.month`,
        [batch.map((r) => r[0]), batch.map((r) => r[1]), batch.map((r) => r[2])],
      );
    }
  }

  private async followUps(m: EntityManager, ctx: DemoContext): Promise<void> {
    const rows = [...ctx.followUpIds].map(([id, f]) => [id, ctx.clock.followUpRecorded(f.placementKey, f.index)]);
    await this.set(m, 'placement_follow_ups', { created_at: 'timestamptz' }, rows);
  }

  private async claims(m: EntityManager, ctx: DemoContext): Promise<void> {
    const rows = [...ctx.claimStories].map(([id, s]) => [
      id,
      s.submitted,
      s.reviewed,
      s.paidOn,
      s.paid ?? s.reviewed ?? s.submitted,
      JSON.stringify(ctx.claimSnapshots.get(id) ?? null),
    ]);
    await this.set(
      m,
      'subsidy_claims',
      { created_at: 'timestamptz', reviewed_at: 'timestamptz', paid_on: 'date', updated_at: 'timestamptz', evidence: 'jsonb' },
      rows,
      {
        reviewed_at: 'CASE WHEN t.reviewed_at IS NULL THEN NULL ELSE v.reviewed_at END',
        paid_on: 'CASE WHEN t.paid_on IS NULL THEN NULL ELSE v.paid_on END',
        evidence: "CASE WHEN v.evidence = 'null'::jsonb THEN t.evidence ELSE v.evidence END",
      },
    );
  }

  private async targetsAndPolicies(m: EntityManager, ctx: DemoContext): Promise<void> {
    const { clock, plan } = ctx;
    for (const batch of chunks(plan.targets, BATCH)) {
      await m.query(
        `UPDATE employment_targets t SET updated_at = v.at FROM unnest($1::text[], $2::int[], $3::timestamptz[]) AS v(region_code, year, at)
          WHERE t.region_code = v.region_code AND t.year = v.year`,
        [batch.map((t) => t.regionCode), batch.map((t) => t.year), batch.map((t) => clock.targetSet(t.regionCode, t.year))],
      );
    }
    // The shipped policies were in the system from the start; the demo's successor was entered before it applied.
    await m.query('UPDATE subsidy_policies SET created_at = LEAST(created_at, $1) WHERE NOT (province_code = $2 AND version = $3)', [
      clock.setUp,
      DEMO_GUIZHOU_SUCCESSOR.provinceCode,
      DEMO_GUIZHOU_SUCCESSOR.version,
    ]);
    await m.query('UPDATE subsidy_policies SET created_at = $1 WHERE province_code = $2 AND version = $3', [
      clock.policyEntered(DEMO_GUIZHOU_SUCCESSOR.validFrom),
      DEMO_GUIZHOU_SUCCESSOR.provinceCode,
      DEMO_GUIZHOU_SUCCESSOR.version,
    ]);
  }

  /** What follows from the dated rows: last changes, and each audit entry at the moment of the event it records. */
  private async derived(m: EntityManager): Promise<void> {
    await m.query(`UPDATE postings p SET updated_at = GREATEST(p.created_at, p.closed_at, (SELECT max(updated_at) FROM placements WHERE posting_id = p.id))`);
    await m.query(
      `UPDATE workers w SET updated_at = GREATEST(w.created_at,
          w.registration_reviewed_at,
          (SELECT max(verified_at) FROM worker_categories WHERE worker_id = w.id),
          (SELECT max(updated_at) FROM placements WHERE worker_id = w.id))`,
    );
    await m.query(
      `UPDATE audit_log a SET at = s.at FROM (
          SELECT 'placement' AS subject_type, id, 'placement.ended' AS action, updated_at AS at FROM placements
          UNION ALL SELECT 'placement', id, 'placement.recorded_late', created_at FROM placements
          UNION ALL SELECT 'placement_group', id, 'placement_group.approved', approved_at FROM placement_groups
          UNION ALL SELECT 'subsidy_claim', id, 'subsidy_claim.submitted', created_at FROM subsidy_claims
          UNION ALL SELECT 'subsidy_claim', id, 'subsidy_claim.approved', reviewed_at FROM subsidy_claims
          UNION ALL SELECT 'subsidy_claim', id, 'subsidy_claim.rejected', reviewed_at FROM subsidy_claims
          UNION ALL SELECT 'subsidy_claim', id, 'subsidy_claim.paid', updated_at FROM subsidy_claims
          UNION ALL SELECT 'organization', id, 'organization.verified', verified_at FROM organizations
          UNION ALL SELECT 'worker', worker_id, 'worker.categories.verified', max(verified_at) FROM worker_categories GROUP BY worker_id
          UNION ALL SELECT 'worker', id, 'worker.registration.accepted', registration_reviewed_at FROM workers
        ) s
        WHERE a.subject_type = s.subject_type AND a.subject_id = s.id AND a.action = s.action AND s.at IS NOT NULL`,
    );
    // A member joins a household with their registration.
    await m.query(
      `UPDATE audit_log a SET at = w.created_at FROM workers w
        WHERE a.action = 'household.member.joined' AND a.subject_type = 'household' AND w.id = (a.after->>'workerId')::uuid`,
    );
  }

  /**
   * UPDATE table t SET column = v.column … FROM unnest(arrays) AS v WHERE t.id = v.id, in batches; `expressions`
   * replaces a column's value (or sets a column not in `columns`) with an SQL expression over t and v.
   */
  private async set(
    m: EntityManager,
    table: string,
    columns: Record<string, SqlType>,
    rows: Cell[][],
    expressions: Record<string, string> = {},
  ): Promise<void> {
    const names = Object.keys(columns);
    const assignments = [...new Set([...names, ...Object.keys(expressions)])].map((c) => `${c} = ${expressions[c] ?? `v.${c}`}`).join(', ');
    const arrays = names.map((c, i) => `$${i + 2}::${columns[c] === 'jsonb' ? 'text' : columns[c]}[]`).join(', ');
    const casts = names.map((c) => (columns[c] === 'jsonb' ? `v_${c}::jsonb AS ${c}` : `v_${c} AS ${c}`)).join(', ');
    const sql = `UPDATE ${table} t SET ${assignments}
      FROM (SELECT id, ${casts} FROM unnest($1::uuid[], ${arrays}) AS u(id, ${names.map((c) => `v_${c}`).join(', ')})) v
      WHERE t.id = v.id`;
    for (const batch of chunks(rows, BATCH)) {
      await m.query(sql, [batch.map((r) => r[0]), ...names.map((_, i) => batch.map((r) => r[i + 1]))]);
    }
  }
}
