import { DataSource } from 'typeorm';
import { addDays, chinaToday } from '@app/common';
import { randomIdNumber, randomMobile, uniqueUsername, waitForIndexing } from '@app/testing';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../support/isolated-database.js';
import { signUpOrganization } from '../../support/organizations.js';
import { signUpEmployer, uniquePrefix } from '../../support/search-helpers.js';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';
import { Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const CLOSE = 'mutation($id: ID!) { closePosting(id: $id) { id status } }';
const REOPEN = 'mutation($id: ID!) { reopenPosting(id: $id) { id status closedAt openings } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const APPLY = 'mutation($postingId: ID!) { applyToPosting(input: { postingId: $postingId }) { id } }';
const WITHDRAW = 'mutation($id: ID!) { withdrawApplication(input: { applicationId: $id }) { id } }';
const REJECT = 'mutation($id: ID!) { rejectApplication(input: { applicationId: $id, reason: "岗位要求持证上岗" }) { id } }';
const HIRE = 'mutation($input: HireInput!) { hire(input: $input) { id } }';
const COUNTS = 'applicantCounts { total pending hired rejected withdrawn cancelled }';
const LIST = (fields: string) => `query($org: ID!) { postings(filter: { organizationId: $org }, first: 50) { edges { node { id title ${fields} } } } }`;
const ONE = `query($id: ID!) { posting(id: $id) { id status ${COUNTS} } }`;
const SEARCH = 'query($q: String!) { searchPostings(input: { query: $q, first: 50 }) { edges { node { id } } } }';

type Counts = { total: number; pending: number; hired: number; rejected: number; withdrawn: number; cancelled: number };
type ListAnswer = { postings: { edges: Array<{ node: { id: string; title: string; applicantCounts?: Counts | null } }> } };

const zero: Counts = { total: 0, pending: 0, hired: 0, rejected: 0, withdrawn: 0, cancelled: 0 };

/**
 * The employer's daily work on its postings (issue 18): applicant counts per posting (for the posting's employer only,
 * batched), and reopening a CLOSED posting whose validity has not passed (indexed for search again).
 */
describe('Employer postings: applicantCounts and reopenPosting', () => {
  let db: IsolatedDatabase;
  let prefix: string;
  let t: TestApp;
  let bureau: Caller;
  let employer: { caller: Caller; organizationId: string };
  let rival: { caller: Caller; organizationId: string };
  let agent: Caller;
  const workers: Array<{ id: string; caller: Caller; username: string }> = [];
  const ids: Record<string, string> = {};
  const indexed = () => waitForIndexing({ databaseUrl: db.url });

  const posting = (title: string, headcount = 5) => ({
    kind: 'LOCAL',
    title,
    description: '',
    regionCode: '520102',
    wageMin: 4500,
    wageMax: 6000,
    headcount,
    contractMonths: 12,
  });

  const counts = async (caller: Caller, org: string) => {
    const data = await caller.ok<ListAnswer>(LIST(COUNTS), { org });
    return new Map(data.postings.edges.map((e) => [e.node.id, e.node.applicantCounts ?? null]));
  };

  const searchIds = async (q: string) => (await t.anonymous.ok(SEARCH, { q })).searchPostings.edges.map((e: { node: { id: string } }) => e.node.id);

  beforeAll(async () => {
    db = await createIsolatedDatabase();
    prefix = uniquePrefix('empposts');
    t = await startTestApp({ DATABASE_URL: db.url, MEILI_INDEX_PREFIX: prefix });
    bureau = await t.signIn(await db.insertAccount('BUREAU', '520000'), TEST_PASSWORD);
    employer = await signUpEmployer(t, 'ENTERPRISE', '520102', '贵阳云岩包装有限公司');
    rival = await signUpEmployer(t, 'ENTERPRISE', '520102', '贵阳南明印刷有限公司');
    agent = (await signUpOrganization(t, 'LABOR_AGENCY', '520102', { name: '云岩劳务公司', verifiedBy: bureau })).caller;
    ids.busy = (await employer.caller.ok(CREATE, { input: posting('纸箱包装工') })).createPosting.id;
    ids.quiet = (await employer.caller.ok(CREATE, { input: posting('仓库叉车工') })).createPosting.id;
    ids.single = (await employer.caller.ok(CREATE, { input: posting('包装车间班组长', 1) })).createPosting.id;
    ids.rivals = (await rival.caller.ok(CREATE, { input: posting('印刷机长') })).createPosting.id;
    for (let i = 0; i < 4; i++) {
      const username = uniqueUsername('emppost');
      const { registerWorker } = await bureau.ok(REGISTER_WORKER, {
        input: {
          name: `吴阿妹${i}`,
          idNumber: randomIdNumber('520102'),
          phone: randomMobile(),
          hukouRegionCode: '520102',
          categories: ['POVERTY_ALLEVIATED'],
          laborCapacity: 'FULL',
          username,
          password: TEST_PASSWORD,
        },
      });
      workers.push({ id: registerWorker.id, caller: await t.signIn(username, TEST_PASSWORD), username });
    }
    // busy: 1 pending, 1 rejected, 1 withdrawn, 1 hired. single: 1 hired (no opening left). rivals: 2 pending.
    const apply = async (w: number, postingId: string) => (await workers[w].caller.ok(APPLY, { postingId })).applyToPosting.id as string;
    await apply(0, ids.busy);
    await employer.caller.ok(REJECT, { id: await apply(1, ids.busy) });
    await workers[2].caller.ok(WITHDRAW, { id: await apply(2, ids.busy) });
    const part = await apply(3, ids.busy);
    await employer.caller.ok(HIRE, { input: { applicationId: part, startDate: addDays(chinaToday(), 7), contractMonths: 12 } });
    await employer.caller.ok(HIRE, { input: { applicationId: await apply(2, ids.single), startDate: addDays(chinaToday(), 14), contractMonths: 6 } });
    await apply(0, ids.rivals);
    await apply(1, ids.rivals);
    await indexed();
  }, 180_000);

  let closed = false;
  afterAll(async () => {
    if (!closed) await t?.close();
    await db?.drop();
  });

  describe('Posting.applicantCounts', () => {
    it('gives the posting’s employer its applications by status, zeros where there are none', async () => {
      const mine = await counts(employer.caller, employer.organizationId);
      expect(mine.get(ids.busy)).toEqual({ total: 4, pending: 1, hired: 1, rejected: 1, withdrawn: 1, cancelled: 0 });
      expect(mine.get(ids.single)).toEqual({ ...zero, total: 1, hired: 1 });
      expect(mine.get(ids.quiet)).toEqual(zero);
      expect((await employer.caller.ok(ONE, { id: ids.busy })).posting.applicantCounts.pending).toBe(1);
    });

    it('is null for another employer, a worker, an agent, a bureau (not a welfare post of its own) and the public', async () => {
      for (const caller of [rival.caller, workers[0].caller, agent, bureau, t.anonymous]) {
        const theirs = await counts(caller, employer.organizationId);
        expect(theirs.size).toBeGreaterThan(0);
        expect([...theirs.values()].every((c) => c === null)).toBe(true);
      }
      // The rival sees its own, and employer sees none of the rival's.
      expect((await counts(rival.caller, rival.organizationId)).get(ids.rivals)).toEqual({ ...zero, total: 2, pending: 2 });
      expect((await counts(employer.caller, rival.organizationId)).get(ids.rivals)).toBeNull();
    });
  });

  it('gives a bureau the counts of its own public-welfare post, and lets it close and reopen the post', async () => {
    const input = { ...posting('村级保洁员'), kind: 'PUBLIC_WELFARE', regionCode: '520102', contractMonths: 12 };
    const welfare = (await bureau.ok(CREATE, { input })).createPosting.id;
    expect((await bureau.ok(ONE, { id: welfare })).posting.applicantCounts).toEqual(zero);
    expect((await employer.caller.ok(ONE, { id: welfare })).posting.applicantCounts).toBeNull();
    await bureau.ok(CLOSE, { id: welfare });
    expect((await bureau.ok(REOPEN, { id: welfare })).reopenPosting.status).toBe('OPEN');
    expect((await employer.caller.gql(REOPEN, { id: welfare })).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_POSTING_OWNER' });
  });

  it('gives ADMIN every posting’s counts and lets it reopen any posting', async () => {
    const admin = await t.signIn(await db.insertAccount('ADMIN'), TEST_PASSWORD);
    expect((await admin.ok(ONE, { id: ids.rivals })).posting.applicantCounts).toEqual({ ...zero, total: 2, pending: 2 });
    const closedOne = (await rival.caller.ok(CREATE, { input: posting('装订工') })).createPosting.id;
    await rival.caller.ok(CLOSE, { id: closedOne });
    expect((await admin.ok(REOPEN, { id: closedOne })).reopenPosting.status).toBe('OPEN');
  });

  describe('reopenPosting', () => {
    it('reopens a closed posting, which search finds again once indexed', async () => {
      expect(await searchIds('叉车工')).toEqual([ids.quiet]);
      expect((await employer.caller.ok(CLOSE, { id: ids.quiet })).closePosting.status).toBe('CLOSED');
      await indexed();
      expect(await searchIds('叉车工')).toEqual([]);
      const reopened = (await employer.caller.ok(REOPEN, { id: ids.quiet })).reopenPosting;
      expect(reopened).toMatchObject({ id: ids.quiet, status: 'OPEN', closedAt: null, openings: 5 });
      await indexed();
      expect(await searchIds('叉车工')).toEqual([ids.quiet]);
    });

    it('reopens a posting whose openings are all taken as FILLED (not searchable, nobody can apply)', async () => {
      await employer.caller.ok(CLOSE, { id: ids.single });
      expect((await employer.caller.ok(REOPEN, { id: ids.single })).reopenPosting).toMatchObject({ status: 'FILLED', openings: 0 });
    });

    it('refuses a posting that is not closed (CONFLICT, in Chinese)', async () => {
      const result = await employer.caller.gql(REOPEN, { id: ids.busy });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'POSTING_NOT_CLOSED' });
      expect(result.errors?.[0].message).toBe('该岗位未关闭（当前状态：OPEN），无需重新开放');
    });

    it('refuses a closed posting whose last day has passed, naming the id field', async () => {
      const expired = (await employer.caller.ok(CREATE, { input: { ...posting('临时装卸工'), validUntil: addDays(chinaToday(), 30) } })).createPosting.id;
      await employer.caller.ok(CLOSE, { id: expired });
      const yesterday = addDays(chinaToday(), -1);
      await db.query('UPDATE postings SET valid_until = $2 WHERE id = $1', [expired, yesterday]);
      const result = await employer.caller.gql(REOPEN, { id: expired });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'POSTING_EXPIRED', fields: ['id'] });
      expect(result.errors?.[0].message).toBe(`该岗位的有效期已于 ${yesterday} 结束，不能重新开放；请发布一个新岗位`);
      expect((await employer.caller.ok(ONE, { id: expired })).posting.status).toBe('CLOSED');
    });

    it('is refused to everyone but the owner: another employer (NOT_FOUND: it cannot see the closed posting), a bureau, a worker, an agent, the public', async () => {
      await employer.caller.ok(CLOSE, { id: ids.quiet });
      expect((await rival.caller.gql(REOPEN, { id: ids.quiet })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'POSTING_NOT_FOUND' });
      // The province's bureau sees the posting but does not own it.
      expect((await bureau.gql(REOPEN, { id: ids.quiet })).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_POSTING_OWNER' });
      expect(await workers[0].caller.errorCode(REOPEN, { id: ids.quiet })).toBe('FORBIDDEN');
      expect(await agent.errorCode(REOPEN, { id: ids.quiet })).toBe('FORBIDDEN');
      expect(await t.anonymous.errorCode(REOPEN, { id: ids.quiet })).toBe('UNAUTHENTICATED');
      expect((await employer.caller.ok(ONE, { id: ids.quiet })).posting.status).toBe('CLOSED');
    });
  });

  it('counts applicants in one query per request, whatever the page size', async () => {
    await t.close();
    closed = true;
    const counter = await startTestApp({ DATABASE_URL: db.url, MEILI_INDEX_PREFIX: prefix, OUTBOX_RELAY: 'false' });
    try {
      // The same signed-in employer, talking to the app without background jobs.
      const caller = new Caller(counter.app, employer.caller.token, 'EMPLOYER');
      const statementsFor = async (fields: string): Promise<{ statements: number; rows: number }> => {
        const runner = Object.getPrototypeOf(counter.app.get(DataSource).createQueryRunner()) as { query: (...args: unknown[]) => Promise<unknown> };
        const original = runner.query;
        let statements = 0;
        runner.query = function (this: unknown, ...args: unknown[]) {
          statements += 1;
          return original.apply(this, args);
        };
        try {
          const data = await caller.ok<ListAnswer>(LIST(fields), { org: employer.organizationId });
          return { statements, rows: data.postings.edges.length };
        } finally {
          runner.query = original;
        }
      };
      await statementsFor(COUNTS); // warm
      const without = await statementsFor('');
      const withCounts = await statementsFor(COUNTS);
      expect(withCounts.rows).toBeGreaterThanOrEqual(3);
      expect(withCounts.statements).toBe(without.statements + 1);
    } finally {
      await counter.close();
    }
  });
});
