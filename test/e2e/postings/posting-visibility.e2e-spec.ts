import { chinaToday } from '@app/common';
import { yesterdayInChina } from '../../support/hidden-postings.js';
import { queryOne } from '../../support/postings-fixture.js';
import { signUpEmployer } from '../../support/search-helpers.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const CLOSE = 'mutation($id: ID!) { closePosting(id: $id) { id status } }';
const POSTING = 'query($id: ID!) { posting(id: $id) { id status validUntil } }';
const POSTINGS = 'query($filter: PostingFilterInput) { postings(filter: $filter, first: 100) { totalCount edges { node { id } } } }';

/**
 * Posting access (`posting`) and posting lists (`postings`) show the public only what posting-visibility calls public:
 * never a CLOSED posting, one whose last day was yesterday in China time, or one of an organisation the public may
 * not see (an unverified workshop).
 */
describe('posting and postings show only public postings', () => {
  let t: TestApp;
  let enterprise: { caller: Caller; organizationId: string };
  let workshop: { caller: Caller; organizationId: string };
  const ids: Record<string, string> = {};

  const create = async (caller: Caller, kind: string, title: string) =>
    (await caller.ok(CREATE, { input: { kind, title, regionCode: '522731', wageMin: 2500, wageMax: 3500, headcount: 3, contractMonths: 12 } })).createPosting
      .id as string;
  const listed = async (caller: Caller, organizationId: string) =>
    (await caller.ok(POSTINGS, { filter: { organizationId } })).postings.edges.map((e: { node: { id: string } }) => e.node.id).sort();

  beforeAll(async () => {
    t = await startTestApp();
    enterprise = await signUpEmployer(t, 'ENTERPRISE', '522731', '惠水县可见性测试服饰有限公司');
    workshop = await signUpEmployer(t, 'WORKSHOP', '522731', '惠水县可见性测试帮扶车间');
    ids.visible = await create(enterprise.caller, 'LOCAL', '缝纫工（公开）');
    ids.lastDayToday = await create(enterprise.caller, 'LOCAL', '缝纫工（今天截止）');
    ids.closed = await create(enterprise.caller, 'LOCAL', '缝纫工（已关闭）');
    ids.expired = await create(enterprise.caller, 'LOCAL', '缝纫工（已过期）');
    ids.hiddenOrganization = await create(workshop.caller, 'WORKSHOP', '缝纫工（车间未认定）');
    await enterprise.caller.ok(CLOSE, { id: ids.closed });
    // Posting rules refuse a past last day, so time passes in the database: the last day was yesterday in China, which
    // between 00:00 and 08:00 Beijing time is still today in UTC.
    await queryOne('UPDATE postings SET valid_until = $2::date WHERE id = $1 RETURNING id', [ids.expired, yesterdayInChina()]);
    await queryOne('UPDATE postings SET valid_until = $2::date WHERE id = $1 RETURNING id', [ids.lastDayToday, chinaToday()]);
  });

  afterAll(() => t.close());

  it('answers POSTING_NOT_FOUND for each hidden posting, to anyone outside its organisation', async () => {
    const others = [t.anonymous, (await signUpEmployer(t, 'ENTERPRISE', '440306', '深圳市旁观者电子有限公司')).caller];
    for (const caller of others) {
      expect((await caller.ok(POSTING, { id: ids.visible })).posting.id).toBe(ids.visible);
      expect((await caller.ok(POSTING, { id: ids.lastDayToday })).posting.validUntil).toBe(chinaToday());
      for (const hidden of [ids.closed, ids.expired, ids.hiddenOrganization]) {
        const result = await caller.gql(POSTING, { id: hidden });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'POSTING_NOT_FOUND' });
      }
    }
  });

  it('leaves them out of postings, while their own organisation still lists them', async () => {
    for (const caller of [t.anonymous, await t.signIn(await insertAccount('BUREAU', '440300'), TEST_PASSWORD)]) {
      expect(await listed(caller, enterprise.organizationId)).toEqual([ids.visible, ids.lastDayToday].sort());
      expect(await listed(caller, workshop.organizationId)).toEqual([]);
    }
    expect(await listed(enterprise.caller, enterprise.organizationId)).toEqual([ids.visible, ids.lastDayToday, ids.closed, ids.expired].sort());
    expect(await listed(workshop.caller, workshop.organizationId)).toEqual([ids.hiddenOrganization]);
  });
});
