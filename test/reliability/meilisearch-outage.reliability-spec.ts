import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmbeddedMeilisearchHandle, startEmbeddedMeilisearch } from '@app/embedded';
import { createIsolatedDatabase, type IsolatedDatabase } from '../support/isolated-database.js';
import { indexedVersions, publicVersions, signUpEmployer, uniquePrefix } from '../support/search-helpers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const OUTAGE_MS = Number(process.env.OUTAGE_MS ?? 60_000);
const CATCH_UP_GOAL_MS = 10_000;

/** Meilisearch down for a full minute while writes go on: nothing fails, and the index catches up within 10 s. */
describe('a 60-second Meilisearch outage', () => {
  const root = join(tmpdir(), `outage-${randomBytes(4).toString('hex')}`);
  const key = randomBytes(16).toString('hex');
  let meili: EmbeddedMeilisearchHandle;
  let db: IsolatedDatabase;
  let prefix: string;
  let t: TestApp;

  beforeAll(async () => {
    mkdirSync(root, { recursive: true });
    chmodSync(root, 0o755);
    meili = await startEmbeddedMeilisearch({ dataDir: join(root, 'meili'), masterKey: key });
    db = await createIsolatedDatabase();
    prefix = uniquePrefix('outage');
    t = await startTestApp({ DATABASE_URL: db.url, MEILI_HOST: meili.host, MEILI_MASTER_KEY: key, MEILI_INDEX_PREFIX: prefix });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await meili?.stop();
    await db?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  it('fails no mutation and matches PostgreSQL within 10 s of recovery', async () => {
    const { caller: employer } = await signUpEmployer(t, 'ENTERPRISE', '440306', '深圳市停机测试有限公司');
    const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
    const job = (i: number) => ({
      kind: 'LOCAL',
      title: `停机期间岗位${i}`,
      regionCode: '440306',
      wageMin: 4000,
      wageMax: 5000,
      headcount: 2,
      contractMonths: 12,
    });
    const port = Number(new URL(meili.host).port);
    await meili.stop();
    const started = Date.now();
    let failed = 0;
    let written = 0;
    for (let i = 0; Date.now() - started < OUTAGE_MS; i++) {
      const result = await employer.gql(CREATE, { input: job(i) });
      if (result.errors) failed++;
      else written++;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(failed).toBe(0);
    meili = await startEmbeddedMeilisearch({ dataDir: join(root, 'meili'), masterKey: key, port });
    const recovered = Date.now();
    let caughtUpAfter = Infinity;
    while (Date.now() - recovered < 30_000) {
      const [inIndex, inDatabase] = await Promise.all([indexedVersions(meili.host, key, `${prefix}postings`).catch(() => []), publicVersions(db)]);
      if (inIndex.length === written && JSON.stringify(inIndex) === JSON.stringify(inDatabase)) {
        caughtUpAfter = Date.now() - recovered;
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    process.stdout.write(
      `outage: ${written} mutations during ${OUTAGE_MS / 1000} s, ${failed} failed; index equal to PostgreSQL ${caughtUpAfter} ms after recovery\n`,
    );
    expect(caughtUpAfter).toBeLessThanOrEqual(CATCH_UP_GOAL_MS);
  }, 150_000);
});
