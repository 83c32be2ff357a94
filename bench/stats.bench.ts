/**
 * `npm run bench:stats`: bureau statistics over 1,000,000 placements. Starts its own embedded PostgreSQL in a temp
 * folder, migrates it, generates a sending-province world in bulk (INSERT ... SELECT generate_series: households,
 * workers with category periods, employers, postings, placements over four years, subsidy claims), ANALYZEs, then
 * times PlacementStatisticsService (the code path of the `placementStatistics` query, after the auth check) for a
 * province, a city and a county with several breakdowns, and prints p50/p95 per case against the goal of 200 ms.
 *
 * BENCH_PLACEMENTS scales the world (default 1,000,000); BENCH_RUNS the timed runs per case (default 20); BENCH_CASES
 * picks cases by name prefix.
 */
import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { type Actor, Role } from '@app/common';
import { AppConfig, AppConfigModule, validateConfig, withDevelopmentSecrets } from '@app/config';
import { DatabaseModule, runMigrations } from '@app/database';
import { guardAgainstOrphans, startEmbeddedPostgres } from '@app/embedded';
import { PlacementStatisticsService, StatisticsDimension as D, StatisticsModule } from '@app/statistics';
import { generateWorld, worldSize } from './stats-world.js';

const PLACEMENTS = Number(process.env.BENCH_PLACEMENTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
/** Comma-separated case-name prefixes to time only some cases, e.g. BENCH_CASES=city,county. */
const ONLY = process.env.BENCH_CASES?.split(',').filter(Boolean);
const WARMUP = 3;
const GOAL_MS = 200;

/** Guizhou is the biggest sender: the province case below is the heaviest one the data holds. */
const PROVINCE = '520000';
const CITY = '522600'; // 黔东南州, 16 counties
const COUNTY = '522622'; // 黄平县

const CASES: Array<{ name: string; regionCode: string; groupBy: D[] }> = [
  { name: 'province_totals', regionCode: PROVINCE, groupBy: [] },
  { name: 'province_child_region', regionCode: PROVINCE, groupBy: [D.CHILD_REGION] },
  { name: 'province_scope', regionCode: PROVINCE, groupBy: [D.SCOPE] },
  { name: 'province_posting_kind', regionCode: PROVINCE, groupBy: [D.POSTING_KIND] },
  { name: 'province_category', regionCode: PROVINCE, groupBy: [D.CATEGORY] },
  { name: 'province_month', regionCode: PROVINCE, groupBy: [D.MONTH] },
  { name: 'province_child_region_scope', regionCode: PROVINCE, groupBy: [D.CHILD_REGION, D.SCOPE] },
  { name: 'province_child_region_month', regionCode: PROVINCE, groupBy: [D.CHILD_REGION, D.MONTH] },
  { name: 'city_child_region', regionCode: CITY, groupBy: [D.CHILD_REGION] },
  { name: 'city_category_month', regionCode: CITY, groupBy: [D.CATEGORY, D.MONTH] },
  { name: 'county_month', regionCode: COUNTY, groupBy: [D.MONTH] },
  { name: 'county_scope_posting_kind', regionCode: COUNTY, groupBy: [D.SCOPE, D.POSTING_KIND] },
];

@Module({})
class BenchModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: BenchModule, imports: [AppConfigModule.forRoot(config), DatabaseModule, StatisticsModule] };
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'labour-stats-bench-'));
  // The postgres user that runs the server (we are root here) must be able to reach its data directory.
  chmodSync(dir, 0o755);
  let stopPostgres: (() => Promise<void>) | undefined;
  const cleanup = async () => {
    await stopPostgres?.().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    const postgres = await startEmbeddedPostgres({ dataDir: join(dir, 'postgres'), password: 'bench', database: 'labour_bench' });
    stopPostgres = postgres.stop;
    guardAgainstOrphans([{ pid: postgres.pid, signal: 'INT' }]);
    await runMigrations(postgres.url);

    const db = new pg.Client({ connectionString: postgres.url });
    await db.connect();
    try {
      const started = performance.now();
      const size = worldSize(PLACEMENTS);
      process.stdout.write(`generating ${size.placements.toLocaleString('en')} placements for ${size.workers.toLocaleString('en')} workers in ${size.households.toLocaleString('en')} households\n`);
      await generateWorld(db, size, (line) => process.stdout.write(`${line}\n`));
      const counts = (
        await db.query(`SELECT (SELECT count(*) FROM placements)::int AS placements, (SELECT count(*) FROM workers)::int AS workers,
                               (SELECT count(*) FROM subsidy_claims)::int AS claims,
                               (SELECT count(*) FROM placements WHERE hukou_region_code >= '520000' AND hukou_region_code < '530000'
                                  AND start_date <= '2026-09-30' AND (end_date IS NULL OR end_date >= '2025-10-01'))::int AS province_rows`)
      ).rows[0];
      process.stdout.write(
        `world ready in ${((performance.now() - started) / 1000).toFixed(1)} s: ${counts.placements} placements, ${counts.workers} workers, ` +
          `${counts.claims} claims; ${counts.province_rows} placements of Guizhou overlap statistics cycle 2026\n`,
      );
    } finally {
      await db.end();
    }

    const config = validateConfig(withDevelopmentSecrets({ DATA_DIR: dir, DATABASE_URL: postgres.url, LOG_LEVEL: 'error' }));
    const app = await NestFactory.createApplicationContext(BenchModule.forRoot(config), { logger: ['error'] });
    try {
      const statistics = app.get(PlacementStatisticsService);
      const admin: Actor = { accountId: '00000000-0000-4000-8000-000000000000', username: 'bench', role: Role.ADMIN, regionCode: null, organizationId: null, workerId: null };
      let worst = 0;
      process.stdout.write(`timing ${RUNS} runs per case (after ${WARMUP} warm-up runs), statistics cycle 2026 (2025-10-01 .. 2026-09-30)\n`);
      for (const c of CASES.filter((x) => !ONLY || ONLY.some((prefix) => x.name.startsWith(prefix)))) {
        const query = { regionCode: c.regionCode, cycleYear: 2026, groupBy: c.groupBy };
        for (let i = 0; i < WARMUP; i++) await statistics.statistics(admin, query);
        const times: number[] = [];
        let rows = 0;
        let employed = 0;
        for (let i = 0; i < RUNS; i++) {
          const t0 = performance.now();
          const result = await statistics.statistics(admin, query);
          times.push(performance.now() - t0);
          rows = result.rows.length;
          employed = result.totals.workersEmployed;
        }
        times.sort((a, b) => a - b);
        const p50 = percentile(times, 50);
        const p95 = percentile(times, 95);
        worst = Math.max(worst, p95);
        process.stdout.write(`stats_${c.name}_p50_ms: ${p50.toFixed(1)}  (${rows} rows, ${employed} workers employed)\n`);
        process.stdout.write(`stats_${c.name}_p95_ms: ${p95.toFixed(1)} (goal: ≤ ${GOAL_MS}) ${p95 <= GOAL_MS ? 'OK' : 'OVER'}\n`);
      }
      process.stdout.write(`stats_worst_p95_ms: ${worst.toFixed(1)} (goal: ≤ ${GOAL_MS}) ${worst <= GOAL_MS ? 'OK' : 'OVER'}\n`);
      if (worst > GOAL_MS) process.exitCode = 1;
    } finally {
      await app.close();
    }
  } finally {
    await cleanup();
  }
}

main().catch((error) => {
  process.stderr.write(`bench:stats failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
