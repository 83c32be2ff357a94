/**
 * The statistics benchmark's world, generated inside PostgreSQL with set-based statements (INSERT ... SELECT
 * generate_series): households in real sending counties, workers with category periods, eastern employers and local
 * workshops, postings of every kind, placements over four years and subsidy claims in every state.
 */
import { performance } from 'node:perf_hooks';
import type pg from 'pg';

export interface WorldSize {
  placements: number;
  workers: number;
  households: number;
}

export function worldSize(placements: number): WorldSize {
  const workers = Math.round(placements * 0.6);
  return { placements, workers, households: Math.round(workers / 2.4) };
}

/** Placements end by this date at the latest; later ones are still active. */
export const WORLD_TODAY = '2026-11-22';

const NOBODY = `'00000000-0000-4000-8000-000000000000'::uuid`;

/** Each step is one set-based statement (or a few): the whole world is generated inside PostgreSQL. */
function generateSteps(size: WorldSize): Array<[string, string]> {
  return [
    [
      'counties',
      `SELECT setseed(0.2026);
     CREATE TABLE bench_counties AS
       SELECT code, left(code, 2) AS province, row_number() OVER (PARTITION BY left(code, 2) ORDER BY code)::int AS n,
              count(*) OVER (PARTITION BY left(code, 2))::int AS total
       FROM regions WHERE level = 'COUNTY' AND left(code, 2) IN ('52', '53', '62', '61');
     CREATE TABLE bench_east AS
       SELECT code, row_number() OVER (ORDER BY code)::int AS n FROM regions WHERE level = 'COUNTY' AND left(code, 2) IN ('44', '33', '35', '32')`,
    ],
    [
      'households',
      // Guizhou 40%, Yunnan 30%, Gansu 15%, Shaanxi 15%; counties uniform within the province.
      `CREATE TABLE bench_households AS
       SELECT h.n, gen_random_uuid() AS id, c.code AS hukou
       FROM (
         SELECT g AS n, random() AS r2,
                CASE WHEN r < 0.40 THEN '52' WHEN r < 0.70 THEN '53' WHEN r < 0.85 THEN '62' ELSE '61' END AS province
         FROM (SELECT g, random() AS r FROM generate_series(1, ${size.households}) g) x
       ) h
       JOIN (SELECT DISTINCT province, total FROM bench_counties) s ON s.province = h.province
       JOIN bench_counties c ON c.province = h.province AND c.n = 1 + floor(h.r2 * s.total)::int;
     CREATE UNIQUE INDEX ON bench_households (n);
     INSERT INTO households (id, hukou_region_code) SELECT id, hukou FROM bench_households`,
    ],
    [
      'workers',
      `CREATE TABLE bench_workers AS
       SELECT g AS n, gen_random_uuid() AS id, h.id AS household_id, h.hukou
       FROM generate_series(1, ${size.workers}) g JOIN bench_households h ON h.n = 1 + ((g - 1)::bigint * ${size.households}) / ${size.workers};
     CREATE UNIQUE INDEX ON bench_workers (n);
     INSERT INTO workers (id, name, id_ciphertext, id_key_id, id_fingerprint, id_masked, gender, birth_date, hukou_region_code,
                          household_id, labor_capacity, registered_by, version)
       SELECT id, '务工人员' || n, '\\x00'::bytea, 'bench', encode(sha256(convert_to(id::text, 'UTF8')), 'hex'),
              hukou || '********' || lpad((n % 10000)::text, 4, '0'),
              (CASE WHEN n % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END)::gender, date '1965-01-01' + (n % 14000)::int, hukou, household_id,
              (CASE WHEN n % 10 < 7 THEN 'FULL' WHEN n % 10 < 9 THEN 'WEAK' ELSE 'HALF' END)::labor_capacity, ${NOBODY}, 1
       FROM bench_workers`,
    ],
    [
      'worker categories',
      // Everyone in one category; a quarter also 易地搬迁 (a second, overlapping period).
      `INSERT INTO worker_categories (worker_id, category, effective_from)
       SELECT id, (ARRAY['POVERTY_ALLEVIATED', 'MONITORING_TARGET', 'LOW_INCOME_ALLOWANCE', 'EXTREME_HARDSHIP', 'RELOCATED'])[1 + n % 5]::worker_category,
              date '2020-01-01'
       FROM bench_workers
       UNION ALL
       SELECT id, 'RELOCATED'::worker_category, date '2021-06-01' FROM bench_workers WHERE n % 4 = 0 AND n % 5 <> 4`,
    ],
    [
      'organizations and postings',
      `INSERT INTO organizations (name, kind, credit_code, region_code)
       SELECT '东部企业' || g, 'ENTERPRISE'::organization_kind, upper(substr(md5('east' || g), 1, 18)), e.code
       FROM generate_series(1, 2000) g JOIN bench_east e ON e.n = 1 + g % (SELECT count(*) FROM bench_east)
       UNION ALL
       SELECT '帮扶车间' || g, 'ENTERPRISE'::organization_kind, upper(substr(md5('local' || g), 1, 18)), c.code
       FROM generate_series(1, 1000) g JOIN (SELECT code, row_number() OVER (ORDER BY code)::int AS n FROM bench_counties) c
         ON c.n = 1 + g % (SELECT count(*) FROM bench_counties);
     INSERT INTO postings (kind, title, organization_id, region_code, wage_min, wage_max, headcount, contract_months, created_by, version)
       SELECT (CASE WHEN g % 20 < 10 THEN 'EAST_WEST' WHEN g % 20 < 14 THEN 'WORKSHOP' WHEN g % 20 < 17 THEN 'LOCAL' ELSE 'PUBLIC_WELFARE' END)::posting_kind,
              '岗位' || g, CASE WHEN g % 20 >= 17 THEN NULL ELSE o.id END, o.region_code, 3000, 6000, 1000, 12, ${NOBODY}, 1
       FROM generate_series(1, 20000) g
       JOIN (SELECT id, region_code, name LIKE '东部%' AS east, row_number() OVER (PARTITION BY name LIKE '东部%' ORDER BY credit_code)::int AS n
             FROM organizations) o
         ON o.east = (g % 20 < 10) AND o.n = 1 + (g * 7919) % (CASE WHEN g % 20 < 10 THEN 2000 ELSE 1000 END);
     CREATE TABLE bench_postings AS
       SELECT id, kind::text AS kind, organization_id, region_code, row_number() OVER (PARTITION BY kind ORDER BY id)::int AS n,
              count(*) OVER (PARTITION BY kind)::int AS total
       FROM postings;
     CREATE UNIQUE INDEX ON bench_postings (kind, n)`,
    ],
  ];
}

/**
 * Placements in chunks: worker i % W (so most workers have one or two), started 2023-01 .. 2026-11, lasting 2 to 24
 * months (ended ones with a reason, 30% came home). East-west jobs are in the east (省外); workshop and welfare posts at
 * home (县内); local jobs at home or in the provincial capital (省内县外). A second placement of a worker is never a
 * welfare post, so 一人一岗 holds.
 */
function placementsChunk(size: WorldSize, from: number, to: number): string {
  return `
    INSERT INTO placements (worker_id, posting_id, posting_kind, employer_organization_id, organized, scope, hukou_region_code,
                            work_region_code, start_date, end_date, contract_months, status, end_reason, created_by)
    SELECT w.id, p.id, p.kind::posting_kind, p.organization_id, x.organized,
           (CASE WHEN work = w.hukou THEN 'SAME_COUNTY' WHEN left(work, 2) = left(w.hukou, 2) THEN 'OTHER_COUNTY_SAME_PROVINCE' ELSE 'OTHER_PROVINCE' END)::placement_scope,
           w.hukou, work, x.start, x.finish, 12,
           (CASE WHEN x.finish IS NULL THEN 'ACTIVE' ELSE 'ENDED' END)::placement_status,
           (CASE WHEN x.finish IS NULL THEN NULL ELSE x.reason END)::placement_end_reason, ${NOBODY}
    FROM (
      SELECT i, 1 + (i - 1) % ${size.workers} AS wn, kind, pick, organized, start, reason, capital,
             CASE WHEN start + duration <= date '${WORLD_TODAY}' THEN start + duration END AS finish
      FROM (
        SELECT i,
               CASE WHEN r < 0.55 THEN 'EAST_WEST' WHEN r < 0.75 THEN 'WORKSHOP'
                    WHEN r < 0.85 AND i <= ${size.workers} THEN 'PUBLIC_WELFARE' ELSE 'LOCAL' END AS kind,
               floor(random() * 1000000000)::int AS pick,
               random() < 0.6 AS organized,
               date '2023-01-01' + floor(random() * 1420)::int AS start,
               60 + floor(random() * 670)::int AS duration,
               CASE WHEN rr < 0.30 THEN 'RETURNED_HOME' WHEN rr < 0.70 THEN 'CONTRACT_ENDED' WHEN rr < 0.90 THEN 'RESIGNED'
                    WHEN rr < 0.95 THEN 'DISMISSED' ELSE 'OTHER' END AS reason,
               random() < 0.4 AS capital
        FROM (SELECT i, random() AS r, random() AS rr FROM generate_series(${from}, ${to}) i) g
      ) a
    ) x
    JOIN bench_workers w ON w.n = x.wn
    JOIN (SELECT DISTINCT kind, total FROM bench_postings) k ON k.kind = x.kind
    JOIN bench_postings p ON p.kind = x.kind AND p.n = 1 + x.pick % k.total
    CROSS JOIN LATERAL (
      SELECT CASE WHEN x.kind = 'EAST_WEST' THEN p.region_code::text
                  WHEN x.kind = 'LOCAL' AND x.capital THEN left(w.hukou, 2) || '0102'
                  ELSE w.hukou::text END AS work
    ) wr`;
}

const CLAIMS = () => `
  INSERT INTO subsidy_claims (placement_id, worker_id, worker_fingerprint, hukou_region_code, kind, beneficiary, amount, policy_id,
                              status, evidence, submitted_by, paid_on, created_at, fund)
  SELECT pl.id, pl.worker_id, w.id_fingerprint, pl.hukou_region_code, 'JOB_SEEKING', 'WORKER',
         CASE WHEN pl.scope = 'OTHER_PROVINCE' THEN 1000 ELSE 500 END, (SELECT id FROM subsidy_policies ORDER BY created_at LIMIT 1),
         pl.status::subsidy_claim_status, '{}'::jsonb, ${NOBODY},
         CASE WHEN pl.status = 'PAID' THEN pl.start_date + 120 END, (pl.start_date + 90)::timestamp AT TIME ZONE 'Asia/Shanghai',
         'EMPLOYMENT_FUND'
  FROM (
    SELECT id, worker_id, hukou_region_code, scope, start_date,
           CASE WHEN r < 0.5 THEN 'PAID' WHEN r < 0.7 THEN 'APPROVED' WHEN r < 0.9 THEN 'SUBMITTED' ELSE 'REJECTED' END AS status
    FROM (
      SELECT DISTINCT ON (worker_id) id, worker_id, hukou_region_code, scope, start_date, random() AS r
      FROM placements WHERE start_date + 120 <= date '${WORLD_TODAY}' ORDER BY worker_id, start_date
    ) first_placement
  ) pl
  JOIN workers w ON w.id = pl.worker_id
  WHERE (hashtext(pl.worker_id::text) & 1) = 0`;

async function step(log: (line: string) => void, label: string, run: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await run();
  log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Fills an empty, migrated database; ends with VACUUM ANALYZE so plans and visibility maps are as in a settled database. */
export async function generateWorld(db: pg.Client, size: WorldSize, log: (line: string) => void = () => undefined): Promise<void> {
  for (const [label, sql] of generateSteps(size)) await step(log, label, () => db.query(sql));
  const chunk = 200_000;
  for (let from = 1; from <= size.placements; from += chunk) {
    const to = Math.min(size.placements, from + chunk - 1);
    await step(log, `placements ${from.toLocaleString('en')}..${to.toLocaleString('en')}`, () => db.query(placementsChunk(size, from, to)));
  }
  await step(log, 'subsidy claims', () => db.query(CLAIMS()));
  await step(log, 'drop scratch tables', () => db.query('DROP TABLE bench_counties, bench_east, bench_households, bench_workers, bench_postings'));
  await step(log, 'VACUUM ANALYZE', () => db.query('VACUUM ANALYZE'));
}
