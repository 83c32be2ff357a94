/**
 * `npm run bench:unclaimed`: what 应发尽发 costs on a large county. eligibleUnclaimedSubsidies assesses on every call
 * (never stored, so it cannot disagree with subsidyEligibility): how long does a bureau wait for a page?
 * In its own PostgreSQL and API: a large sending county (惠水县, BENCH_WORKERS registered 脱贫人口, 30,000 by
 * default) with one east-west placement each, started 2024-01 .. 2025-11 under Guizhou's shipped policy, some ended, each
 * with a confirmed, insured month for every month it ran (as the employer would have confirmed); then its bureau walks
 * the whole list through the API, BENCH_PAGE items a page, timing each page. Prints the pages' p50 / p95 / max beside
 * the goal.
 */
import { performance } from 'node:perf_hooks';
import bcrypt from 'bcryptjs';
import { ms, percentile } from './search/percentiles.js';
import { line, startBenchStack } from './support/bench-stack.js';

const WORKERS = Number(process.env.BENCH_WORKERS ?? 30_000);
const COUNTY = '522731';
const TODAY = '2026-11-22';
const NOBODY = `'00000000-0000-4000-8000-000000000000'::uuid`;

/** The county's people, their employers and placements, and every month confirmed: set-based, inside PostgreSQL. */
const WORLD = [
  `SELECT setseed(0.731);
   CREATE TABLE bench_people AS SELECT g AS n, gen_random_uuid() AS id, gen_random_uuid() AS household FROM generate_series(1, ${WORKERS}) g;
   INSERT INTO households (id, hukou_region_code) SELECT household, '${COUNTY}' FROM bench_people`,
  `INSERT INTO workers (id, name, id_ciphertext, id_key_id, id_fingerprint, id_masked, gender, birth_date, hukou_region_code,
                        household_id, labor_capacity, registered_by, version)
   SELECT id, '务工人员' || n, '\\x00'::bytea, 'bench', encode(sha256(convert_to(id::text, 'UTF8')), 'hex'),
          '${COUNTY}********' || lpad((n % 10000)::text, 4, '0'),
          (CASE WHEN n % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END)::gender, date '1972-01-01' + (n % 11000)::int, '${COUNTY}', household,
          'FULL'::labor_capacity, ${NOBODY}, 1
   FROM bench_people;
   INSERT INTO worker_categories (worker_id, category, effective_from, verified_at, verified_by)
   SELECT id, 'POVERTY_ALLEVIATED', date '2020-01-01', now(), ${NOBODY} FROM bench_people`,
  `INSERT INTO organizations (name, kind, credit_code, region_code)
   SELECT '东部协作企业' || g, 'ENTERPRISE'::organization_kind, upper(substr(md5('east' || g), 1, 18)), '440306' FROM generate_series(1, 300) g;
   INSERT INTO postings (kind, title, organization_id, region_code, wage_min, wage_max, headcount, contract_months, created_by, version)
   SELECT 'EAST_WEST'::posting_kind, '电子厂普工', id, region_code, 4000, 6000, 1000, 12, ${NOBODY}, 1 FROM organizations;
   -- The county's labour agency, which organised every other placement (跟踪服务补贴, 求职补贴 for organised export).
   INSERT INTO organizations (name, kind, credit_code, region_code, verified_at)
   VALUES ('惠水县劳务公司', 'LABOR_AGENCY', upper(substr(md5('agency'), 1, 18)), '${COUNTY}', now())`,
  `CREATE TABLE bench_jobs AS SELECT id, organization_id, row_number() OVER (ORDER BY id)::int AS n FROM postings;
   INSERT INTO placements (worker_id, posting_id, posting_kind, employer_organization_id, organized, agent_organization_id, scope,
                           hukou_region_code, work_region_code, start_date, end_date, contract_months, status, end_reason, created_by)
   SELECT w.id, j.id, 'EAST_WEST', j.organization_id, w.n % 2 = 0,
          CASE WHEN w.n % 2 = 0 THEN (SELECT id FROM organizations WHERE kind = 'LABOR_AGENCY') END, 'OTHER_PROVINCE', '${COUNTY}', '440306', x.start,
          CASE WHEN x.start + x.days <= date '${TODAY}' THEN x.start + x.days END, 12,
          (CASE WHEN x.start + x.days <= date '${TODAY}' THEN 'ENDED' ELSE 'ACTIVE' END)::placement_status,
          (CASE WHEN x.start + x.days <= date '${TODAY}' THEN 'CONTRACT_ENDED' END)::placement_end_reason, ${NOBODY}
     FROM bench_people w
     CROSS JOIN LATERAL (SELECT date '2024-01-01' + floor(random() * 690)::int AS start, 60 + floor(random() * 640)::int AS days) x
     JOIN bench_jobs j ON j.n = 1 + w.n % 300`,
  // Every month each placement ran, up to the month before today, confirmed employed and insured by its employer.
  `INSERT INTO employment_confirmations (placement_id, month, employed, monthly_wage, social_insurance_paid, confirmed_by, attested_by_role)
   SELECT pl.id, to_char(m, 'YYYY-MM'), true, 4200, true, ${NOBODY}, 'EMPLOYER'
     FROM placements pl
    CROSS JOIN LATERAL generate_series(date_trunc('month', pl.start_date),
                                       date_trunc('month', coalesce(pl.end_date, date '${TODAY}')) - interval '1 month', interval '1 month') m;
   DROP TABLE bench_people, bench_jobs`,
  'VACUUM ANALYZE',
];
const PAGE = Number(process.env.BENCH_PAGE ?? 100);
/** A page the bureau asked for should come within a second, even when it has to read the most it may (2,000 placements). */
const PAGE_GOAL_MS = 1_000;
const UNCLAIMED = `query($filter: UnclaimedSubsidyFilterInput, $first: Int, $after: String) {
  eligibleUnclaimedSubsidies(filter: $filter, first: $first, after: $after) {
    edges { node { placement { id startDate worker { name maskedIdNumber } } assessment { kind amount title } } }
    pageInfo { hasNextPage endCursor } scannedPlacements } }`;

async function main(): Promise<void> {
  const stack = await startBenchStack('unclaimed', { OUTBOX_RELAY: 'false' });
  try {
    const { db, gql } = stack;
    const started = performance.now();
    for (const statement of WORLD) await db.query(statement);
    const counted = await db.query(
      'SELECT (SELECT count(*) FROM placements)::int AS placements, (SELECT count(*) FROM employment_confirmations)::int AS months',
    );
    const world = counted.rows[0] as { placements: number; months: number };
    line(
      'county',
      `${COUNTY}: ${world.placements.toLocaleString('en')} placements, ${world.months.toLocaleString('en')} confirmed months, generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    await db.query(`INSERT INTO accounts (username, password_hash, role, region_code) VALUES ('bench-county', $1, 'BUREAU', $2)`, [
      bcrypt.hashSync('bench-password', 4),
      COUNTY,
    ]);
    const token = (await gql('mutation { login(input: { username: "bench-county", password: "bench-password" }) { accessToken } }')).login.accessToken;

    if (process.env.BENCH_DEBUG) {
      const sample = (await db.query('SELECT id FROM placements ORDER BY start_date LIMIT 1')).rows[0].id as string;
      const assessed = await gql('query($id: ID!) { subsidyEligibility(placementId: $id) { kind status reason } }', { id: sample }, token);
      process.stdout.write(`${JSON.stringify(assessed.subsidyEligibility, null, 1)}\n`);
    }
    const times: number[] = [];
    const scanned: number[] = [];
    let items = 0;
    let after: string | null = null;
    const walkStarted = performance.now();
    do {
      const t0 = performance.now();
      const page: any = (await gql(UNCLAIMED, { first: PAGE, after }, token)).eligibleUnclaimedSubsidies;
      times.push(performance.now() - t0);
      scanned.push(page.scannedPlacements);
      items += page.edges.length;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const walk = performance.now() - walkStarted;
    const p95 = percentile(times, 95);
    line('walk', `${times.length} pages of up to ${PAGE}, ${items.toLocaleString('en')} subsidies owed, ${(walk / 1000).toFixed(1)} s in all`);
    line('placements read per page p50 / max', `${percentile(scanned, 50)} / ${Math.max(...scanned)}`);
    line('page p50', ms(percentile(times, 50)));
    line('page p95', ms(p95), `≤ ${PAGE_GOAL_MS} ms: ${p95 <= PAGE_GOAL_MS ? 'met' : 'NOT met'}`);
    line('page max', ms(Math.max(...times)));

    // The worst page: nothing owed anywhere (every category still to be verified, so every subsidy is PENDING), so each
    // call reads the most it may (2,000 placements, or what its time budget allows) and comes back empty with a cursor.
    await db.query('UPDATE worker_categories SET verified_at = NULL, verified_by = NULL');
    const empty: number[] = [];
    const emptyScanned: number[] = [];
    after = null;
    for (let call = 0; call < 10; call++) {
      const t0 = performance.now();
      const page: any = (await gql(UNCLAIMED, { first: PAGE, after }, token)).eligibleUnclaimedSubsidies;
      const elapsed = performance.now() - t0;
      if (page.edges.length > 0) throw new Error(`expected nothing owed, got ${page.edges.length} items`);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      // The county's last, shorter stretch is not the worst case: every call that stopped at its limit (2,000
      // placements, or its time budget) and hands on a cursor is.
      if (after) {
        empty.push(elapsed);
        emptyScanned.push(page.scannedPlacements);
      }
      if (!after) break;
    }
    const emptyP95 = percentile(empty, 95);
    line('empty page placements read min / max', `${Math.min(...emptyScanned)} / ${Math.max(...emptyScanned)}`);
    line('empty page p50', ms(percentile(empty, 50)), `${empty.length} calls`);
    line('empty page p95', ms(emptyP95), `≤ ${PAGE_GOAL_MS} ms: ${emptyP95 <= PAGE_GOAL_MS ? 'met' : 'NOT met'}`);
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
