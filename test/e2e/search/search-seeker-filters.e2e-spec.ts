import { randomIdNumber, randomMobile, uniqueUsername } from '@app/testing';
import { RelayLoop } from '@app/search';
import { waitForIndexing } from '@app/testing';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../support/isolated-database.js';
import { SEARCH, type SearchData, signUpEmployer, uniquePrefix } from '../../support/search-helpers.js';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const UPDATE = 'mutation($input: UpdatePostingInput!) { updatePosting(input: $input) { id partnerRegionCodes } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const APPLY = 'mutation($postingId: ID!) { applyToPosting(input: { postingId: $postingId }) { id status } }';
const WITHDRAW = 'mutation($id: ID!) { withdrawApplication(input: { applicationId: $id }) { id status } }';
const REJECT = 'mutation($input: RejectApplicationInput!) { rejectApplication(input: $input) { id status } }';

/**
 * The job seeker's search filters (issue 17): "recruits from my province" (partnerRegionCode) and "hide what I applied
 * to" (excludeApplied), on a database and index of this suite's own, so exact result lists are this suite's postings.
 */
describe('searchPostings: partnerRegionCode and excludeApplied', () => {
  let db: IsolatedDatabase;
  let t: TestApp;
  let guangdong: Caller; // an enterprise in 深圳 recruiting in the west
  let local: Caller; // an enterprise in 贵阳
  let bureau: Caller; // 黔南州
  const ids: Record<string, string> = {};
  const names = new Map<string, string>();

  const search = async (input: Record<string, unknown>, caller?: Caller) => (await (caller ?? t.anonymous).ok<SearchData>(SEARCH, { input })).searchPostings;
  const found = async (input: Record<string, unknown>, caller?: Caller) =>
    (await search(input, caller)).edges.map((e) => names.get(e.node.id) ?? e.node.id).sort();
  const create = async (caller: Caller, name: string, input: Record<string, unknown>) => {
    ids[name] = (
      await caller.ok(CREATE, { input: { description: '', wageMin: 4000, wageMax: 5000, headcount: 5, contractMonths: 12, ...input } })
    ).createPosting.id;
    names.set(ids[name], name);
  };
  const indexed = () => waitForIndexing({ databaseUrl: db.url });

  async function newWorker(): Promise<{ id: string; caller: Caller }> {
    const username = uniqueUsername('seeker');
    const { registerWorker } = await bureau.ok(REGISTER_WORKER, {
      input: {
        name: '罗阿妹',
        idNumber: randomIdNumber('522731'),
        phone: randomMobile(),
        hukouRegionCode: '522731',
        categories: ['POVERTY_ALLEVIATED'],
        laborCapacity: 'FULL',
        username,
        password: TEST_PASSWORD,
      },
    });
    return { id: registerWorker.id, caller: await t.signIn(username, TEST_PASSWORD) };
  }

  beforeAll(async () => {
    db = await createIsolatedDatabase();
    t = await startTestApp({ DATABASE_URL: db.url, MEILI_INDEX_PREFIX: uniquePrefix('seeker') });
    bureau = await t.signIn(await db.insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    guangdong = (await signUpEmployer(t, 'ENTERPRISE', '440306', '深圳市协作电子有限公司')).caller;
    local = (await signUpEmployer(t, 'ENTERPRISE', '520102', '贵阳本地餐饮有限公司')).caller;
    await create(guangdong, 'guizhou', { kind: 'EAST_WEST', title: '电子厂普工', regionCode: '440306', partnerRegionCodes: ['520000'] });
    await create(guangdong, 'yunnan', { kind: 'EAST_WEST', title: '电子厂包装工', regionCode: '440306', partnerRegionCodes: ['530000'] });
    await create(guangdong, 'both', { kind: 'EAST_WEST', title: '电子厂质检员', regionCode: '440307', partnerRegionCodes: ['530000', '520000'] });
    await create(local, 'local', { kind: 'LOCAL', title: '电子厂仓管', regionCode: '520102' });
    await indexed();
  }, 120_000);

  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  describe('partnerRegionCode (recruits from my province)', () => {
    it('keeps only east-west postings whose partner provinces include the province', async () => {
      expect(await found({})).toEqual(['both', 'guizhou', 'local', 'yunnan']);
      expect(await found({ partnerRegionCode: '520000' })).toEqual(['both', 'guizhou']);
      expect(await found({ partnerRegionCode: '530000' })).toEqual(['both', 'yunnan']);
      // A local posting in Guizhou itself recruits from nowhere: no province "recruits" it.
      expect(await found({ partnerRegionCode: '440000' })).toEqual([]);
    });

    it('takes a city or county code for its province (a worker passes their hukou county)', async () => {
      expect(await found({ partnerRegionCode: '522731' })).toEqual(['both', 'guizhou']);
      expect(await found({ partnerRegionCode: '522700' })).toEqual(['both', 'guizhou']);
      expect(await found({ partnerRegionCode: '520000', query: '质检' })).toEqual(['both']);
    });

    it('counts facets over the filtered postings only', async () => {
      const result = await search({ partnerRegionCode: '520000' });
      expect(result.totalCount).toBe(2);
      expect(result.facets.kinds).toEqual([{ value: 'EAST_WEST', count: 2 }]);
      expect(result.facets.provinces).toEqual([{ code: '440000', name: '广东省', count: 2 }]);
    });

    it('refuses an unknown or malformed code, naming partnerRegionCode in Chinese', async () => {
      for (const code of ['529999', '52000']) {
        const result = await t.anonymous.gql(SEARCH, { input: { partnerRegionCode: code } });
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['partnerRegionCode'] });
        const problems = result.errors?.[0].extensions?.problems as Array<{ field: string; message: string }>;
        expect(problems.map((p) => p.field)).toEqual(['partnerRegionCode']);
        expect(problems[0].message).toMatch(/[\u4e00-\u9fff]/);
      }
    });

    it('judges a posting the index has not caught up with by what PostgreSQL holds now', async () => {
      const relay = t.app.get(RelayLoop, { strict: false });
      await relay.stop();
      try {
        // The index still says 电子厂普工 recruits from Guizhou; PostgreSQL says Yunnan only.
        const { updatePosting } = await guangdong.ok(UPDATE, { input: { id: ids.guizhou, partnerRegionCodes: ['530000'] } });
        expect(updatePosting.partnerRegionCodes).toEqual(['530000']);
        expect(await found({ partnerRegionCode: '520000' })).toEqual(['both']);
      } finally {
        relay.start();
      }
      await indexed();
      expect(await found({ partnerRegionCode: '520000' })).toEqual(['both']);
      expect(await found({ partnerRegionCode: '530000' })).toEqual(['both', 'guizhou', 'yunnan']);
      await guangdong.ok(UPDATE, { input: { id: ids.guizhou, partnerRegionCodes: ['520000'] } });
      await indexed();
    });
  });

  describe('excludeApplied', () => {
    it("hides only the caller's applied postings, keeps withdrawn ones, and follows into counts and facets", async () => {
      const seeker = await newWorker();
      const other = await newWorker();
      const applied = (await seeker.caller.ok(APPLY, { postingId: ids.guizhou })).applyToPosting;
      const rejected = (await seeker.caller.ok(APPLY, { postingId: ids.local })).applyToPosting;
      await local.ok(REJECT, { input: { applicationId: rejected.id, reason: '岗位已招满' } });
      const withdrawn = (await seeker.caller.ok(APPLY, { postingId: ids.yunnan })).applyToPosting;
      await seeker.caller.ok(WITHDRAW, { id: withdrawn.id });
      await other.caller.ok(APPLY, { postingId: ids.both });
      expect(applied.status).toBe('APPLIED');

      expect(await found({ excludeApplied: true }, seeker.caller)).toEqual(['both', 'yunnan']);
      expect(await found({ excludeApplied: false }, seeker.caller)).toEqual(['both', 'guizhou', 'local', 'yunnan']);
      expect(await found({}, seeker.caller)).toEqual(['both', 'guizhou', 'local', 'yunnan']);
      expect(await found({ excludeApplied: true }, other.caller)).toEqual(['guizhou', 'local', 'yunnan']);
      const result = await search({ excludeApplied: true }, seeker.caller);
      expect(result.totalCount).toBe(2);
      expect(result.facets.kinds).toEqual([{ value: 'EAST_WEST', count: 2 }]);
      // Together with the province filter.
      expect(await found({ excludeApplied: true, partnerRegionCode: '520000' }, seeker.caller)).toEqual(['both']);
    });

    it('is ignored for an anonymous visitor and for other roles', async () => {
      expect(await found({ excludeApplied: true })).toEqual(['both', 'guizhou', 'local', 'yunnan']);
      expect(await found({ excludeApplied: true }, bureau)).toEqual(['both', 'guizhou', 'local', 'yunnan']);
      expect(await found({ excludeApplied: true }, guangdong)).toEqual(['both', 'guizhou', 'local', 'yunnan']);
    });
  });
});
