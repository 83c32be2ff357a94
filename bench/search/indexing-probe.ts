import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Settings } from 'meilisearch';
import { startEmbeddedMeilisearch } from '@app/embedded';
import { divisionRows } from '@app/regions';
import { type PostingKind, PostingStatus } from '@app/postings';
import { buildPostingDocument, createMeiliClient, POSTING_INDEX_SETTINGS, type PostingDocument } from '@app/search';
import { CENTRES, LABOR_BRANDS, SKILLS, TITLE_PREFIXES, TITLE_SUFFIXES, TITLES } from './catalogue.js';
import { percentile } from './percentiles.js';
import { between, pick, seededRandom } from './random.js';

/**
 * A diagnosis tool, not a benchmark: how long one small write batch takes Meilisearch on a large posting index, and
 * where the time goes (the batch progressTrace). Documents come from the same generator idea as the benchmark, built
 * by the real document builder, without PostgreSQL or the API.
 *
 *   node dist/bench/search/indexing-probe.js          PROBE_DOCS=100000 PROBE_WRITES=20 PROBE_BATCH=10
 *   PROBE_NO_GEO=1 …                                  the same index without _geo (what the geo index costs)
 *   MEILI_EXPERIMENTAL_…=… …                          launch options reach the embedded Meilisearch through the env
 */
const DOCS = Number(process.env.PROBE_DOCS ?? 100_000);
const WRITES = Number(process.env.PROBE_WRITES ?? 20);
const BATCH = Number(process.env.PROBE_BATCH ?? 10);
const NO_GEO = process.env.PROBE_NO_GEO === '1';

function documents(count: number, random: () => number): PostingDocument[] {
  const rows = divisionRows();
  const names = new Map(rows.map((r) => [r.code, r.name]));
  const counties = rows.filter((r) => r.level === 'COUNTY' && CENTRES[`${r.code.slice(0, 2)}0000`]);
  const kinds = Object.keys(TITLES);
  return Array.from({ length: count }, () => {
    const county = pick(random, counties);
    const province = `${county.code.slice(0, 2)}0000`;
    const [lat, lng] = CENTRES[province];
    const kind = pick(random, kinds);
    const title = `${pick(random, TITLE_PREFIXES)}${pick(random, TITLES[kind])}${pick(random, TITLE_SUFFIXES)}`;
    const wageMin = between(random, 25, 70) * 100;
    const path = [province, `${county.code.slice(0, 4)}00`, county.code].filter((c) => names.has(c)).map((code) => ({ code, name: names.get(code)! }));
    const document = buildPostingDocument(
      {
        id: randomUUID(),
        version: 1,
        kind: kind as PostingKind,
        status: PostingStatus.OPEN,
        title,
        description: `${title}，包吃包住，欢迎脱贫劳动力报名。`,
        skills: [pick(random, SKILLS)],
        laborBrand: pick(random, LABOR_BRANDS),
        regionCode: county.code,
        lat: random() < 0.9 ? lat + (random() - 0.5) * 3 : null,
        lng: lng + (random() - 0.5) * 3,
        wageMin,
        wageMax: wageMin + 1000,
        headcount: 10,
        activePlacements: 0,
        partnerRegionCodes: [],
        publishedAt: new Date(),
        validUntil: null,
        organizationId: null,
        contractMonths: 12,
        benefits: ['包吃住'],
        hazardous: false,
        partTime: false,
        closedAt: null,
      },
      `劳务合作企业${between(random, 1, 500)}`,
      path,
    );
    if (NO_GEO) delete document._geo;
    return document;
  });
}

function withoutGeo(settings: Settings): Settings {
  return {
    ...settings,
    filterableAttributes: settings.filterableAttributes?.filter((a) => a !== '_geo'),
    sortableAttributes: settings.sortableAttributes?.filter((a) => a !== '_geo'),
  };
}

async function main(): Promise<void> {
  const root = join(tmpdir(), `labour-match-probe-${randomBytes(3).toString('hex')}`);
  mkdirSync(root, { recursive: true });
  const meili = await startEmbeddedMeilisearch({ dataDir: join(root, 'meili'), masterKey: randomBytes(16).toString('hex') });
  try {
    const client = createMeiliClient(meili.host, meili.masterKey);
    const index = client.index('postings');
    const wait = { timeout: 30 * 60_000, interval: 50 };
    await client.createIndex('postings', { primaryKey: 'id' }).waitTask(wait);
    await index.updateSettings(NO_GEO ? withoutGeo(POSTING_INDEX_SETTINGS) : POSTING_INDEX_SETTINGS).waitTask(wait);
    const random = seededRandom(1);
    let started = performance.now();
    const all = documents(DOCS, random);
    for (let i = 0; i < all.length; i += 10_000) await index.addDocuments(all.slice(i, i + 10_000)).waitTask(wait);
    process.stdout.write(`indexed ${DOCS} documents in ${((performance.now() - started) / 1000).toFixed(1)} s${NO_GEO ? ' (no _geo)' : ''}\n`);
    const durations: number[] = [];
    const steps = new Map<string, number[]>();
    for (let w = 0; w < WRITES; w++) {
      started = performance.now();
      const task = await index.addDocuments(documents(BATCH, random)).waitTask({ timeout: 60_000, interval: 10 });
      durations.push(performance.now() - started);
      const batch = (await (
        await fetch(`${meili.host}/batches/${String(task.batchUid)}`, { headers: { authorization: `Bearer ${meili.masterKey}` } })
      ).json()) as {
        stats: { progressTrace?: Record<string, string> };
      };
      for (const [step, value] of Object.entries(batch.stats.progressTrace ?? {})) {
        const match = /^([\d.]+)(ms|s|µs)$/.exec(value);
        const ms = match ? Number(match[1]) * { s: 1000, ms: 1, µs: 0.001 }[match[2] as 's' | 'ms' | 'µs'] : 0;
        steps.set(step, [...(steps.get(step) ?? []), ms]);
      }
    }
    process.stdout.write(
      `${WRITES} writes of ${BATCH} documents, enqueue→succeeded p50 ${percentile(durations, 50).toFixed(0)} ms, p95 ${percentile(durations, 95).toFixed(0)} ms\n`,
    );
    for (const [step, values] of steps) process.stdout.write(`  ${percentile(values, 50).toFixed(1).padStart(8)} ms  ${step}\n`);
  } finally {
    await meili.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
