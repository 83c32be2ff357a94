import { randomUUID } from 'node:crypto';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { signUpOrganization } from '../../support/organizations.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const VERIFY = 'mutation($input: VerifyWorkerCategoriesInput!) { verifyWorkerCategories(input: $input) { id } }';
const WORKERS = `query($filter: WorkerFilterInput) { workers(filter: $filter, first: 100) {
  totalCount edges { node { id name categoriesVerified declaredCategories } } } }`;

type Node = { id: string; name: string; categoriesVerified: boolean; declaredCategories: string[] };

/**
 * 待核实类别: workers(filter: { categoriesVerified: false }) lists the workers holding categories an agency declared
 * that no bureau has verified, by the same definition as Worker.declaredCategories; true lists the others. Only the
 * roles that see categories may filter by them.
 */
describe('workers(filter: { categoriesVerified }): the bureau’s queue of categories to verify', () => {
  let t: TestApp;
  let bureau: Caller; // 黔南州
  let kunming: Caller;
  let admin: Caller;
  let agent: Caller;
  let employer: Caller;
  let worker: Caller;
  const tag = randomUUID().slice(0, 6);
  const name = (n: string) => `${n}${tag}`;
  const ids: Record<string, string> = {};

  const input = (n: string, extra: Record<string, unknown> = {}) => ({
    name: name(n),
    idNumber: randomIdNumber('522731'),
    hukouRegionCode: '522731',
    categories: ['POVERTY_ALLEVIATED', 'MONITORING_TARGET'],
    categoriesSince: '2020-06-01',
    laborCapacity: 'FULL',
    ...extra,
  });
  const list = async (caller: Caller, filter: Record<string, unknown>): Promise<Node[]> =>
    (await caller.ok(WORKERS, { filter: { name: tag, ...filter } })).workers.edges.map((e: { node: Node }) => e.node);

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    kunming = await t.signIn(await insertAccount('BUREAU', '530100'), TEST_PASSWORD);
    admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
    ({ caller: agent } = await signUpOrganization(t, 'LABOR_AGENCY', '522731', { verifiedBy: bureau }));
    ({ caller: employer } = await signUpOrganization(t, 'ENTERPRISE', '440306'));
    // Declared by the agency: waiting for the bureau.
    ids.declared = (await agent.ok(REGISTER_WORKER, { input: input('杨声明') })).registerWorker.id;
    // The bureau's own registration: verified at once.
    const username = uniqueUsername('worker');
    ids.bureaus = (await bureau.ok(REGISTER_WORKER, { input: input('吴核实', { username, password: TEST_PASSWORD }) })).registerWorker.id;
    worker = await t.signIn(username, TEST_PASSWORD);
    // Declared, then verified by the bureau: out of the queue.
    ids.checked = (await agent.ok(REGISTER_WORKER, { input: input('龙已核') })).registerWorker.id;
    await bureau.ok(VERIFY, { input: { workerId: ids.checked } });
  }, 60_000);

  afterAll(() => t.close());

  it('false lists the workers with declared categories, true the others, as Worker.declaredCategories says', async () => {
    const waiting = await list(bureau, { categoriesVerified: false });
    expect(waiting.map((w) => w.name)).toEqual([name('杨声明')]);
    expect(waiting[0].categoriesVerified).toBe(false);
    expect([...waiting[0].declaredCategories].sort()).toEqual(['MONITORING_TARGET', 'POVERTY_ALLEVIATED']);
    const verified = await list(bureau, { categoriesVerified: true });
    expect(verified.map((w) => w.name).sort()).toEqual([name('吴核实'), name('龙已核')].sort());
    for (const w of verified) expect(w).toMatchObject({ categoriesVerified: true, declaredCategories: [] });
  });

  it('agrees with Worker.categoriesVerified on every worker of the jurisdiction, whatever their history', async () => {
    for (const categoriesVerified of [false, true]) {
      const data = await bureau.ok(`query($filter: WorkerFilterInput) { workers(filter: $filter, first: 100) { edges { node { categoriesVerified } } } }`, {
        filter: { regionCode: '522731', categoriesVerified },
      });
      for (const e of data.workers.edges) expect(e.node.categoriesVerified).toBe(categoriesVerified);
    }
  });

  it('leaves the queue once the bureau verifies', async () => {
    const second = (await agent.ok(REGISTER_WORKER, { input: input('罗待核') })).registerWorker.id;
    expect((await list(bureau, { categoriesVerified: false })).map((w) => w.id).sort()).toEqual([ids.declared, second].sort());
    await bureau.ok(VERIFY, { input: { workerId: second } });
    expect((await list(bureau, { categoriesVerified: false })).map((w) => w.id)).toEqual([ids.declared]);
  });

  it('combines with the other filters and answers ADMIN too', async () => {
    expect((await list(bureau, { categoriesVerified: false, regionCode: '522731' })).map((w) => w.id)).toEqual([ids.declared]);
    expect(await list(bureau, { categoriesVerified: false, category: 'RELOCATED' })).toEqual([]);
    expect((await list(admin, { categoriesVerified: false })).map((w) => w.id)).toEqual([ids.declared]);
  });

  it('gives a bureau of another jurisdiction none of them, and refuses its asking for this region', async () => {
    expect(await list(kunming, { categoriesVerified: false })).toEqual([]);
    const result = await kunming.gql(WORKERS, { filter: { categoriesVerified: false, regionCode: '522731' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_JURISDICTION' });
  });

  it('refuses the filter to roles that do not see categories, naming the field in Chinese', async () => {
    for (const caller of [agent, employer, worker]) {
      for (const categoriesVerified of [false, true]) {
        const result = await caller.gql(WORKERS, { filter: { categoriesVerified } });
        expect(result.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'CATEGORIES_VERIFIED_FILTER_STAFF_ONLY',
          fields: ['filter.categoriesVerified'],
        });
        expect(result.errors?.[0].message).toContain('人员类别是否已核实');
      }
    }
    expect(await t.anonymous.errorCode(WORKERS, { filter: { categoriesVerified: false } })).toBe('UNAUTHENTICATED');
  });
});
