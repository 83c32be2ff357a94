import { performance } from 'node:perf_hooks';
import bcrypt from 'bcryptjs';
import type { SearchParams } from 'meilisearch';
import { RegionsService } from '@app/regions';
import { PostingsService } from '@app/postings';
import { MeiliSearchHttp, PostingReindexer } from '@app/search';
import { WorkersService } from '@app/workers';
import { ms, percentile } from './search/percentiles.js';
import { between, pick, seededRandom } from './search/random.js';
import { seedPostings } from './search/seed-postings.js';
import { SKILLS, WESTERN } from './search/catalogue.js';
import { line, startBenchStack } from './support/bench-stack.js';

/**
 * npm run bench:match: recommendPostings over 100,000 indexed postings for 10,000 workers, through GraphQL over HTTP
 * (a bureau officer asking for each worker in turn). Prints p50/p95; goal p95 ≤ 50 ms. BENCH_DEBUG=1 adds where a
 * request's time goes: each PostgreSQL read and each Meilisearch search of the recommendation (with the engine's own time), timed inside the
 * API process (the three matching-view reads run side by side, and so do the searches: their times overlap).
 */
const POSTINGS = Number(process.env.BENCH_POSTINGS ?? 100_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const RECOMMEND = 'query($id: ID!) { recommendPostings(workerId: $id, first: 10) { score reasons posting { id title wageMin region { name } } } }';

async function main(): Promise<void> {
  const stack = await startBenchStack('match', { OUTBOX_RELAY: 'false' });
  try {
    const { db, app } = stack;
    const random = seededRandom(5_150);
    const regions = app.get(RegionsService);
    const organizations: string[] = (
      await db.query(
        `INSERT INTO organizations (name, kind, credit_code, region_code, verified_at)
         SELECT '劳务合作企业' || g, 'ENTERPRISE', '91440306' || lpad(g::text, 10, '0'), '440306', now() FROM generate_series(1, 500) g RETURNING id`,
      )
    ).rows.map((r) => r.id);
    let started = performance.now();
    await seedPostings(db, { countiesOf: (code) => regions.countiesUnder(code).map((r) => r.code) }, organizations, POSTINGS, random);
    const indexed = await app.get(PostingReindexer).reindex();
    line('seed and index', `${indexed.indexed} postings in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    // Workers straight into PostgreSQL (no personal data is needed to rank postings): western counties, mixed profiles.
    started = performance.now();
    const counties = WESTERN.flatMap((p) => regions.countiesUnder(p).map((r) => r.code));
    const workerIds: string[] = [];
    for (let offset = 0; offset < WORKERS; offset += 1_000) {
      const rows = Array.from({ length: Math.min(1_000, WORKERS - offset) }, () => {
        const county = pick(random, counties);
        return [
          county,
          pick(random, ['FULL', 'FULL', 'FULL', 'WEAK', 'HALF']),
          [pick(random, SKILLS), pick(random, SKILLS)],
          random() < 0.7,
          between(random, 2500, 7000),
        ];
      });
      const values = rows
        .map(
          (_, i) => `(gen_random_uuid(), '测试', '\\x00', 'k1', md5(random()::text) || md5(random()::text), '000000********0000', 'MALE', '1990-01-01',
        $${i * 5 + 1}, (SELECT id FROM h), $${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5}, gen_random_uuid(), 1)`,
        )
        .join(', ');
      const { rows: inserted } = await db.query(
        `WITH h AS (INSERT INTO households (hukou_region_code) VALUES ('520102') RETURNING id)
         INSERT INTO workers (id, name, id_ciphertext, id_key_id, id_fingerprint, id_masked, gender, birth_date, hukou_region_code, household_id,
           labor_capacity, skills, willing_to_migrate, expected_monthly_wage, registered_by, version) VALUES ${values} RETURNING id`,
        rows.flat(),
      );
      workerIds.push(...inserted.map((r) => r.id));
    }
    await db.query(`INSERT INTO worker_categories (worker_id, category, effective_from) SELECT id, 'POVERTY_ALLEVIATED', '2020-01-01' FROM workers`);
    await db.query('ANALYZE');
    line('seed workers', `${workerIds.length} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    await db.query(`INSERT INTO accounts (username, password_hash, role) VALUES ('bench-admin', $1, 'ADMIN')`, [bcrypt.hashSync('bench-password', 4)]);
    const token = (await stack.gql('mutation { login(input: { username: "bench-admin", password: "bench-password" }) { accessToken } }')).login.accessToken;
    const spans = process.env.BENCH_DEBUG ? timeSteps(app) : null;
    const times: number[] = [];
    const sample = (n: number) => Array.from({ length: n }, () => pick(random, workerIds));
    for (const id of sample(40)) await stack.gql(RECOMMEND, { id }, token);
    spans?.clear();
    let empty = 0;
    for (const id of sample(REQUESTS)) {
      const t0 = performance.now();
      const data = await stack.gql(RECOMMEND, { id }, token);
      times.push(performance.now() - t0);
      if (data.recommendPostings.length === 0) empty++;
    }
    line('requests', `${REQUESTS} recommendPostings over HTTP, ${POSTINGS} postings, ${WORKERS} workers, ${empty} with no match`);
    line('recommendPostings p50', ms(percentile(times, 50)));
    line('recommendPostings p95', ms(percentile(times, 95)), '≤ 50 ms');
    for (const [step, taken] of spans ?? [])
      line(`debug: ${step} p50 / p95`, `${ms(percentile(taken, 50))} / ${ms(percentile(taken, 95))} (${taken.length} calls)`);
  } finally {
    await stack.stop();
  }
}

/** Wraps the steps of a recommendation on the API's own service instances and collects how long each call took. */
function timeSteps(app: { get<T>(type: abstract new (...args: never[]) => T): T }): Map<string, number[]> {
  const spans = new Map<string, number[]>();
  const wrap = (owner: object, method: string, step: string) => {
    const target = owner as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const original = target[method].bind(owner);
    target[method] = async (...args: unknown[]) => {
      const t0 = performance.now();
      try {
        return await original(...args);
      } finally {
        spans.set(step, [...(spans.get(step) ?? []), performance.now() - t0]);
      }
    };
  };
  const workers = app.get(WorkersService);
  wrap(workers, 'get', 'PostgreSQL: the worker and the caller’s access (workers.get)');
  wrap(workers, 'categoriesOn', 'PostgreSQL: categories today');
  wrap(workers, 'householdsWithEmployment', 'PostgreSQL: household employment');
  wrap(workers, 'accessTo', 'PostgreSQL: the caller’s access for the matching view');
  // Each candidate search, with Meilisearch's own time for it, by what it asks.
  const meili = app.get(MeiliSearchHttp);
  const search = meili.search.bind(meili);
  meili.search = async <T extends Record<string, unknown>>(uid: string, q: string, params: SearchParams) => {
    const t0 = performance.now();
    const answer = await search<T>(uid, q, params);
    const filter = String(params.filter);
    const what = [
      q ? 'words' : 'no words',
      filter.includes('_geoRadius') ? 'near' : '',
      filter.includes('EAST_WEST') ? 'east-west' : '',
      filter.includes('provinceCode IN') ? 'preferred regions' : '',
      params.sort ? 'sorted' : '',
    ]
      .filter(Boolean)
      .join(', ');
    for (const [step, taken] of [
      [`Meilisearch search (${what})`, performance.now() - t0],
      [`Meilisearch engine (${what})`, answer.processingTimeMs],
    ] as const)
      spans.set(step, [...(spans.get(step) ?? []), taken]);
    return answer;
  };
  wrap(app.get(PostingsService), 'findPublic', 'PostgreSQL: still public (findPublic)');
  return spans;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
