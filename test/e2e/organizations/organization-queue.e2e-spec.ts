import { randomIdNumber, uniqueUsername } from '@app/testing';
import { encodeCursor } from '@app/common';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../support/isolated-database.js';
import { signUpOrganization, verifyOrganization } from '../../support/organizations.js';
import { insertPosting } from '../../support/postings-fixture.js';
import { uniquePrefix } from '../../support/search-helpers.js';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';
import { statementsFor } from '../statement-count.js';

const ORGANIZATIONS = `query($filter: OrganizationFilterInput, $first: Int, $after: String) {
  organizations(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name kind creditCode regionCode region { name fullName } registeredAt contactPhone address
      verified verifiedAt postingCount openPostingCount } }
  } }`;
const NAMES_ONLY = `query($filter: OrganizationFilterInput, $first: Int, $after: String) {
  organizations(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`;

type Node = Record<string, any>;
const names = (data: Node): string[] => data.organizations.edges.map((e: { node: Node }) => e.node.name);

/**
 * 待认定机构 and the organisation directory: a bureau lists the organisations registered in its jurisdiction, oldest
 * registration first, filtered by verification and kind, with what a verifier reads before verifyOrganization.
 * Its own database: the test counts and orders every organisation there is.
 */
describe('organizations: the bureau’s queue of organisations to verify', () => {
  let db: IsolatedDatabase;
  let t: TestApp;
  let qiannan: Caller; // 黔南州 (522700)
  let huishui: Caller; // 惠水县 (522731)
  let shenzhen: Caller; // 深圳市 (440300)
  let admin: Caller;
  let employer: Caller;
  let agent: Caller;
  let worker: Caller;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await createIsolatedDatabase();
    t = await startTestApp({ DATABASE_URL: db.url, MEILI_INDEX_PREFIX: uniquePrefix('orgqueue'), OUTBOX_RELAY: 'false' });
    qiannan = await t.signIn(await db.insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    huishui = await t.signIn(await db.insertAccount('BUREAU', '522731'), TEST_PASSWORD);
    shenzhen = await t.signIn(await db.insertAccount('BUREAU', '440300'), TEST_PASSWORD);
    admin = await t.signIn(await db.insertAccount('ADMIN'), TEST_PASSWORD);
    // Registered in this order: the queue answers them oldest first.
    const sign = async (key: string, kind: string, region: string) => {
      const signed = await signUpOrganization(t, kind, region, { name: key });
      ids[key] = signed.organizationId;
      return signed.caller;
    };
    employer = await sign('惠水刺绣车间', 'WORKSHOP', '522731');
    agent = await sign('长顺劳务公司', 'LABOR_AGENCY', '522729');
    await sign('惠水食品厂', 'ENTERPRISE', '522731');
    await sign('深圳帮扶基地', 'ASSISTANCE_BASE', '440306');
    await sign('三都帮扶车间', 'WORKSHOP', '522732');
    await sign('龙里人力资源公司', 'HR_AGENCY', '522730');
    await verifyOrganization(qiannan, ids['三都帮扶车间']);
    // Two registered in the same microsecond: the id decides, and paging must neither skip nor repeat either.
    await db.query(`UPDATE organizations SET created_at = (SELECT created_at FROM organizations WHERE id = $1) WHERE id = $2`, [
      ids['三都帮扶车间'],
      ids['龙里人力资源公司'],
    ]);
    await db.query(`UPDATE organizations SET contact_phone = '0854-6221234', address = '惠水县和平镇' WHERE id = $1`, [ids['惠水刺绣车间']]);
    await insertPosting({ organizationId: ids['惠水食品厂'], regionCode: '522731', kind: 'LOCAL' }, db.url);
    await insertPosting({ organizationId: ids['惠水食品厂'], regionCode: '522731', kind: 'LOCAL' }, db.url);
    await insertPosting({ organizationId: ids['惠水食品厂'], regionCode: '522731', kind: 'LOCAL', status: 'CLOSED' }, db.url);
    const workerName = uniqueUsername('worker');
    await huishui.ok('mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }', {
      input: {
        name: '罗阿妹',
        idNumber: randomIdNumber('522731'),
        hukouRegionCode: '522731',
        categories: ['POVERTY_ALLEVIATED'],
        laborCapacity: 'FULL',
        username: workerName,
        password: TEST_PASSWORD,
      },
    });
    worker = await t.signIn(workerName, TEST_PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const inQiannan = ['惠水刺绣车间', '长顺劳务公司', '惠水食品厂', '三都帮扶车间', '龙里人力资源公司'];
  const tied = (a: string, b: string) => (ids[a] < ids[b] ? [a, b] : [b, a]);
  // Computed once the ids exist (after beforeAll).
  const qiannanOrder = () => [...inQiannan.slice(0, 3), ...tied('三都帮扶车间', '龙里人力资源公司')];

  it('gives a bureau the organisations registered in its jurisdiction by default, oldest registration first', async () => {
    const data = await qiannan.ok(ORGANIZATIONS, {});
    expect(names(data)).toEqual(qiannanOrder());
    expect(data.organizations.totalCount).toBe(5);
    const times = data.organizations.edges.map((e: { node: Node }) => Date.parse(e.node.registeredAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('shows what a verifier needs: kind, credit code, region, registration date, contact and postings', async () => {
    const data = await qiannan.ok(ORGANIZATIONS, { filter: { regionCode: '522731' } });
    const byName = new Map(data.organizations.edges.map((e: { node: Node }) => [e.node.name, e.node]));
    expect(byName.get('惠水刺绣车间')).toMatchObject({
      id: ids['惠水刺绣车间'],
      kind: 'WORKSHOP',
      creditCode: expect.stringMatching(/^[0-9A-Z]{18}$/),
      regionCode: '522731',
      region: { name: '惠水县', fullName: expect.stringContaining('惠水县') },
      registeredAt: expect.any(String),
      contactPhone: '0854-6221234',
      address: '惠水县和平镇',
      verified: false,
      verifiedAt: null,
      postingCount: 0,
      openPostingCount: 0,
    });
    expect(byName.get('惠水食品厂')).toMatchObject({ postingCount: 3, openPostingCount: 2 });
  });

  it('filters the 待认定机构 queue: unverified workshops, bases and agencies', async () => {
    const queue = { verified: false, kinds: ['WORKSHOP', 'ASSISTANCE_BASE', 'LABOR_AGENCY', 'HR_AGENCY'] };
    const data = await qiannan.ok(ORGANIZATIONS, { filter: queue });
    expect(names(data)).toEqual(['惠水刺绣车间', '长顺劳务公司', '龙里人力资源公司']);
    expect(data.organizations.totalCount).toBe(3);
    expect(names(await qiannan.ok(ORGANIZATIONS, { filter: { verified: true } }))).toEqual(['三都帮扶车间']);
    expect(names(await qiannan.ok(ORGANIZATIONS, { filter: { kinds: ['ENTERPRISE'] } }))).toEqual(['惠水食品厂']);
    // Verified, it leaves the queue.
    await verifyOrganization(huishui, ids['惠水刺绣车间']);
    expect(names(await qiannan.ok(ORGANIZATIONS, { filter: queue }))).toEqual(['长顺劳务公司', '龙里人力资源公司']);
    await db.query('UPDATE organizations SET verified_at = NULL, verified_by = NULL WHERE id = $1', [ids['惠水刺绣车间']]);
  });

  it('narrows to a region inside the jurisdiction, and refuses one outside it', async () => {
    expect(names(await qiannan.ok(ORGANIZATIONS, { filter: { regionCode: '522731' } }))).toEqual(['惠水刺绣车间', '惠水食品厂']);
    expect(names(await huishui.ok(ORGANIZATIONS, {}))).toEqual(['惠水刺绣车间', '惠水食品厂']);
    for (const [caller, regionCode] of [
      [qiannan, '440300'],
      [huishui, '522700'],
      [huishui, '522729'],
      [shenzhen, '522731'],
    ] as const) {
      const result = await caller.gql(NAMES_ONLY, { filter: { regionCode } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_JURISDICTION' });
      expect(result.data).toBeNull();
    }
    expect(names(await shenzhen.ok(ORGANIZATIONS, {}))).toEqual(['深圳帮扶基地']);
  });

  it('gives ADMIN every organisation, or those of any region', async () => {
    const all = await admin.ok(NAMES_ONLY, { first: 100 });
    expect(all.organizations.totalCount).toBe(6);
    expect(names(all)).toEqual([...inQiannan.slice(0, 3), '深圳帮扶基地', ...tied('三都帮扶车间', '龙里人力资源公司')]);
    expect(names(await admin.ok(NAMES_ONLY, { filter: { regionCode: '440300' } }))).toEqual(['深圳帮扶基地']);
  });

  it('refuses employers, agents and workers (ROLE_REQUIRED) and anonymous callers', async () => {
    for (const caller of [employer, agent, worker]) {
      const result = await caller.gql(NAMES_ONLY, {});
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    }
    expect(await t.anonymous.errorCode(NAMES_ONLY, {})).toBe('UNAUTHENTICATED');
  });

  it('pages with cursors that neither skip nor repeat, ties included', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const data: Node = await qiannan.ok(NAMES_ONLY, { first: 2, after });
      seen.push(...names(data));
      expect(data.organizations.totalCount).toBe(5);
      if (!data.organizations.pageInfo.hasNextPage) break;
      after = data.organizations.pageInfo.endCursor;
    }
    expect(seen).toEqual(qiannanOrder());
    const forged = await qiannan.gql(NAMES_ONLY, { after: encodeCursor(["2025-01-01'; DROP TABLE organizations; --", ids['惠水食品厂']]) });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR', fields: ['after'] });
  });

  it('refuses an unknown region naming the field', async () => {
    const result = await admin.gql(NAMES_ONLY, { filter: { regionCode: '529999' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['filter.regionCode'] });
  });

  it('counts postings only for the organisation’s bureau, ADMIN and the organisation itself', async () => {
    const own = 'query($id: ID!) { organization(id: $id) { postingCount openPostingCount } }';
    expect((await employer.ok(own, { id: ids['惠水刺绣车间'] })).organization).toEqual({ postingCount: 0, openPostingCount: 0 });
    expect((await admin.ok(own, { id: ids['惠水食品厂'] })).organization).toEqual({ postingCount: 3, openPostingCount: 2 });
    // The public reaches the organisation through its open posting, never its unpublished and closed ones.
    const postings = await t.anonymous.ok(
      '{ postings(filter: { regionCode: "522731" }, first: 10) { edges { node { organization { name postingCount openPostingCount } } } } }',
    );
    const seenByPublic = postings.postings.edges.map((e: { node: Node }) => e.node.organization);
    expect(seenByPublic).toContainEqual({ name: '惠水食品厂', postingCount: null, openPostingCount: null });
  });

  it('costs the same number of SQL statements for a page of 5 as for a page of 1 (postings counted in one batch)', async () => {
    await statementsFor(t, qiannan, ORGANIZATIONS, { first: 5 }); // warm: first-use lookups are cached
    const one = await statementsFor(t, qiannan, ORGANIZATIONS, { first: 1 });
    const five = await statementsFor(t, qiannan, ORGANIZATIONS, { first: 5 });
    expect(one).toBeGreaterThan(0);
    expect(five).toBe(one);
  });
});
