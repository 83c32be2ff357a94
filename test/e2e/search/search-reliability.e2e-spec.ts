import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type EmbeddedMeilisearchHandle, startEmbeddedMeilisearch } from '@app/embedded';
import { waitForIndexing } from '@app/testing';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../support/isolated-database.js';
import { indexedVersions, publicVersions, SEARCH, type SearchData, signUpEmployer, uniquePrefix } from '../../support/search-helpers.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const UPDATE = 'mutation($input: UpdatePostingInput!) { updatePosting(input: $input) { id } }';
const CLOSE = 'mutation($id: ID!) { closePosting(id: $id) { id } }';
const WORKER_MAIN = resolve('dist/apps/worker/src/main.js');

function job(title: string) {
  return { kind: 'LOCAL', title, regionCode: '440306', wageMin: 4000, wageMax: 5000, headcount: 3, contractMonths: 12 };
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Faults on a Meilisearch and a database of this suite's own (other suites share the run's instances): the search
 * engine stopped under a stream of writes, and a relay process killed in the middle of a batch.
 */
describe('search sync under faults', () => {
  const root = join(tmpdir(), `search-faults-${randomBytes(4).toString('hex')}`);
  const masterKey = randomBytes(16).toString('hex');
  let meili: EmbeddedMeilisearchHandle;
  let db: IsolatedDatabase;
  let prefix: string;
  let port: number;
  let stopped = false;
  const workers: ChildProcess[] = [];

  const overrides = () => ({ DATABASE_URL: db.url, MEILI_HOST: meili.host, MEILI_MASTER_KEY: masterKey, MEILI_INDEX_PREFIX: prefix });
  const indexed = (timeoutMs = 30_000) => waitForIndexing({ databaseUrl: db.url, meiliHost: meili.host, meiliKey: masterKey, timeoutMs });
  const indexMatchesDatabase = async () => {
    const inIndex = await indexedVersions(meili.host, masterKey, `${prefix}postings`);
    const inDatabase = await publicVersions(db);
    expect(inIndex).toEqual(inDatabase);
    return inIndex.length;
  };

  beforeAll(async () => {
    mkdirSync(root, { recursive: true });
    chmodSync(root, 0o755);
    meili = await startEmbeddedMeilisearch({ dataDir: join(root, 'meili'), masterKey });
    port = Number(new URL(meili.host).port);
    db = await createIsolatedDatabase();
    prefix = uniquePrefix('faults');
  }, 60_000);

  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
    if (stopped) process.kill(meili.pid, 'SIGCONT');
    await meili?.stop();
    await db?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps every mutation working while Meilisearch is down, then catches up to exactly what PostgreSQL holds', async () => {
    const t: TestApp = await startTestApp(overrides());
    try {
      const { caller: employer } = await signUpEmployer(t, 'ENTERPRISE', '440306', '深圳市宝安物流有限公司');
      const before: string[] = [];
      for (let i = 0; i < 5; i++) before.push((await employer.ok(CREATE, { input: job(`仓库理货员${i}`) })).createPosting.id);
      await indexed();

      await meili.stop();
      const during: string[] = [];
      for (let i = 0; i < 10; i++) during.push((await employer.ok(CREATE, { input: job(`冷链搬运工${i}`) })).createPosting.id);
      for (const id of before.slice(0, 3)) await employer.ok(UPDATE, { input: { id, title: '夜班仓库理货员', wageMax: 5500 } });
      for (const id of [before[4], during[9]]) await employer.ok(CLOSE, { id });

      // The relay tried, failed, and recorded it: attempts, the error, a later retry time, a metric.
      await until('the relay has recorded a failed attempt', async () => {
        const [row] = await db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL AND attempts > 0 AND last_error IS NOT NULL',
        );
        return row.n > 0;
      });
      const metrics = (await t.http().get('/metrics')).text;
      expect(Number(/search_outbox_events_total\{outcome="failed"\} (\d+)/.exec(metrics)?.[1] ?? 0)).toBeGreaterThan(0);
      expect(metrics).toMatch(/search_outbox_pending \d+/);

      meili = await startEmbeddedMeilisearch({ dataDir: join(root, 'meili'), masterKey, port });
      await indexed(60_000);
      expect(await indexMatchesDatabase()).toBe(5 + 10 - 2);
      const found = await t.anonymous.ok<SearchData>(SEARCH, { input: { query: '冷链搬运工', first: 50 } });
      expect(found.searchPostings.totalCount).toBe(9);
    } finally {
      await t.close();
    }
  }, 120_000);

  it('loses and duplicates nothing when a relay process is killed in the middle of a batch', async () => {
    if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} is missing: build first (npm test does, or npm run build)`);
    // Writes come from an API without its own relay; the relay runs as apps/worker.
    const t = await startTestApp({ ...overrides(), OUTBOX_RELAY: 'false' });
    const startWorker = async () => {
      const worker = spawn(process.execPath, [WORKER_MAIN], { env: { ...process.env, ...overrides(), LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
      workers.push(worker);
      let output = '';
      worker.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      worker.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await until('the worker is running with its index ready', async () => {
        if (worker.exitCode !== null) throw new Error(`worker exited: ${output}`);
        return output.includes('is ready');
      });
      return worker;
    };
    try {
      const { caller: employer }: { caller: Caller } = await signUpEmployer(t, 'ENTERPRISE', '440306', '深圳市宝安快递有限公司');
      const earlier = (await publicVersions(db)).length;
      const first = await startWorker();
      await employer.ok(CREATE, { input: job('快递分拣员') });
      await indexed();

      // Freeze Meilisearch, write, and wait until the worker has claimed the rows and is stuck on its request.
      process.kill(meili.pid, 'SIGSTOP');
      stopped = true;
      const ids: string[] = [];
      for (let i = 0; i < 30; i++) ids.push((await employer.ok(CREATE, { input: job(`快递配送员${i}`) })).createPosting.id);
      await until('the worker holds a batch', async () => {
        const [row] = await db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = current_database()",
        );
        return row.n > 0;
      });
      first.kill('SIGKILL');
      await new Promise((r) => first.once('exit', r));
      process.kill(meili.pid, 'SIGCONT');
      stopped = false;

      // Nothing was marked done that the index may not hold.
      const [pending] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL');
      expect(pending.n).toBe(30);

      const second = await startWorker();
      await indexed();
      expect(await indexMatchesDatabase()).toBe(earlier + 31);
      const [unprocessed] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL');
      expect(unprocessed.n).toBe(0);
      const found = await t.anonymous.ok<SearchData>(SEARCH, { input: { query: '快递配送员', first: 100 } });
      expect(found.searchPostings.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(ids));

      // A worker asked to stop finishes cleanly.
      second.kill('SIGTERM');
      const code = await new Promise((r) => second.once('exit', r));
      expect(code).toBe(0);
    } finally {
      await t.close();
    }
  }, 120_000);
});
