import { chinaToday } from '@app/common';
import { DEMO_PASSWORD, DemoPartialError, DemoSeederService, type DemoSeedResult, DemoStateService, planDemoWorld } from '@app/demo';
import { waitForIndexing } from '@app/testing';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../support/isolated-database.js';
import { SEARCH, type SearchData, uniquePrefix } from '../../support/search-helpers.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

/** The accounts the README lists, with what each must be. */
const DEMO_ACCOUNTS = [
  { username: 'admin', role: 'ADMIN', regionCode: null },
  { username: 'bureau-guizhou', role: 'BUREAU', regionCode: '520000' },
  { username: 'bureau-qiannan', role: 'BUREAU', regionCode: '522700' },
  { username: 'bureau-huishui', role: 'BUREAU', regionCode: '522731' },
  { username: 'bureau-gansu', role: 'BUREAU', regionCode: '620000' },
  { username: 'employer-shenzhen', role: 'EMPLOYER', regionCode: '440306' },
  { username: 'workshop-huishui', role: 'EMPLOYER', regionCode: '522731' },
  { username: 'agent-huishui', role: 'AGENT', regionCode: '522731' },
  { username: 'worker-demo', role: 'WORKER', regionCode: '522731' },
];

const ME = '{ me { username role regionCode organizationId workerId } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
const WORKERS = 'query($filter: WorkerFilterInput) { workers(filter: $filter, first: 5) { totalCount edges { node { id hukouRegion { code } } } } }';
const PLACEMENTS = 'query($filter: PlacementFilterInput) { placements(filter: $filter, first: 50) { totalCount edges { node { id status } } } }';
const CLAIMS = 'query($filter: SubsidyClaimFilterInput) { subsidyClaims(filter: $filter, first: 5) { totalCount edges { node { id status amount } } } }';
const APPLICATIONS =
  'query($filter: ApplicationFilterInput) { applications(filter: $filter, first: 100) { totalCount edges { node { id status workerId } } } }';
const RETURNEES = '{ returnees(regionCode: "522731", since: "2026-01-01", first: 100) { totalCount edges { node { id returnedHomeOn } } } }';
const PLACEMENT = 'query($id: ID!) { placement(id: $id) { id status } }';
const FOLLOW_UPS =
  'query($filter: PlacementFilterInput) { placements(filter: $filter, first: 50) { edges { node { id followUps { agentOrganizationId contactedOn channel note stillEmployed } } } } }';
const POSTINGS = 'query($filter: PostingFilterInput) { postings(filter: $filter, first: 100) { totalCount edges { node { id title kind status } } } }';

/**
 * The demo world at scale 0.05 (about 170 workers), in a database of its own: its fixed names would not collide with
 * other suites' random ones, but its people live in counties other suites count exactly (临夏州 in the statistics
 * suite), and its postings would join their search index.
 */
describe('demo data (seed-demo)', () => {
  let db: IsolatedDatabase;
  let t: TestApp;
  let first: DemoSeedResult;
  let qiannan: Caller;

  beforeAll(async () => {
    db = await createIsolatedDatabase();
    t = await startTestApp({ DATABASE_URL: db.url, MEILI_INDEX_PREFIX: uniquePrefix('demo') });
    first = await t.app.get(DemoSeederService).seed({ scale: 0.05 });
    qiannan = await t.signIn('bureau-qiannan', DEMO_PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  it('creates a small world of every kind', () => {
    expect(first.created).toBe(true);
    const f = first.footprint;
    expect(f.workers).toBeGreaterThan(150);
    expect(f.workers).toBeLessThan(260);
    expect(f.households).toBeLessThan(f.workers);
    expect(f.placements).toBeGreaterThan(100);
    expect(f.confirmations).toBeGreaterThan(f.placements);
    expect(f.followUps).toBeGreaterThan(f.placements);
    expect(f.postings).toBeGreaterThan(70);
    expect(f.groups).toBeGreaterThan(2);
    expect(f.targets).toBeGreaterThan(20);
    for (const status of ['SUBMITTED', 'APPROVED', 'REJECTED', 'PAID'] as const) expect(f.claims[status]).toBeGreaterThan(0);
  });

  it('lets every documented demo account sign in with the one password, as its role and region', async () => {
    for (const expected of DEMO_ACCOUNTS) {
      const caller = await t.signIn(expected.username, DEMO_PASSWORD);
      const { me } = await caller.ok(ME);
      expect({ username: me.username, role: me.role, regionCode: me.regionCode }).toEqual(expected);
      if (expected.role === 'EMPLOYER' || expected.role === 'AGENT') expect(me.organizationId).toBeTruthy();
      if (expected.role === 'WORKER') expect(me.workerId).toBeTruthy();
    }
    const wrong = await t.anonymous.gql(LOGIN, { input: { username: 'bureau-qiannan', password: 'not-the-password' } });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets every other demo account (every bureau, agency, employer, workshop) sign in with it too', async () => {
    const plan = planDemoWorld({ scale: 0.05 });
    const usernames = ['admin', 'worker-demo', ...plan.bureaus.map((b) => b.username), ...plan.organizations.map((o) => o.key)];
    const stored = await db.query<{ username: string }>('SELECT username FROM accounts ORDER BY username');
    expect(stored.map((a) => a.username)).toEqual([...usernames].sort());
    for (const username of usernames) {
      const { login } = await t.anonymous.ok(LOGIN, { input: { username, password: DEMO_PASSWORD } });
      expect(login.accessToken).toBeTruthy();
    }
  });

  it('shows bureau-qiannan its workers, postings, placements and claims in every status, and nothing outside 黔南', async () => {
    for (const seekingStatus of ['SEEKING', 'EMPLOYED', 'NOT_SEEKING']) {
      const { workers } = await qiannan.ok(WORKERS, { filter: { seekingStatus } });
      expect({ seekingStatus, found: workers.totalCount > 0 }).toEqual({ seekingStatus, found: true });
      expect(workers.edges.every((e: any) => e.node.hukouRegion.code.startsWith('5227'))).toBe(true);
    }
    for (const status of ['ACTIVE', 'ENDED']) {
      const { placements } = await qiannan.ok(PLACEMENTS, { filter: { status } });
      expect({ status, found: placements.totalCount > 0 }).toEqual({ status, found: true });
    }
    for (const status of ['SUBMITTED', 'APPROVED', 'REJECTED', 'PAID']) {
      const { subsidyClaims } = await qiannan.ok(CLAIMS, { filter: { status } });
      expect({ status, found: subsidyClaims.totalCount > 0 }).toEqual({ status, found: true });
    }
    const { postings } = await qiannan.ok(POSTINGS, { filter: { regionCode: '522700' } });
    const statuses = new Set(postings.edges.map((e: any) => e.node.status));
    expect(statuses).toEqual(new Set(['OPEN', 'FILLED', 'CLOSED']));
    expect(new Set(postings.edges.map((e: any) => e.node.kind))).toEqual(new Set(['PUBLIC_WELFARE', 'WORKSHOP', 'LOCAL']));
    // A county bureau of 黔南 sees its county only; 黔南 sees nothing of 贵阳.
    expect(await qiannan.errorCode(WORKERS, { filter: { regionCode: '520102' } })).toBe('FORBIDDEN');
    const huishui = await t.signIn('bureau-huishui', DEMO_PASSWORD);
    expect(await huishui.errorCode(WORKERS, { filter: { regionCode: '522701' } })).toBe('FORBIDDEN');
  });

  it('finds demo postings through searchPostings and postings, and keeps the unverified workshop hidden', async () => {
    await waitForIndexing({ databaseUrl: db.url, timeoutMs: 60_000 });
    const search = async (input: Record<string, unknown>) => (await t.anonymous.ok<SearchData>(SEARCH, { input })).searchPostings;
    const factory = await search({ query: '电子厂普工', regionCode: '440306' });
    expect(factory.edges.map((e) => e.node.title)).toContain('电子厂普工（长白班，包吃住）');
    expect(factory.edges.find((e) => e.node.title.startsWith('电子厂普工'))!.node.organization).toEqual({ name: '深圳市宝安区鹏程电子科技有限公司' });
    const pedicure = await search({ query: '修脚' });
    expect(pedicure.edges.map((e) => e.node.title)).toContain('修脚师（紫阳修脚师优先）');
    // 惠水's open welfare posts: in search exactly as listed (its FILLED and CLOSED ones are in neither).
    const welfare = await search({ kinds: ['PUBLIC_WELFARE'], regionCode: '522731', first: 50 });
    const listed = (await t.anonymous.ok(POSTINGS, { filter: { kind: 'PUBLIC_WELFARE', regionCode: '522731' } })).postings;
    expect(welfare.totalCount).toBeGreaterThan(0);
    expect(welfare.edges.map((e) => e.node.id).sort()).toEqual(listed.edges.map((e: any) => e.node.id).sort());
    expect(listed.edges.every((e: any) => e.node.status === 'OPEN' && e.node.title.startsWith('惠水县'))).toBe(true);
    // 都匀's workshop waits for its bureau's verification: its posting stays out of search until then.
    expect((await search({ query: '电子配件组装工' })).edges.map((e) => e.node.title)).not.toContain('电子配件组装工');

    const { postings } = await t.anonymous.ok(POSTINGS, { filter: { kind: 'EAST_WEST' } });
    expect(postings.totalCount).toBeGreaterThanOrEqual(16);
    // The public never sees the closed post of last year; the county's bureau does.
    const titles = postings.edges.map((e: any) => e.node.title);
    expect(titles).toContain('SMT贴片操作员');
  });

  it('gives worker-demo the story the README tells: home from Shenzhen, a claim to review, an application to hire', async () => {
    const me = await t.signIn('worker-demo', DEMO_PASSWORD);
    const { me: account } = await me.ok(ME);
    const { placements } = await me.ok(PLACEMENTS);
    expect(placements.edges.map((e: any) => e.node.status)).toEqual(['ENDED']);
    const { subsidyClaims } = await me.ok(CLAIMS);
    expect(subsidyClaims.edges.map((e: any) => ({ status: e.node.status, amount: e.node.amount }))).toEqual([{ status: 'SUBMITTED', amount: 500 }]);
    const mine = (await me.ok(APPLICATIONS)).applications.edges.map((e: any) => e.node.status).sort();
    expect(mine).toEqual(['APPLIED', 'HIRED']);

    const workshop = await t.signIn('workshop-huishui', DEMO_PASSWORD);
    const waiting = (await workshop.ok(APPLICATIONS, { filter: { status: 'APPLIED' } })).applications.edges.map((e: any) => e.node.workerId);
    expect(waiting).toContain(account.workerId);
    const huishui = await t.signIn('bureau-huishui', DEMO_PASSWORD);
    const { returnees } = await huishui.ok(RETURNEES);
    expect(returnees.edges.map((e: any) => e.node.id)).toContain(account.workerId);
    // The employer of her old job sees the placement; another employer does not.
    const placementId = placements.edges[0].node.id;
    expect((await (await t.signIn('employer-shenzhen', DEMO_PASSWORD)).ok(PLACEMENT, { id: placementId })).placement.id).toBe(placementId);
    expect(await workshop.errorCode(PLACEMENT, { id: placementId })).toBe('FORBIDDEN');
  });

  it('shows agent-huishui its follow-ups of the placements it organised, and the employer those at its own', async () => {
    const agent = await t.signIn('agent-huishui', DEMO_PASSWORD);
    const { me } = await agent.ok(ME);
    const mine = (await agent.ok(FOLLOW_UPS)).placements.edges.flatMap((e: any) => e.node.followUps);
    expect(mine.length).toBeGreaterThan(10);
    expect(mine.filter((f: any) => f.agentOrganizationId !== me.organizationId || !f.note || f.contactedOn > chinaToday())).toEqual([]);
    expect(new Set(mine.map((f: any) => f.channel)).size).toBeGreaterThan(1);
    const employer = await t.signIn('employer-shenzhen', DEMO_PASSWORD);
    const seen = (await employer.ok(FOLLOW_UPS)).placements.edges.flatMap((e: any) => e.node.followUps);
    expect(seen.length).toBeGreaterThan(0);
    // The county bureau sees them too; worker-demo's own job was not organised by an agency: nobody followed it up.
    const bureau = await t.signIn('bureau-huishui', DEMO_PASSWORD);
    expect((await bureau.ok(FOLLOW_UPS)).placements.edges.flatMap((e: any) => e.node.followUps).length).toBeGreaterThan(0);
    const [own] = (await (await t.signIn('worker-demo', DEMO_PASSWORD)).ok(PLACEMENTS)).placements.edges;
    const { placement } = await bureau.ok('query($id: ID!) { placement(id: $id) { followUps { id } } }', { id: own.node.id });
    expect(placement.followUps).toEqual([]);
  });

  it('changes nothing when run again, and says so', async () => {
    const second = await t.app.get(DemoSeederService).seed({ scale: 0.05 });
    expect(second.created).toBe(false);
    expect(second.footprint).toEqual(first.footprint);
    expect(await t.app.get(DemoStateService).state()).toBe('complete');
  });

  it('refuses to seed a database where demo names exist without the complete demo', async () => {
    const other = await createIsolatedDatabase();
    const app = await startTestApp({ DATABASE_URL: other.url, MEILI_INDEX_PREFIX: uniquePrefix('demo_partial') });
    try {
      await other.query(`INSERT INTO accounts (username, password_hash, role) VALUES ('admin', 'x', 'ADMIN')`);
      expect(await app.app.get(DemoStateService).state()).toBe('partial');
      await expect(app.app.get(DemoSeederService).seed({ scale: 0.05 })).rejects.toThrow(DemoPartialError);
      expect((await other.query<{ count: number }>('SELECT count(*)::int AS count FROM accounts'))[0].count).toBe(1);
    } finally {
      await app.close();
      await other.drop();
    }
  });
});
