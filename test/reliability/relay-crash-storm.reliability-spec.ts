import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type EmbeddedMeilisearchHandle, freePort, startEmbeddedMeilisearch } from '@app/embedded';
import { randomCreditCode, uniqueUsername, waitForIndexing } from '@app/testing';
import { createIsolatedDatabase, type IsolatedDatabase } from '../support/isolated-database.js';
import { TEST_PASSWORD } from '../support/seed-accounts.js';
import { indexedVersions, publicVersions, uniquePrefix } from '../support/search-helpers.js';

const API_MAIN = resolve('dist/apps/api/src/main.js');
const WORKER_MAIN = resolve('dist/apps/worker/src/main.js');
const STORM_MS = 20_000;
const RELAY_KILLS = 20;
const API_KILLS = 3;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Crash safety of the whole write path: a storm of creates, updates and closes over HTTP while the relay process is
 * SIGKILLed 20+ times and the API process 3 times. Afterwards the index must equal PostgreSQL exactly (no missing, stale
 * or extra document) and every acknowledged mutation must be in the database. Own Meilisearch and database.
 */
describe('crash safety under a write storm', () => {
  const root = join(tmpdir(), `storm-${randomBytes(4).toString('hex')}`);
  const key = randomBytes(16).toString('hex');
  let meili: EmbeddedMeilisearchHandle;
  let db: IsolatedDatabase;
  let prefix: string;
  let apiPort: number;
  const children: ChildProcess[] = [];

  const env = () => ({ ...process.env, DATABASE_URL: db.url, MEILI_HOST: meili.host, MEILI_MASTER_KEY: key, MEILI_INDEX_PREFIX: prefix, LOG_LEVEL: 'warn', LOG_FILE: '' });

  function start(main: string, extra: Record<string, string>): ChildProcess {
    const child = spawn(process.execPath, [main], { env: { ...env(), ...extra }, stdio: 'ignore' });
    children.push(child);
    return child;
  }

  async function kill(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }

  async function gql(query: string, variables: Record<string, unknown>, token?: string): Promise<{ data?: any; errors?: unknown[] }> {
    const res = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: unknown[] };
  }

  async function startApi(): Promise<ChildProcess> {
    const api = start(API_MAIN, { PORT: String(apiPort), HOST: '127.0.0.1', OUTBOX_RELAY: 'false' });
    for (let i = 0; i < 200; i++) {
      const up = await gql('{ __typename }', {}).then((r) => !!r.data).catch(() => false);
      if (up) return api;
      await sleep(100);
    }
    throw new Error('the API did not start');
  }

  beforeAll(async () => {
    mkdirSync(root, { recursive: true });
    chmodSync(root, 0o755);
    meili = await startEmbeddedMeilisearch({ dataDir: join(root, 'meili'), masterKey: key });
    db = await createIsolatedDatabase();
    prefix = uniquePrefix('storm');
    apiPort = await freePort();
  }, 60_000);

  afterAll(async () => {
    for (const child of children) await kill(child);
    await meili?.stop();
    await db?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  it('ends with the index equal to PostgreSQL and no acknowledged write lost', async () => {
    for (const main of [API_MAIN, WORKER_MAIN]) if (!existsSync(main)) throw new Error(`${main} is missing: build first (npm test does)`);
    let api = await startApi();
    const username = uniqueUsername('storm');
    const signUp = await gql('mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken } }', {
      input: { name: '风暴测试电子厂', kind: 'ENTERPRISE', creditCode: randomCreditCode('440306'), regionCode: '440306', smallOrMicro: false, username, password: TEST_PASSWORD },
    });
    const token: string = signUp.data.registerOrganization.accessToken;

    const created: string[] = [];
    const closed = new Set<string>();
    const acknowledgedWages = new Map<string, number>();
    let refused = 0;
    let stormOver = false;

    const writes = (async () => {
      let i = 0;
      while (!stormOver) {
        i++;
        const open = created.filter((id) => !closed.has(id));
        const roll = i % 10;
        try {
          if (roll < 6 || open.length < 5) {
            const r = await gql('mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }', {
              input: { kind: 'LOCAL', title: `风暴岗位${i}`, regionCode: '440306', wageMin: 4000, wageMax: 6000, headcount: 5, contractMonths: 12 },
            }, token);
            if (r.data?.createPosting) created.push(r.data.createPosting.id);
            else refused++;
          } else if (roll < 9) {
            const id = open[i % open.length];
            const wageMax = 6000 + i;
            const r = await gql('mutation($input: UpdatePostingInput!) { updatePosting(input: $input) { id } }', { input: { id, wageMax } }, token);
            if (r.data?.updatePosting) acknowledgedWages.set(id, wageMax);
            else refused++;
          } else {
            const id = open[0];
            const r = await gql('mutation($id: ID!) { closePosting(id: $id) { id } }', { id }, token);
            if (r.data?.closePosting) closed.add(id);
            else refused++;
          }
        } catch {
          refused++; // the API was down at that moment: not acknowledged, so nothing is owed
          await sleep(50);
        }
      }
    })();

    let worker = start(WORKER_MAIN, {});
    const began = Date.now();
    for (let k = 0; k < RELAY_KILLS; k++) {
      await sleep(200 + Math.floor(Math.random() * 600));
      await kill(worker);
      worker = start(WORKER_MAIN, {});
      if (k % Math.ceil(RELAY_KILLS / API_KILLS) === 3) {
        await kill(api);
        api = await startApi();
      }
    }
    while (Date.now() - began < STORM_MS) await sleep(200);
    stormOver = true;
    await writes;

    await waitForIndexing({ databaseUrl: db.url, meiliHost: meili.host, meiliKey: key, timeoutMs: 60_000 });
    const inIndex = await indexedVersions(meili.host, key, `${prefix}postings`);
    const inDatabase = await publicVersions(db);
    expect(inIndex).toEqual(inDatabase);

    // Every acknowledged write is in PostgreSQL.
    const rows = await db.query<{ id: string; status: string; wage_max: number }>('SELECT id, status, wage_max FROM postings WHERE id = ANY($1)', [created]);
    expect(rows).toHaveLength(created.length);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of closed) expect(byId.get(id)!.status).toBe('CLOSED');
    for (const [id, wage] of acknowledgedWages) expect(byId.get(id)!.wage_max).toBeGreaterThanOrEqual(wage);
    expect(created.length).toBeGreaterThan(50);
    process.stdout.write(`storm: ${created.length} created, ${acknowledgedWages.size} updated, ${closed.size} closed, ${refused} refused while the API was down; ${RELAY_KILLS} relay kills, ${API_KILLS} API kills; index = database (${inIndex.length} documents)\n`);
  }, 180_000);
});
