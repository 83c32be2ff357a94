import { waitForIndexing } from '@app/testing';
import { hideBehindPendingOutbox, staleDocuments } from '../../support/hidden-postings.js';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../support/isolated-database.js';
import { SEARCH, type SearchData, signUpEmployer, uniquePrefix } from '../../support/search-helpers.js';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const VERIFY = 'mutation($id: ID!) { verifyOrganization(id: $id) { id } }';

/**
 * searchPostings never shows a posting the public may not see (posting-visibility): not from PostgreSQL when the index
 * lags behind a change, and not from the index itself when the posting was closed or expired without the index
 * catching up.
 */
describe('searchPostings shows only public postings', () => {
  let db: IsolatedDatabase;
  let t: TestApp;
  let prefix: string;
  const ids: Record<string, string> = {};
  let workshopOrg: string;

  const found = async () => {
    const result = (await t.anonymous.ok<SearchData>(SEARCH, { input: { query: '刺绣', first: 50 } })).searchPostings;
    return result.edges.map((e) => e.node.id);
  };

  beforeAll(async () => {
    db = await createIsolatedDatabase();
    prefix = uniquePrefix('visibility');
    t = await startTestApp({ DATABASE_URL: db.url, MEILI_INDEX_PREFIX: prefix });
    const admin = await t.signIn(await db.insertAccount('ADMIN'), TEST_PASSWORD);
    const enterprise = (await signUpEmployer(t, 'ENTERPRISE', '522731', '惠水县刺绣服饰有限公司')).caller;
    const workshop = await signUpEmployer(t, 'WORKSHOP', '522731', '惠水县刺绣帮扶车间');
    workshopOrg = workshop.organizationId;
    await admin.ok(VERIFY, { id: workshopOrg });
    const create = async (name: string, caller: typeof enterprise, kind: string) => {
      const input = { kind, title: `刺绣工${name}`, regionCode: '522731', wageMin: 2500, wageMax: 3500, headcount: 3, contractMonths: 12 };
      ids[name] = (await caller.ok(CREATE, { input })).createPosting.id;
    };
    for (const name of ['visible', 'closed', 'expired', 'staleClosed', 'staleExpired']) await create(name, enterprise, 'LOCAL');
    await create('hiddenOrganization', workshop.caller, 'WORKSHOP');
    await waitForIndexing({ databaseUrl: db.url });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  it('finds all six while they are public', async () => {
    expect((await found()).sort()).toEqual(Object.values(ids).sort());
  });

  it('drops a closed, an expired (last day yesterday in China) and a hidden organisation’s posting the index still lists', async () => {
    // PostgreSQL's fallback: the index lags behind these three changes, so their hits are read from PostgreSQL.
    await hideBehindPendingOutbox(db, {
      closed: ids.closed,
      expired: ids.expired,
      hiddenOrganization: { postingId: ids.hiddenOrganization, organizationId: workshopOrg },
    });
    // The index's own filter: nothing pending touches these two, so they would be served from their documents.
    await staleDocuments(db, `${prefix}postings`, { closed: ids.staleClosed, expired: ids.staleExpired });

    expect(await found()).toEqual([ids.visible]);
    // The same page for a signed-in caller.
    const owner = await t.signIn(await db.insertAccount('ADMIN'), TEST_PASSWORD);
    const signedIn = (await owner.ok<SearchData>(SEARCH, { input: { query: '刺绣', first: 50 } })).searchPostings;
    expect(signedIn.edges.map((e) => e.node.id)).toEqual([ids.visible]);
  });
});
