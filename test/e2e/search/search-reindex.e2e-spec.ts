import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomCreditCode, waitForIndexing } from '@app/testing';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../support/isolated-database.js';
import { indexedVersions, publicVersions, SEARCH, type SearchData, signUpEmployer, uniquePrefix } from '../../support/search-helpers.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const CLI_MAIN = resolve('dist/apps/cli/src/main.js');
const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const SEEDED = 3000;

describe('reindex', () => {
  let db: IsolatedDatabase;
  let t: TestApp;
  let prefix: string;

  /** `npm run cli -- reindex`, as an operator runs it (built output, this suite's database and index). */
  function reindex(): Promise<{ code: number | null; output: string }> {
    return new Promise((done) => {
      const cli = spawn(process.execPath, [CLI_MAIN, 'reindex', '--batch', '500'], {
        env: { ...process.env, DATABASE_URL: db.url, MEILI_INDEX_PREFIX: prefix },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      cli.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      cli.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      cli.once('exit', (code) => done({ code, output }));
    });
  }

  beforeAll(async () => {
    if (!existsSync(CLI_MAIN)) throw new Error(`${CLI_MAIN} is missing: build first (npm test does, or npm run build)`);
    db = await createIsolatedDatabase();
    prefix = uniquePrefix('reindex');
    t = await startTestApp({ DATABASE_URL: db.url, MEILI_INDEX_PREFIX: prefix });
    // Rows put straight into PostgreSQL, with no outbox events: only a rebuild can bring them into the index.
    const [org] = await db.query<{ id: string }>(
      "INSERT INTO organizations (name, kind, credit_code, region_code) VALUES ('东莞市长安电子有限公司', 'ENTERPRISE', $1, '441900') RETURNING id",
      [randomCreditCode('441900')],
    );
    await db.query(
      `INSERT INTO postings (kind, title, organization_id, region_code, wage_min, wage_max, headcount, contract_months, created_by, version, lat, lng, status)
       SELECT 'LOCAL', '电子厂普工' || g, $1, '441900', 4000 + g % 2000, 6000 + g % 2000, 10, 12, gen_random_uuid(), 1, 22.8, 113.8,
              (CASE WHEN g % 10 = 0 THEN 'CLOSED' ELSE 'OPEN' END)::posting_status
         FROM generate_series(1, ${SEEDED}) g`,
      [org.id],
    );
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  it('builds the index from PostgreSQL with the command line', async () => {
    const { code, output } = await reindex();
    expect(output).toContain(`Indexed ${SEEDED * 0.9} open postings of ${SEEDED}`);
    expect(code).toBe(0);
    const { MEILI_HOST, MEILI_MASTER_KEY } = process.env;
    expect(await indexedVersions(MEILI_HOST!, MEILI_MASTER_KEY!, `${prefix}postings`)).toEqual(await publicVersions(db));
  }, 60_000);

  it('keeps every search answering, never empty, while a rebuild swaps the index, and misses no write made meanwhile', async () => {
    const { caller: employer } = await signUpEmployer(t, 'ENTERPRISE', '441900', '东莞市虎门服装有限公司');
    const totals: number[] = [];
    const failures: unknown[] = [];
    let searching = true;
    const searches = (async () => {
      while (searching) {
        const result = await t.anonymous.gql<SearchData>(SEARCH, { input: { query: '电子厂普工', first: 5 } });
        if (result.errors?.length) failures.push(result.errors);
        else totals.push(result.data!.searchPostings.totalCount);
      }
    })();
    const writes = (async () => {
      for (let i = 0; i < 5; i++) {
        await employer.ok(CREATE, {
          input: { kind: 'LOCAL', title: `电子厂普工新${i}`, regionCode: '441900', wageMin: 5000, wageMax: 6000, headcount: 2, contractMonths: 6 },
        });
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const { code, output } = await reindex();
    await writes;
    searching = false;
    await searches;
    expect({ code, output }).toMatchObject({ code: 0 });
    expect(output).toMatch(/Indexed \d+ open postings/);
    expect(failures).toEqual([]);
    expect(totals.length).toBeGreaterThan(10);
    // The open seeded postings, plus those created meanwhile as the relay brings them in: never fewer.
    expect(Math.min(...totals)).toBe(SEEDED * 0.9);
    expect(Math.max(...totals)).toBeLessThanOrEqual(SEEDED * 0.9 + 5);

    await waitForIndexing({ databaseUrl: db.url });
    const { MEILI_HOST, MEILI_MASTER_KEY } = process.env;
    expect(await indexedVersions(MEILI_HOST!, MEILI_MASTER_KEY!, `${prefix}postings`)).toEqual(await publicVersions(db));
    const fresh = await t.anonymous.ok<SearchData>(SEARCH, { input: { query: '电子厂普工新', first: 10, regionCode: '441900', sort: 'NEWEST' } });
    expect(fresh.searchPostings.edges.filter((e) => e.node.title.startsWith('电子厂普工新'))).toHaveLength(5);
    // Only the live index remains: the rebuilt one took its name, the old contents were deleted.
    const response = await fetch(`${MEILI_HOST ?? ''}/indexes?limit=1000`, { headers: { authorization: `Bearer ${MEILI_MASTER_KEY ?? ''}` } });
    const { results } = (await response.json()) as { results: Array<{ uid: string }> };
    expect(results.map((i) => i.uid).filter((uid) => uid.startsWith(prefix))).toEqual([`${prefix}postings`]);
  }, 120_000);
});
