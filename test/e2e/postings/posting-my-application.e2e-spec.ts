import { DataSource } from 'typeorm';
import { randomIdNumber, randomMobile, uniqueUsername, waitForIndexing } from '@app/testing';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../support/isolated-database.js';
import { signUpEmployer, uniquePrefix } from '../../support/search-helpers.js';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const APPLY = 'mutation($postingId: ID!) { applyToPosting(input: { postingId: $postingId }) { id status } }';
const WITHDRAW = 'mutation($id: ID!) { withdrawApplication(input: { applicationId: $id }) { id status } }';
const MINE = 'myApplication { id status postingId workerId }';
const SEARCH = (fields: string) => `query($input: SearchPostingsInput!) { searchPostings(input: $input) { totalCount edges { node { id title ${fields} } } } }`;
const ONE = `query($id: ID!) { posting(id: $id) { id ${MINE} } }`;

type Mine = { id: string; status: string; postingId: string; workerId: string } | null;
type SearchAnswer = { searchPostings: { totalCount: number; edges: Array<{ node: { id: string; myApplication?: Mine } }> } };

/**
 * Posting.myApplication (issue 17): a signed-in worker's own newest application to a posting, whatever its status;
 * null for another worker, an anonymous visitor or an employer. Batched: a search page of 20 costs what a page of 1 does.
 */
describe('Posting.myApplication', () => {
  const TITLE = '焊接车间电焊工';
  const COUNT = 21;
  let db: IsolatedDatabase;
  let prefix: string;
  let t: TestApp;
  let bureau: Caller;
  let employer: Caller;
  let seeker: { id: string; caller: Caller; username: string };
  let other: { id: string; caller: Caller; username: string };
  const postings: string[] = [];
  const applied: Record<string, string> = {};

  async function newWorker(): Promise<{ id: string; caller: Caller; username: string }> {
    const username = uniqueUsername('mine');
    const { registerWorker } = await bureau.ok(REGISTER_WORKER, {
      input: {
        name: '杨阿花',
        idNumber: randomIdNumber('522731'),
        phone: randomMobile(),
        hukouRegionCode: '522731',
        categories: ['POVERTY_ALLEVIATED'],
        laborCapacity: 'FULL',
        username,
        password: TEST_PASSWORD,
      },
    });
    return { id: registerWorker.id, caller: await t.signIn(username, TEST_PASSWORD), username };
  }

  const mineIn = async (caller: Caller) => {
    const data = await caller.ok<SearchAnswer>(SEARCH(MINE), { input: { query: TITLE, first: 100 } });
    return new Map(data.searchPostings.edges.map((e) => [e.node.id, e.node.myApplication ?? null]));
  };

  beforeAll(async () => {
    db = await createIsolatedDatabase();
    prefix = uniquePrefix('mine');
    t = await startTestApp({ DATABASE_URL: db.url, MEILI_INDEX_PREFIX: prefix });
    bureau = await t.signIn(await db.insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    employer = (await signUpEmployer(t, 'ENTERPRISE', '520102', '贵阳焊接设备有限公司')).caller;
    for (let i = 0; i < COUNT; i++) {
      const input = {
        kind: 'LOCAL',
        title: `${TITLE}${i + 1}号`,
        description: '',
        regionCode: '520102',
        wageMin: 5000,
        wageMax: 7000,
        headcount: 3,
        contractMonths: 12,
      };
      postings.push((await employer.ok(CREATE, { input })).createPosting.id);
    }
    seeker = await newWorker();
    other = await newWorker();
    // postings[0]: applied. postings[1]: applied, withdrawn, applied again (the newest counts). postings[2]: withdrawn.
    applied.first = (await seeker.caller.ok(APPLY, { postingId: postings[0] })).applyToPosting.id;
    const taken = (await seeker.caller.ok(APPLY, { postingId: postings[1] })).applyToPosting.id;
    await seeker.caller.ok(WITHDRAW, { id: taken });
    applied.again = (await seeker.caller.ok(APPLY, { postingId: postings[1] })).applyToPosting.id;
    applied.withdrawn = (await seeker.caller.ok(APPLY, { postingId: postings[2] })).applyToPosting.id;
    await seeker.caller.ok(WITHDRAW, { id: applied.withdrawn });
    applied.other = (await other.caller.ok(APPLY, { postingId: postings[3] })).applyToPosting.id;
    await waitForIndexing({ databaseUrl: db.url });
  }, 180_000);

  let closed = false;
  afterAll(async () => {
    if (!closed) await t.close();
    await db.drop();
  });

  it('gives a worker their own newest application, whatever its status, and null where they have none', async () => {
    const mine = await mineIn(seeker.caller);
    expect(mine.size).toBe(COUNT);
    expect(mine.get(postings[0])).toEqual({ id: applied.first, status: 'APPLIED', postingId: postings[0], workerId: seeker.id });
    expect(mine.get(postings[1])).toEqual({ id: applied.again, status: 'APPLIED', postingId: postings[1], workerId: seeker.id });
    expect(mine.get(postings[2])).toEqual({ id: applied.withdrawn, status: 'WITHDRAWN', postingId: postings[2], workerId: seeker.id });
    // Another worker's application is not theirs.
    expect(mine.get(postings[3])).toBeNull();
    expect(postings.slice(3).every((id) => mine.get(id) === null)).toBe(true);
    // The posting page says the same.
    expect((await seeker.caller.ok(ONE, { id: postings[2] })).posting.myApplication).toMatchObject({ id: applied.withdrawn, status: 'WITHDRAWN' });
  });

  it('is null for another worker (except their own), an anonymous visitor and an employer', async () => {
    const theirs = await mineIn(other.caller);
    expect(theirs.get(postings[3])).toMatchObject({ id: applied.other, workerId: other.id });
    expect([0, 1, 2].map((i) => theirs.get(postings[i]))).toEqual([null, null, null]);
    for (const caller of [t.anonymous, employer, bureau]) {
      const everyone = await mineIn(caller);
      expect(everyone.size).toBe(COUNT);
      expect([...everyone.values()].every((m) => m === null)).toBe(true);
      expect((await caller.ok(ONE, { id: postings[0] })).posting.myApplication).toBeNull();
    }
  });

  it('costs one query for a page of 20 as for a page of 1, and none for an anonymous visitor', async () => {
    // No background jobs in this process: the relay's and rollup's statements would be counted too (every app of the
    // process shares the query runner's prototype), so the suite's own app stops first.
    await t.close();
    closed = true;
    const counter = await startTestApp({ DATABASE_URL: db.url, MEILI_INDEX_PREFIX: prefix, OUTBOX_RELAY: 'false' });
    try {
      const worker = await counter.signIn(seeker.username, TEST_PASSWORD);
      /** How many SQL statements the API sends while answering one request (every statement passes the query runner). */
      const statementsFor = async (caller: Caller, fields: string, first: number): Promise<number> => {
        const runner = Object.getPrototypeOf(counter.app.get(DataSource).createQueryRunner()) as { query: (...args: unknown[]) => Promise<unknown> };
        const original = runner.query;
        let count = 0;
        runner.query = function (this: unknown, ...args: unknown[]) {
          count += 1;
          return original.apply(this, args);
        };
        try {
          const data = await caller.ok<SearchAnswer>(SEARCH(fields), { input: { query: TITLE, first } });
          expect(data.searchPostings.edges).toHaveLength(first);
          return count;
        } finally {
          runner.query = original;
        }
      };
      await statementsFor(worker, MINE, 20); // warm: first-use lookups are cached
      const without = await statementsFor(worker, '', 20);
      const one = await statementsFor(worker, MINE, 1);
      const twenty = await statementsFor(worker, MINE, 20);
      expect(twenty).toBe(one);
      expect(twenty).toBe(without + 1);
      expect(await statementsFor(counter.anonymous, MINE, 20)).toBe(await statementsFor(counter.anonymous, '', 20));
    } finally {
      await counter.close();
    }
  });
});
