import { RelayLoop } from '@app/search';
import { waitForIndexing } from '@app/testing';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../support/isolated-database.js';
import { indexedVersions, publicVersions, SEARCH, type SearchData, signUpEmployer, uniquePrefix } from '../../support/search-helpers.js';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const UPDATE = 'mutation($input: UpdatePostingInput!) { updatePosting(input: $input) { id title } }';
const CLOSE = 'mutation($id: ID!) { closePosting(id: $id) { id status } }';
const VERIFY = 'mutation($id: ID!) { verifyOrganization(id: $id) { id } }';
const FIELDS = `id kind title description wageMin wageMax headcount openings contractMonths skills benefits partnerRegionCodes laborBrand
  validUntil status publishedAt closedAt location { lat lng } region { code name } organization { name }`;
const FULL_SEARCH = `query($input: SearchPostingsInput!) { searchPostings(input: $input) { totalCount edges { node { ${FIELDS} } } } }`;
const ONE = `query($id: ID!) { posting(id: $id) { ${FIELDS} } }`;

const GUIYANG = { lat: 26.58, lng: 106.71 };

function posting(overrides: Record<string, unknown>) {
  return { description: '', wageMin: 4000, wageMax: 5000, headcount: 5, contractMonths: 12, ...overrides };
}

describe('searchPostings', () => {
  let db: IsolatedDatabase;
  let t: TestApp;
  let prefix: string;
  let admin: Caller;
  let guangdong: Caller; // an enterprise in 深圳
  let jiangsu: Caller; // an enterprise in 昆山
  let local: Caller; // an enterprise in 贵阳
  let workshop: Caller; // an unverified 就业帮扶车间 in 惠水县
  let workshopOrg: string;
  let bureau: Caller; // 黔南州
  const ids: Record<string, string> = {};

  const search = async (input: Record<string, unknown>, caller?: Caller) => (await (caller ?? t.anonymous).ok<SearchData>(SEARCH, { input })).searchPostings;
  const titles = async (input: Record<string, unknown>) => (await search(input)).edges.map((e) => e.node.title).sort();
  const create = async (caller: Caller, name: string, input: Record<string, unknown>) => {
    ids[name] = (await caller.ok(CREATE, { input: posting(input) })).createPosting.id;
  };
  const indexed = () => waitForIndexing({ databaseUrl: db.url });

  beforeAll(async () => {
    db = await createIsolatedDatabase();
    prefix = uniquePrefix('search');
    t = await startTestApp({ DATABASE_URL: db.url, MEILI_INDEX_PREFIX: prefix });
    admin = await t.signIn(await db.insertAccount('ADMIN'), TEST_PASSWORD);
    bureau = await t.signIn(await db.insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    guangdong = (await signUpEmployer(t, 'ENTERPRISE', '440306', '深圳市宝安精密电子有限公司')).caller;
    jiangsu = (await signUpEmployer(t, 'ENTERPRISE', '320583', '昆山汽车零部件有限公司')).caller;
    local = (await signUpEmployer(t, 'ENTERPRISE', '520102', '贵阳南明餐饮管理有限公司')).caller;
    ({ caller: workshop, organizationId: workshopOrg } = await signUpEmployer(t, 'WORKSHOP', '522731', '惠水县好花红刺绣帮扶车间'));

    const eastWest = { kind: 'EAST_WEST', partnerRegionCodes: ['520000'] };
    await create(guangdong, 'electronics', {
      ...eastWest,
      title: '电子厂普工',
      regionCode: '440306',
      wageMin: 4800,
      wageMax: 6800,
      location: { lat: 22.555, lng: 113.883 },
    });
    await create(guangdong, 'packing', { ...eastWest, title: '电子厂包装工', regionCode: '440307', wageMin: 4000, wageMax: 5000 });
    await create(jiangsu, 'operator', { ...eastWest, title: '汽车零件操作工', regionCode: '320583', wageMin: 5000, wageMax: 5800 });
    await create(jiangsu, 'pedicure', { kind: 'LOCAL', title: '修脚师', laborBrand: '扬州修脚', regionCode: '321002', wageMin: 6000, wageMax: 9000 });
    await create(local, 'chef', {
      kind: 'LOCAL',
      title: '酒店厨师',
      regionCode: '520102',
      wageMin: 5000,
      wageMax: 7000,
      location: { lat: 26.575, lng: 106.715 },
    });
    await create(local, 'cook', {
      kind: 'LOCAL',
      title: '食堂炊事员',
      regionCode: '520102',
      wageMin: 3500,
      wageMax: 4500,
      location: { lat: 26.65, lng: 106.63 },
    });
    await create(local, 'cleaner', { kind: 'LOCAL', title: '写字楼清洁工', regionCode: '520103', wageMin: 3000, wageMax: 3800 });
    await create(bureau, 'welfare', {
      kind: 'PUBLIC_WELFARE',
      title: '乡村保洁员',
      regionCode: '522731',
      wageMin: 800,
      wageMax: 1000,
      location: { lat: 26.13, lng: 106.66 },
    });
    await create(workshop, 'sewing', { kind: 'WORKSHOP', title: '刺绣车间缝纫工', regionCode: '522731', wageMin: 2500, wageMax: 3500 });
    await indexed();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  it('finds a created posting, for anyone, with its fields read from PostgreSQL', async () => {
    const anonymous = await search({ query: '普工' });
    const hit = anonymous.edges.find((e) => e.node.id === ids.electronics)!;
    expect(hit.node).toMatchObject({ title: '电子厂普工', kind: 'EAST_WEST', wageMin: 4800, status: 'OPEN', region: { code: '440306', name: '宝安区' } });
    expect(hit.node.organization).toEqual({ name: '深圳市宝安精密电子有限公司' });
    // Signed in, any role gets the same public results.
    expect((await search({ query: '普工' }, guangdong)).edges.map((e) => e.node.id)).toEqual(anonymous.edges.map((e) => e.node.id));
  });

  it('matches Chinese keywords (普工 with its synonym 操作工, 广东 电子厂, 修脚)', async () => {
    expect(await titles({ query: '普工' })).toEqual(['汽车零件操作工', '电子厂普工'].sort());
    expect(await titles({ query: '广东 电子厂' })).toEqual(['电子厂包装工', '电子厂普工'].sort());
    expect(await titles({ query: '修脚' })).toEqual(['修脚师']);
  });

  it('matches pinyin and pinyin initials', async () => {
    expect(await titles({ query: 'xiujiao' })).toEqual(['修脚师']);
    expect(await titles({ query: 'xjs' })).toEqual(['修脚师']);
    expect(await titles({ query: 'dianzichang' })).toEqual(['电子厂包装工', '电子厂普工'].sort());
  });

  it('matches traditional characters against simplified text', async () => {
    expect(await titles({ query: '廚師' })).toContain('酒店厨师');
    expect(await titles({ query: '電子廠' })).toEqual(['电子厂包装工', '电子厂普工'].sort());
  });

  it('applies the job-term synonyms both ways', async () => {
    expect(await titles({ query: '炊事员' })).toEqual(['酒店厨师', '食堂炊事员'].sort());
    expect(await titles({ query: '厨师' })).toEqual(['酒店厨师', '食堂炊事员'].sort());
    expect(await titles({ query: '操作工' })).toEqual(['汽车零件操作工', '电子厂普工'].sort());
    expect(await titles({ query: '保洁' })).toEqual(['乡村保洁员', '写字楼清洁工'].sort());
    expect(await titles({ query: '清洁工' })).toEqual(['乡村保洁员', '写字楼清洁工'].sort());
  });

  it('filters by a region and everything under it', async () => {
    expect(await titles({ regionCode: '440000' })).toEqual(['电子厂包装工', '电子厂普工'].sort());
    expect(await titles({ regionCode: '440300' })).toEqual(['电子厂包装工', '电子厂普工'].sort());
    expect(await titles({ regionCode: '440306' })).toEqual(['电子厂普工']);
    expect(await titles({ regionCode: '520000' })).toEqual(['乡村保洁员', '写字楼清洁工', '酒店厨师', '食堂炊事员'].sort());
    expect(await titles({ regionCode: '520100', query: '厨师' })).toEqual(['酒店厨师', '食堂炊事员'].sort());
  });

  it('filters by kind and by wage', async () => {
    expect(await titles({ kinds: ['PUBLIC_WELFARE'] })).toEqual(['乡村保洁员']);
    expect(await titles({ kinds: ['EAST_WEST', 'PUBLIC_WELFARE'], regionCode: '520000' })).toEqual(['乡村保洁员']);
    expect(await titles({ minWage: 6000 })).toEqual(['修脚师', '电子厂普工', '酒店厨师'].sort());
  });

  it('filters by radius and sorts by distance, nearest first', async () => {
    expect(await titles({ near: { ...GUIYANG, radiusKm: 20 } })).toEqual(['酒店厨师', '食堂炊事员'].sort());
    const result = await search({ near: { ...GUIYANG, radiusKm: 100 }, sort: 'DISTANCE' });
    expect(result.edges.map((e) => e.node.title)).toEqual(['酒店厨师', '食堂炊事员', '乡村保洁员']);
    const distances = result.edges.map((e) => e.distanceKm!);
    expect(distances[0]).toBeLessThan(2);
    expect(distances[2]).toBeGreaterThan(40);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });

  it('sorts by wage and by publication time', async () => {
    const byWage = await search({ sort: 'WAGE_DESC', first: 3 });
    expect(byWage.edges.map((e) => e.node.title)).toEqual(['修脚师', '酒店厨师', '电子厂普工']);
    const newest = await search({ sort: 'NEWEST', first: 1 });
    expect(newest.edges[0].node.title).toBe('乡村保洁员');
  });

  it('counts facets over every match, not just the page', async () => {
    const result = await search({ first: 1 });
    expect(result.totalCount).toBe(8);
    expect(result.edges).toHaveLength(1);
    const kinds = Object.fromEntries(result.facets.kinds.map((f) => [f.value, f.count]));
    expect(kinds).toEqual({ EAST_WEST: 3, LOCAL: 4, PUBLIC_WELFARE: 1 });
    expect(result.facets.provinces).toEqual(
      expect.arrayContaining([
        { code: '520000', name: '贵州省', count: 4 },
        { code: '440000', name: '广东省', count: 2 },
        { code: '320000', name: '江苏省', count: 2 },
      ]),
    );
    expect(result.facets.provinces).toHaveLength(3);
    const filtered = await search({ query: '电子厂' });
    expect(filtered.facets.kinds).toEqual([{ value: 'EAST_WEST', count: 2 }]);
    expect(filtered.facets.provinces).toEqual([{ code: '440000', name: '广东省', count: 2 }]);
  });

  it('pages with cursors through every match exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result: SearchData['searchPostings'] = await search({ first: 3, after });
      seen.push(...result.edges.map((e) => e.node.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
  });

  it('keeps an unverified workshop out until a bureau verifies it', async () => {
    expect(await titles({ query: '缝纫工' })).toEqual([]);
    await admin.ok(VERIFY, { id: workshopOrg });
    await indexed();
    expect(await titles({ query: '缝纫工' })).toEqual(['刺绣车间缝纫工']);
    const kinds = Object.fromEntries((await search({})).facets.kinds.map((f) => [f.value, f.count]));
    expect(kinds.WORKSHOP).toBe(1);
  });

  it('follows edits, and a closed posting disappears', async () => {
    await create(guangdong, 'mover', { kind: 'LOCAL', title: '仓库搬运工', regionCode: '440306' });
    await indexed();
    expect(await titles({ query: '装卸工' })).toEqual(['仓库搬运工']);
    await guangdong.ok(UPDATE, { input: { id: ids.mover, title: '物流仓库理货员' } });
    await indexed();
    expect(await titles({ query: '搬运工' })).toEqual([]);
    expect(await titles({ query: '理货员' })).toEqual(['物流仓库理货员']);
    await guangdong.ok(CLOSE, { id: ids.mover });
    await indexed();
    expect(await titles({ query: '理货员' })).toEqual([]);
  });

  it('shows every posting exactly as PostgreSQL holds it (the index is current, so documents answer)', async () => {
    await guangdong.ok(UPDATE, {
      input: { id: ids.electronics, benefits: ['包吃住', '五险一金'], skills: ['普工', '焊接'], laborBrand: '黔南劳务', validUntil: '2099-12-31' },
    });
    await indexed();
    const found = (
      await t.anonymous.ok<{ searchPostings: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(FULL_SEARCH, { input: { first: 50 } })
    ).searchPostings;
    expect(found.edges).toHaveLength(found.totalCount);
    for (const { node } of found.edges) expect(node).toEqual((await t.anonymous.ok<{ posting: unknown }>(ONE, { id: node.id })).posting);
  });

  it('shows what PostgreSQL holds while the index lags behind: an edit at once, a closed posting never', async () => {
    const relay = t.app.get(RelayLoop, { strict: false });
    await relay.stop();
    try {
      await local.ok(UPDATE, { input: { id: ids.chef, title: '酒店厨师长', wageMax: 7500 } });
      await local.ok(CLOSE, { id: ids.cook });
      // The index still holds the old 酒店厨师 and the closed 食堂炊事员; both match 厨师 (炊事员 is a synonym).
      const shown = (await search({ query: '厨师' })).edges.map((e) => e.node);
      expect(shown.map((n) => [n.title, n.wageMax])).toEqual([['酒店厨师长', 7500]]);
    } finally {
      relay.start();
    }
    await indexed();
    expect((await search({ query: '厨师' })).edges.map((e) => [e.node.title, e.node.wageMax])).toEqual([['酒店厨师长', 7500]]);
  });

  it('holds exactly the public postings, at their current versions, and no personal data', async () => {
    const { MEILI_HOST, MEILI_MASTER_KEY } = process.env;
    expect(await indexedVersions(MEILI_HOST!, MEILI_MASTER_KEY!, `${prefix}postings`)).toEqual(await publicVersions(db));
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL');
    expect(row.n).toBe(0);
  });

  it.each([
    [{ near: { ...GUIYANG, radiusKm: 0 } }, 'near.radiusKm'],
    [{ near: { ...GUIYANG, radiusKm: -5 } }, 'near.radiusKm'],
    [{ near: { ...GUIYANG, radiusKm: 501 } }, 'near.radiusKm'],
    [{ first: 101 }, 'first'],
    [{ first: 0 }, 'first'],
    [{ regionCode: '999999' }, 'regionCode'],
    [{ regionCode: '52' }, 'regionCode'],
    [{ sort: 'DISTANCE' }, 'near'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ minWage: -1 }, 'minWage'],
  ])('refuses %j naming %s', async (input, field) => {
    const result = await t.anonymous.gql(SEARCH, { input });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields).toContain(field);
  });
});
