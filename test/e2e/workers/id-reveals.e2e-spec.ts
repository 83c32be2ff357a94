import { encodeCursor } from '@app/common';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../support/isolated-database.js';
import { signUpOrganization } from '../../support/organizations.js';
import { findIdNumbers } from '../../support/personal-data-scan.js';
import { uniquePrefix } from '../../support/search-helpers.js';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';
import { statementsFor } from '../statement-count.js';

const REGISTER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const REVEAL = 'mutation($id: ID!, $purpose: RevealPurpose!, $note: String!) { revealIdNumber(workerId: $id, purpose: $purpose, note: $note) }';
const REVEALS = `query($filter: IdNumberRevealFilterInput, $first: Int, $after: String) {
  idNumberReveals(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id revealedAt purpose purposeLabel note workerId account { id username role regionCode }
      worker { id name maskedIdNumber birthDate } } } } }`;

type Node = Record<string, any>;
const nodes = (data: Node): Node[] => data.idNumberReveals.edges.map((e: { node: Node }) => e.node);

/**
 * 身份证查看记录: every revealIdNumber of workers of the jurisdiction, newest first, read from the audit log, with the
 * account, purpose and note, and the worker as the bureau sees them (name and masked ID); never the number.
 * Its own database: the suite counts every reveal there is.
 */
describe('idNumberReveals: the audit of ID number reveals in the jurisdiction', () => {
  let db: IsolatedDatabase;
  let t: TestApp;
  let clerk: Caller; // 黔南州
  let colleague: Caller; // 黔南州, a second account
  let county: Caller; // 惠水县
  let shenzhen: Caller;
  let admin: Caller;
  let employer: Caller;
  let agent: Caller;
  let worker: Caller;
  const accounts: Record<string, string> = {};
  const numbers: Record<string, string> = {};
  const ids: Record<string, string> = {};

  async function register(bureau: Caller, key: string, county: string, credentials: Record<string, string> = {}): Promise<void> {
    numbers[key] = randomIdNumber(county);
    const input = { name: key, idNumber: numbers[key], hukouRegionCode: county, categories: ['POVERTY_ALLEVIATED'], laborCapacity: 'FULL', ...credentials };
    ids[key] = (await bureau.ok(REGISTER, { input })).registerWorker.id;
  }

  async function bureau(key: string, region: string): Promise<Caller> {
    accounts[key] = await db.insertAccount('BUREAU', region);
    return t.signIn(accounts[key], TEST_PASSWORD);
  }

  beforeAll(async () => {
    db = await createIsolatedDatabase();
    t = await startTestApp({ DATABASE_URL: db.url, MEILI_INDEX_PREFIX: uniquePrefix('idreveals'), OUTBOX_RELAY: 'false' });
    clerk = await bureau('clerk', '522700');
    colleague = await bureau('colleague', '522700');
    county = await bureau('county', '522731');
    shenzhen = await bureau('shenzhen', '440300');
    admin = await t.signIn(await db.insertAccount('ADMIN'), TEST_PASSWORD);
    ({ caller: employer } = await signUpOrganization(t, 'ENTERPRISE', '522731'));
    ({ caller: agent } = await signUpOrganization(t, 'LABOR_AGENCY', '522731'));
    const username = uniqueUsername('worker');
    await register(clerk, '杨阿妹', '522731', { username, password: TEST_PASSWORD });
    worker = await t.signIn(username, TEST_PASSWORD);
    await register(clerk, '吴老二', '522727');
    await register(shenzhen, '陈小红', '440306');
    // Oldest first; the officer typed the number into the note of the first.
    await clerk.ok(REVEAL, { id: ids['杨阿妹'], purpose: 'SOCIAL_INSURANCE', note: `核对 2026 年 11 月社保参保信息 ${numbers['杨阿妹']}` });
    await colleague.ok(REVEAL, { id: ids['吴老二'], purpose: 'SUBSIDY_PAYMENT', note: '交通补贴代发，核对银行账户' });
    await county.ok(REVEAL, { id: ids['杨阿妹'], purpose: 'IDENTITY_CHECK', note: '本人来电，电话核验身份' });
    await shenzhen.ok(REVEAL, { id: ids['陈小红'], purpose: 'DATA_CORRECTION', note: '登记信息更正：姓名错字' });
  }, 120_000);

  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('lists every reveal of the jurisdiction’s workers newest first, with who, when, why and whom', async () => {
    const data = await clerk.ok(REVEALS, {});
    expect(data.idNumberReveals.totalCount).toBe(3);
    const list = nodes(data);
    expect(list.map((r) => [r.account.username, r.worker.name, r.purpose])).toEqual([
      [accounts.county, '杨阿妹', 'IDENTITY_CHECK'],
      [accounts.colleague, '吴老二', 'SUBSIDY_PAYMENT'],
      [accounts.clerk, '杨阿妹', 'SOCIAL_INSURANCE'],
    ]);
    const times = list.map((r) => Date.parse(r.revealedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(list[1]).toMatchObject({
      purposeLabel: '补贴发放（代发、银行账户核对）',
      note: '交通补贴代发，核对银行账户',
      workerId: ids['吴老二'],
      account: { role: 'BUREAU', regionCode: '522700' },
      worker: { id: ids['吴老二'], name: '吴老二', birthDate: null, maskedIdNumber: expect.stringMatching(/^522727\*{11}[\dX]$/) },
    });
  });

  it('never carries an ID number, not even one an officer typed into the note', async () => {
    const body = JSON.stringify(await admin.ok(REVEALS, { first: 100 }));
    expect(findIdNumbers(body)).toEqual([]);
    for (const number of Object.values(numbers)) expect(body).not.toContain(number);
    const typed = nodes(await clerk.ok(REVEALS, {})).find((r) => r.purpose === 'SOCIAL_INSURANCE')!;
    expect(typed.note).toMatch(/^核对 2026 年 11 月社保参保信息 522731\*{8}\d{3}[\dX]$/);
  });

  it('narrows to a region inside the jurisdiction; a county bureau sees its own workers’ reveals, whoever made them', async () => {
    const huishui = nodes(await clerk.ok(REVEALS, { filter: { regionCode: '522731' } }));
    expect(huishui.map((r) => r.account.username)).toEqual([accounts.county, accounts.clerk]);
    const own = await county.ok(REVEALS, {});
    expect(own.idNumberReveals.totalCount).toBe(2);
    expect(nodes(own).map((r) => r.worker.name)).toEqual(['杨阿妹', '杨阿妹']);
    expect(nodes(await shenzhen.ok(REVEALS, {})).map((r) => r.worker.name)).toEqual(['陈小红']);
  });

  it('refuses a region outside the jurisdiction', async () => {
    for (const [caller, regionCode] of [
      [county, '522700'],
      [county, '522727'],
      [clerk, '440300'],
      [shenzhen, '522731'],
    ] as const) {
      const result = await caller.gql(REVEALS, { filter: { regionCode } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_JURISDICTION' });
      expect(result.data).toBeNull();
    }
  });

  it('gives ADMIN every reveal, or a region’s', async () => {
    expect((await admin.ok(REVEALS, {})).idNumberReveals.totalCount).toBe(4);
    expect(nodes(await admin.ok(REVEALS, { filter: { regionCode: '440300' } })).map((r) => r.account.username)).toEqual([accounts.shenzhen]);
  });

  it('refuses employers, agents and workers (ROLE_REQUIRED) and anonymous callers', async () => {
    for (const caller of [employer, agent, worker]) {
      const result = await caller.gql(REVEALS, {});
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
      expect(result.data).toBeNull();
    }
    expect(await t.anonymous.errorCode(REVEALS, {})).toBe('UNAUTHENTICATED');
  });

  it('pages with cursors that neither skip nor repeat, and refuses forged ones', async () => {
    const all = nodes(await clerk.ok(REVEALS, {})).map((r) => r.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const data: Node = await clerk.ok(REVEALS, { first: 1, after });
      seen.push(...nodes(data).map((r) => r.id));
      if (!data.idNumberReveals.pageInfo.hasNextPage) break;
      after = data.idNumberReveals.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    for (const forged of [encodeCursor(['2026-01-01T00:00:00.000000Z', -1]), encodeCursor(['2026-01-01T00:00:00.000000Z', '1; DROP TABLE audit_log'])]) {
      const result = await clerk.gql(REVEALS, { after: forged });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR', fields: ['after'] });
    }
  });

  it('costs the same number of SQL statements for three reveals as for one (workers and accounts batched)', async () => {
    await statementsFor(t, admin, REVEALS, { first: 3 }); // warm: first-use lookups are cached
    const one = await statementsFor(t, admin, REVEALS, { first: 1 });
    const three = await statementsFor(t, admin, REVEALS, { first: 3 });
    expect(one).toBeGreaterThan(0);
    expect(three).toBe(one);
  });
});
