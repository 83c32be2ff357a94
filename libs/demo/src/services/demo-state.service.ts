import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEMO_USERNAME_PATTERN, DEMO_WORKER } from '../demo-constants.js';

export type DemoState = 'absent' | 'complete' | 'partial';

/** Rows of each kind that demo accounts created: what a seed added, and what a second seed must leave unchanged. */
export interface DemoFootprint {
  accounts: number;
  organizations: number;
  postings: number;
  households: number;
  workers: number;
  applications: number;
  groups: number;
  placements: number;
  confirmations: number;
  /** Organising agencies' follow-ups (跟踪回访). */
  followUps: number;
  claims: Record<'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'PAID', number>;
  targets: number;
}

/**
 * Reads (never writes) whether the demo is in this database. Demo accounts have reserved names (admin, worker-demo,
 * bureau-…, agent-…, employer-…, workshop-…, base-…, coop-…): no other code path creates dashed role names.
 */
@Injectable()
export class DemoStateService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * complete: worker-demo exists and has made both of her applications (the seeder's last writes);
   * absent: no account has a demo name; partial: anything in between (an interrupted seed, or names taken).
   */
  async state(): Promise<DemoState> {
    const accounts: Array<{ id: string; username: string }> = await this.dataSource.query('SELECT id, username FROM accounts WHERE username ~ $1', [
      DEMO_USERNAME_PATTERN,
    ]);
    if (accounts.length === 0) return 'absent';
    const demo = accounts.find((a) => a.username === DEMO_WORKER);
    if (!demo) return 'partial';
    const [{ count }] = await this.dataSource.query<Array<{ count: number }>>('SELECT count(*)::int AS count FROM applications WHERE created_by = $1', [
      demo.id,
    ]);
    return count >= 2 ? 'complete' : 'partial';
  }

  /** Demo account names already taken, for a helpful refusal. */
  async takenNames(): Promise<string[]> {
    const rows: Array<{ username: string }> = await this.dataSource.query('SELECT username FROM accounts WHERE username ~ $1 ORDER BY username LIMIT 5', [
      DEMO_USERNAME_PATTERN,
    ]);
    return rows.map((r) => r.username);
  }

  async footprint(): Promise<DemoFootprint> {
    const demo = 'SELECT id FROM accounts WHERE username ~ $1';
    const [row] = await this.dataSource.query<Array<Omit<DemoFootprint, 'claims'>>>(
      `SELECT
         (SELECT count(*) FROM accounts WHERE username ~ $1)::int AS accounts,
         (SELECT count(DISTINCT organization_id) FROM accounts WHERE username ~ $1)::int AS organizations,
         (SELECT count(*) FROM postings WHERE created_by IN (${demo}))::int AS postings,
         (SELECT count(DISTINCT household_id) FROM workers WHERE registered_by IN (${demo}))::int AS households,
         (SELECT count(*) FROM workers WHERE registered_by IN (${demo}))::int AS workers,
         (SELECT count(*) FROM applications WHERE created_by IN (${demo}))::int AS applications,
         (SELECT count(*) FROM placement_groups WHERE created_by IN (${demo}))::int AS groups,
         (SELECT count(*) FROM placements WHERE created_by IN (${demo}))::int AS placements,
         (SELECT count(*) FROM employment_confirmations WHERE confirmed_by IN (${demo}))::int AS confirmations,
         (SELECT count(*) FROM placement_follow_ups WHERE recorded_by IN (${demo}))::int AS "followUps",
         (SELECT count(*) FROM employment_targets WHERE set_by IN (${demo}))::int AS targets`,
      [DEMO_USERNAME_PATTERN],
    );
    const claims: Array<{ status: keyof DemoFootprint['claims']; count: number }> = await this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM subsidy_claims WHERE submitted_by IN (${demo}) GROUP BY status`,
      [DEMO_USERNAME_PATTERN],
    );
    const byStatus = { SUBMITTED: 0, APPROVED: 0, REJECTED: 0, PAID: 0 };
    for (const c of claims) byStatus[c.status] = c.count;
    return { ...row, claims: byStatus };
  }
}
