import pg from 'pg';
import { DataSource } from 'typeorm';
import { randomCreditCode, uniqueUsername } from '@app/testing';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_ORG = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken account { role organizationId } } }';
const LIST = `query($filter: PostingFilterInput, $first: Int, $after: String) {
  postings(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id title status organization { id name } region { code name } } } pageInfo { hasNextPage endCursor } } }`;

/** 东阳市 (浙江): a county no other suite posts in, so totals here are this suite's own. */
const REGION = '330783';

describe('listing postings', () => {
  let t: TestApp;
  let db: pg.Client;
  let employer: Caller;
  const organizations: Array<{ id: string; name: string }> = [];
  let openIds: string[];
  let closedIds: string[];

  /**
   * Counts the SQL statements this process sends while `run` is in flight. TypeORM reports every statement to its
   * logger whatever the logging setting, so patching logQuery sees them all; the relay is off for this app.
   */
  async function statementsDuring(run: () => Promise<unknown>): Promise<string[]> {
    const logger = t.app.get(DataSource).logger;
    const original = logger.logQuery;
    const statements: string[] = [];
    logger.logQuery = (query, parameters, runner) => {
      statements.push(query);
      return original.call(logger, query, parameters, runner);
    };
    try {
      await run();
    } finally {
      logger.logQuery = original;
    }
    return statements;
  }

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY: 'false' });
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    for (let i = 0; i < 5; i++) {
      const username = uniqueUsername('dongyang');
      const name = `东阳市第${i + 1}木雕工艺厂`;
      const data = await t.anonymous.ok(REGISTER_ORG, {
        input: { name, kind: 'ENTERPRISE', creditCode: randomCreditCode(REGION), regionCode: REGION, smallOrMicro: true, username, password: TEST_PASSWORD },
      });
      organizations.push({ id: data.registerOrganization.account.organizationId, name });
      if (i === 0) employer = new Caller(t.app, data.registerOrganization.accessToken, 'EMPLOYER');
    }
    // One statement, so all 53 rows share one published_at: paging must then rely on the id tie-break.
    const insert = await db.query(
      `INSERT INTO postings (kind, title, organization_id, region_code, wage_min, wage_max, headcount, contract_months, status, created_by, version)
       SELECT 'LOCAL', '木雕学徒' || n, ($1::uuid[])[1 + n % 5], $2, 3000, 4500, 3, 12,
              (CASE WHEN n > 50 THEN 'CLOSED' ELSE 'OPEN' END)::posting_status, gen_random_uuid(), 1
       FROM generate_series(1, 53) AS n RETURNING id, status`,
      [organizations.map((o) => o.id), REGION],
    );
    openIds = insert.rows.filter((r) => r.status === 'OPEN').map((r) => r.id);
    closedIds = insert.rows.filter((r) => r.status === 'CLOSED').map((r) => r.id);
  });

  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('lists 50 postings with organisation and region in a bounded number of SQL statements', async () => {
    let page: any;
    const fifty = await statementsDuring(async () => {
      page = (await t.anonymous.ok(LIST, { filter: { regionCode: REGION }, first: 50 })).postings;
    });
    expect(page.edges).toHaveLength(50);
    const names = new Map(organizations.map((o) => [o.id, o.name]));
    for (const { node } of page.edges) {
      expect(node.organization.name).toBe(names.get(node.organization.id));
      expect(node.region).toEqual({ code: REGION, name: '东阳市' });
    }

    const five = await statementsDuring(() => t.anonymous.ok(LIST, { filter: { regionCode: REGION }, first: 5 }));
    // A count, a page, one batch of organisations; regions come from memory.
    expect(fifty.length).toBeLessThanOrEqual(6);
    expect(fifty.length).toBe(five.length);
    expect(fifty.filter((sql) => /FROM "organizations"/.test(sql))).toHaveLength(1);

    // Signed in, the only extra statement is loading the caller's account.
    const signedIn = await statementsDuring(() => employer.ok(LIST, { filter: { regionCode: REGION }, first: 50 }));
    expect(signedIn.length).toBeLessThanOrEqual(fifty.length + 1);
  });

  it('pages through rows with equal timestamps without skipping or repeating any', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = (await t.anonymous.ok(LIST, { filter: { regionCode: REGION }, first: 7, after })).postings;
      expect(page.totalCount).toBe(50);
      seen.push(...page.edges.map((e: any) => e.node.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(8);
    expect(new Set(seen).size).toBe(50);
    expect([...seen].sort()).toEqual([...openIds].sort());
    expect(seen).toEqual([...seen].sort().reverse());
  });

  it('shows closed postings only to those entitled, and filters by region, kind, status and organisation', async () => {
    const admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
    const zhejiang = await t.signIn(await insertAccount('BUREAU', '330000'), TEST_PASSWORD);
    const guizhou = await t.signIn(await insertAccount('BUREAU', '520000'), TEST_PASSWORD);
    const total = async (caller: Caller, filter: Record<string, unknown>) => (await caller.ok(LIST, { filter, first: 1 })).postings.totalCount;

    expect(await total(t.anonymous, { regionCode: REGION, status: 'CLOSED' })).toBe(0);
    expect(await total(guizhou, { regionCode: REGION })).toBe(50);
    expect(await total(zhejiang, { regionCode: REGION })).toBe(53);
    expect(await total(admin, { regionCode: REGION, status: 'CLOSED' })).toBe(3);
    // The closed ones belong to organisations 2, 3 and 4 (n = 51, 52, 53): the first organisation sees none of them.
    expect(await total(employer, { regionCode: REGION })).toBe(50);
    expect(await total(t.anonymous, { regionCode: '330700' })).toBeGreaterThanOrEqual(50);
    expect(await total(t.anonymous, { regionCode: '330000', kind: 'LOCAL', organizationId: organizations[0].id })).toBe(10);
    expect(await total(t.anonymous, { regionCode: '440000', organizationId: organizations[0].id })).toBe(0);
    expect(await total(t.anonymous, { regionCode: REGION, kind: 'EAST_WEST' })).toBe(0);
    expect(closedIds).toHaveLength(3);
  });

  it('refuses unknown regions and cursors it did not issue, naming the argument', async () => {
    const region = await t.anonymous.gql(LIST, { filter: { regionCode: '339999' } });
    expect(region.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['filter.regionCode'] });
    const cursor = await t.anonymous.gql(LIST, { after: 'bm90IGEgY3Vyc29y' });
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
    const forged = Buffer.from(JSON.stringify(['2025-02-31T00:00:00.000000Z', organizations[0].id])).toString('base64url');
    const tampered = await t.anonymous.gql(LIST, { after: forged });
    expect(tampered.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
    expect(await t.anonymous.errorCode(LIST, { first: 101 })).toBe('BAD_USER_INPUT');
  });
});
