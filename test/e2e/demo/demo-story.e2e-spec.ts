import { chinaToday } from '@app/common';
import { DemoSeederService } from '@app/demo';
import { assess, type PlacementEvidence, type StoredPolicy } from '@app/subsidies';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../support/isolated-database.js';
import { uniquePrefix } from '../../support/search-helpers.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

/** China's calendar day of a timestamp column, in SQL. */
const day = (column: string) => `(${column} AT TIME ZONE 'Asia/Shanghai')::date`;

/** Tables the demo story writes, and columns of theirs that are not events (future by nature, or facts of the past). */
const STORY_TABLES = [
  'accounts',
  'organizations',
  'postings',
  'households',
  'workers',
  'worker_categories',
  'applications',
  'placement_groups',
  'placement_group_members',
  'placements',
  'employment_confirmations',
  'placement_follow_ups',
  'subsidy_claims',
  'subsidy_policies',
  'employment_targets',
  'audit_log',
];
const NOT_EVENTS = new Set([
  'postings.valid_until',
  'placement_groups.departure_date', // a group forming for next week
  'subsidy_policies.valid_from',
  'subsidy_policies.valid_to',
  'worker_categories.effective_from',
  'worker_categories.effective_to',
  'workers.birth_date',
  'placements.start_date', // checked on its own: only an accepted future-start hire may start later
]);

/**
 * The demo tells a story that could have happened: every row dated by the seeder's clock over 2024-2026, each event
 * after the ones it rests on, nothing after today. Checked in SQL on a freshly seeded database of its own.
 */
describe('demo story (seeder clock)', () => {
  let db: IsolatedDatabase;
  let t: TestApp;
  const today = chinaToday();

  beforeAll(async () => {
    db = await createIsolatedDatabase();
    t = await startTestApp({ DATABASE_URL: db.url, MEILI_INDEX_PREFIX: uniquePrefix('demo') });
    await t.app.get(DemoSeederService).seed({ scale: 0.05 });
  }, 180_000);

  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  const rows = <T = Record<string, any>>(sql: string, params: unknown[] = []) => db.query<T>(sql, params);

  it('dates nothing after today, spreads the story over 2024-2026, and leaves almost nothing dated on the seeding day', async () => {
    const columns = await rows<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = ANY($1) AND (data_type LIKE 'timestamp%' OR data_type = 'date')`,
      [STORY_TABLES],
    );
    const future: string[] = [];
    let onToday = 0;
    let total = 0;
    for (const c of columns.filter((c) => !NOT_EVENTS.has(`${c.table_name}.${c.column_name}`))) {
      const d = c.data_type === 'date' ? c.column_name : day(c.column_name);
      const [r] = await rows<{ later: number; today: number; n: number }>(
        `SELECT count(*) FILTER (WHERE ${d} > $1::date)::int AS later, count(*) FILTER (WHERE ${d} = $1::date)::int AS today,
                count(${c.column_name})::int AS n FROM ${c.table_name}`,
        [today],
      );
      if (r.later > 0) future.push(`${c.table_name}.${c.column_name}: ${r.later}`);
      onToday += r.today;
      total += r.n;
    }
    expect(future).toEqual([]);
    expect(total).toBeGreaterThan(3_000);
    expect(onToday / total).toBeLessThan(0.01);
    const years = await rows<{ year: number }>(`SELECT DISTINCT extract(year FROM ${day('created_at')})::int AS year FROM placements ORDER BY 1`);
    expect(years.map((y) => y.year)).toEqual([2024, 2025, 2026].filter((y) => y <= Number(today.slice(0, 4))));
    const started = await rows(`SELECT id FROM placements WHERE start_date > $1::date AND (status <> 'ACTIVE' OR application_id IS NULL)`, [today]);
    expect(started).toEqual([]);
    // Accepted hires for a start to come: nothing confirmed, hired before today.
    const upcoming = await rows<{ confirmed: number; hired: string }>(
      `SELECT (SELECT count(*) FROM employment_confirmations c WHERE c.placement_id = p.id)::int AS confirmed, to_char(${day('a.decided_at')}, 'YYYY-MM-DD') AS hired
         FROM placements p JOIN applications a ON a.id = p.application_id WHERE p.start_date > $1::date`,
      [today],
    );
    expect(upcoming.length).toBeGreaterThan(0);
    expect(upcoming.filter((u) => u.confirmed > 0 || u.hired >= today)).toEqual([]);
  });

  it('registers, publishes and nominates before the hire, hires inside the window, and marks only ledger entries late', async () => {
    const broken = await rows(
      `SELECT p.id, p.recorded_late,
              w.created_at < p.created_at AS registered_first,
              (s.created_at < p.created_at) AS posting_first,
              (p.recorded_late OR ${day('s.created_at')} <= p.start_date) AS posting_before_start,
              (p.recorded_late OR p.group_id IS NOT NULL OR (a.created_at < a.decided_at AND a.decided_at <= p.created_at AND w.created_at < a.created_at)) AS applied_first,
              (p.recorded_late OR ${day('p.created_at')} BETWEEN p.start_date - 90 AND p.start_date + 31) AS in_window,
              (NOT p.recorded_late OR (r.role = 'BUREAU' AND p.hukou_region_code LIKE rtrim(rtrim(r.region_code, '0'), '0') || '%' AND p.late_reason IS NOT NULL)) AS late_by_bureau,
              (p.end_date IS NULL OR ${day('p.updated_at')} >= p.end_date) AS ended_after_end
         FROM placements p JOIN workers w ON w.id = p.worker_id JOIN postings s ON s.id = p.posting_id
         JOIN accounts r ON r.id = p.created_by LEFT JOIN applications a ON a.id = p.application_id`,
    );
    const bad = broken.filter((r) => Object.entries(r).some(([k, v]) => k !== 'recorded_late' && k !== 'id' && v !== true));
    expect(bad).toEqual([]);
    expect(broken.length).toBeGreaterThan(100);
    const late = broken.filter((r) => r.recorded_late).length;
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(broken.length / 5);
  });

  it('forms, approves and sends off each group before its workers arrive', async () => {
    const bad = await rows(
      `SELECT g.id FROM placement_groups g
         LEFT JOIN placement_group_members m ON m.group_id = g.id
         LEFT JOIN placements p ON p.id = m.placement_id
        WHERE ${day('g.created_at')} > g.departure_date
           OR m.added_at < g.created_at OR g.approved_at < m.added_at OR g.departed_at < g.approved_at
           OR (g.departed_at IS NOT NULL AND g.approved_at IS NULL) OR p.created_at < g.departed_at`,
    );
    expect(bad).toEqual([]);
    expect((await rows(`SELECT id FROM placement_groups WHERE departed_at IS NOT NULL`)).length).toBeGreaterThan(2);
  });

  it('places nobody under 16, nobody under 18 in an east-west job, and no minor at all', async () => {
    const ages = await rows<{ kind: string; youngest: number; minors: number }>(
      `SELECT p.posting_kind AS kind, min(extract(year FROM age(p.start_date, w.birth_date)))::int AS youngest, count(*) FILTER (WHERE p.minor)::int AS minors
         FROM placements p JOIN workers w ON w.id = p.worker_id GROUP BY 1`,
    );
    expect(ages.length).toBeGreaterThan(2);
    for (const a of ages) {
      expect({ kind: a.kind, adult: a.youngest >= 18, minors: a.minors }).toEqual({ kind: a.kind, adult: true, minors: 0 });
    }
  });

  it('has returnees of both years: east in 2024, home, and east again in 2025 or 2026', async () => {
    const again = await rows<{ year: number; workers: number }>(
      `SELECT extract(year FROM b.start_date)::int AS year, count(DISTINCT a.worker_id)::int AS workers
         FROM placements a JOIN placements b ON b.worker_id = a.worker_id AND b.start_date > a.end_date
        WHERE a.posting_kind = 'EAST_WEST' AND b.posting_kind = 'EAST_WEST' AND a.start_date < '2025-01-01' AND a.end_reason = 'RETURNED_HOME'
        GROUP BY 1 ORDER BY 1`,
    );
    expect(again.reduce((n, r) => n + r.workers, 0)).toBeGreaterThan(0);
    expect(again.every((r) => r.year === 2025 || r.year === 2026)).toBe(true);
    const home = await rows<{ year: number }>(
      `SELECT DISTINCT extract(year FROM end_date)::int AS year FROM placements WHERE end_reason = 'RETURNED_HOME' ORDER BY 1`,
    );
    expect(home.map((r) => r.year)).toEqual(expect.arrayContaining([2025, 2026]));
  });

  it('confirms only finished months of the placement, after it was on record, and only by its employer', async () => {
    const bad = await rows(
      `SELECT c.id, c.month, p.start_date, p.end_date, a.username
         FROM employment_confirmations c JOIN placements p ON p.id = c.placement_id JOIN postings s ON s.id = p.posting_id
         JOIN accounts a ON a.id = c.confirmed_by
        WHERE ${day('c.created_at')} < (c.month || '-01')::date + interval '1 month'
           OR c.month < to_char(p.start_date, 'YYYY-MM') OR c.month > to_char(coalesce(p.end_date, $1::date), 'YYYY-MM')
           OR c.created_at <= p.created_at OR c.updated_at <> c.created_at
           OR NOT (CASE WHEN p.employer_organization_id IS NOT NULL THEN a.organization_id = p.employer_organization_id AND c.attested_by_role = 'EMPLOYER'
                        ELSE a.id = s.created_by AND c.attested_by_role = 'BUREAU' END)`,
      [today],
    );
    expect(bad).toEqual([]);
    expect((await rows('SELECT count(*)::int AS n FROM employment_confirmations'))[0].n).toBeGreaterThan(500);
  });

  it('has the organising agency follow up its placements from their start to today, and nobody else any placement', async () => {
    const placements = await rows<{ id: string; organised: boolean; follow_ups: number; bad: number; after_end: number; long: boolean }>(
      `SELECT p.id, p.agent_organization_id IS NOT NULL AS organised, count(f.id)::int AS follow_ups,
              count(f.id) FILTER (WHERE f.agent_organization_id IS DISTINCT FROM p.agent_organization_id
                                     OR a.organization_id IS DISTINCT FROM p.agent_organization_id OR a.role <> 'AGENT'
                                     OR f.contacted_on < p.start_date OR f.contacted_on > $1::date
                                     OR ${day('f.created_at')} < f.contacted_on OR f.created_at <= p.created_at
                                     OR (f.still_employed AND f.contacted_on > p.end_date))::int AS bad,
              count(f.id) FILTER (WHERE f.contacted_on > p.end_date)::int AS after_end,
              coalesce(p.end_date, $1::date) - p.start_date >= 100 AS long
         FROM placements p LEFT JOIN placement_follow_ups f ON f.placement_id = p.id LEFT JOIN accounts a ON a.id = f.recorded_by
        WHERE p.start_date < $1::date - 10 GROUP BY p.id`,
      [today],
    );
    expect(placements.filter((p) => p.bad > 0 || (!p.organised && p.follow_ups > 0))).toEqual([]);
    const organised = placements.filter((p) => p.organised);
    expect(organised.length).toBeGreaterThan(50);
    expect(placements.some((p) => !p.organised)).toBe(true);
    // Every one of them followed up, the longer ones monthly for three months and then quarterly; some after the end.
    expect(organised.filter((p) => p.follow_ups === 0)).toEqual([]);
    expect(organised.filter((p) => p.long && p.follow_ups < 4)).toEqual([]);
    expect(organised.some((p) => p.after_end > 0)).toBe(true);
    // A follow-up is never a confirmation: each month an agency's placement counts was confirmed by its employer.
    const attested = await rows(
      `SELECT c.id FROM employment_confirmations c JOIN placements p ON p.id = c.placement_id JOIN accounts a ON a.id = c.confirmed_by
        WHERE p.agent_organization_id IS NOT NULL AND (a.role <> 'EMPLOYER' OR a.organization_id = p.agent_organization_id)`,
    );
    expect(attested).toEqual([]);
  });

  it('has each tracking-service claim rest on the agency’s follow-ups recorded before it', async () => {
    const claims = await rows<{ id: string; before: number }>(
      `SELECT s.id, count(f.id)::int AS before FROM subsidy_claims s JOIN placements p ON p.id = s.placement_id
         LEFT JOIN placement_follow_ups f ON f.placement_id = p.id AND f.agent_organization_id = s.beneficiary_organization_id AND f.created_at < s.created_at
        WHERE s.kind = 'TRACKING_SERVICE' GROUP BY s.id`,
    );
    expect(claims.length).toBeGreaterThan(0);
    // The first contact and the monthly ones of the first three months come before three insured months are over.
    expect(claims.filter((c) => c.before < 3)).toEqual([]);
  });

  it('submits claims after their evidence, reviews after submission and pays after approval, never later than today', async () => {
    const bad = await rows(
      `SELECT s.id, s.status FROM subsidy_claims s JOIN placements p ON p.id = s.placement_id
        WHERE s.created_at <= p.created_at
           OR (s.status <> 'SUBMITTED' AND (s.reviewed_at IS NULL OR s.reviewed_at <= s.created_at))
           OR (s.status = 'PAID') <> (s.paid_on IS NOT NULL)
           OR s.paid_on < ${day('s.reviewed_at')} OR s.paid_on > $1::date
           OR EXISTS (SELECT 1 FROM jsonb_array_elements(s.evidence->'evidence'->'confirmations') e
                        JOIN employment_confirmations c ON c.placement_id = s.placement_id AND c.month = e->>'month'
                       WHERE c.created_at > s.created_at)`,
      [today],
    );
    expect(bad).toEqual([]);
    const statuses = await rows<{ status: string }>('SELECT DISTINCT status FROM subsidy_claims ORDER BY 1');
    expect(statuses.map((s) => s.status).sort()).toEqual(['APPROVED', 'PAID', 'REJECTED', 'SUBMITTED']);
  });

  it('submits each claim on a day its subsidy was ELIGIBLE on the evidence of that day', async () => {
    const claims = await rows<{ id: string; kind: string; submitted: string; evidence: { evidence: PlacementEvidence; policy: { id: string } } }>(
      `SELECT id, kind, to_char(${day('created_at')}, 'YYYY-MM-DD') AS submitted, evidence FROM subsidy_claims`,
    );
    const policies = new Map<string, StoredPolicy>(
      (
        await rows<StoredPolicy>(
          `SELECT id, province_code AS "provinceCode", name, version, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom",
                  to_char(valid_to, 'YYYY-MM-DD') AS "validTo", rules, supersedes_id AS "supersedesId" FROM subsidy_policies`,
        )
      ).map((p) => [p.id, p] as const),
    );
    expect(claims.length).toBeGreaterThan(20);
    const notEligible = claims.filter((c) => {
      const assessment = assess(policies.get(c.evidence.policy.id)!, { ...c.evidence.evidence, existingClaims: [] }, c.submitted).find(
        (a) => a.kind === c.kind,
      );
      return assessment?.status !== 'ELIGIBLE';
    });
    expect(notEligible.map((c) => `${c.kind} on ${c.submitted}`)).toEqual([]);
  });

  it('dates each audit entry at the event it records', async () => {
    const bad = await rows(
      `SELECT a.action, a.at, s.created_at, s.reviewed_at FROM audit_log a JOIN subsidy_claims s ON s.id = a.subject_id
        WHERE (a.action = 'subsidy_claim.submitted' AND a.at <> s.created_at)
           OR (a.action IN ('subsidy_claim.approved', 'subsidy_claim.rejected') AND a.at <> s.reviewed_at)
           OR (a.action = 'subsidy_claim.paid' AND ${day('a.at')} <> s.paid_on)`,
    );
    expect(bad).toEqual([]);
    const late = await rows(
      `SELECT a.at FROM audit_log a JOIN placements p ON p.id = a.subject_id WHERE a.action = 'placement.recorded_late' AND a.at <> p.created_at`,
    );
    expect(late).toEqual([]);
    const [{ n }] = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE ${day('at')} >= $1::date - 1`, [today]);
    const [{ all }] = await rows<{ all: number }>('SELECT count(*)::int AS "all" FROM audit_log');
    expect(n / all).toBeLessThan(0.2);
  });
});
