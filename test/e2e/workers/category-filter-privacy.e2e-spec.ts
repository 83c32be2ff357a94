import { randomUUID } from 'node:crypto';
import { chinaToday } from '@app/common';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { signUpOrganization } from '../../support/organizations.js';
import { insertPosting } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const APPLY = 'mutation($postingId: ID!) { applyToPosting(input: { postingId: $postingId }) { id } }';
const ENTRUST = 'mutation($input: EntrustWorkersInput!) { entrustWorkers(input: $input) { id status } }';
const WORKERS = 'query($filter: WorkerFilterInput) { workers(filter: $filter, first: 100) { edges { node { id categories } } } }';

/**
 * workers(filter: { category }) matches only workers whose categories the caller is shown (workerAccess): otherwise an
 * employer could sort its applicants into 低保 and not, or an agency the workers entrusted to it, though
 * Worker.categories answers them null.
 */
describe('workers(filter: { category }) never tells what Worker.categories hides', () => {
  let t: TestApp;
  let bureau: Caller;
  let employer: Caller;
  let agent: Caller;
  let agencyId: string;
  const tag = randomUUID().slice(0, 6);
  const ids: Record<string, string> = {};

  const input = (name: string, extra: Record<string, unknown> = {}) => ({
    name: `${name}${tag}`,
    idNumber: randomIdNumber('522731'),
    hukouRegionCode: '522731',
    categories: ['POVERTY_ALLEVIATED'],
    categoriesSince: '2020-06-01',
    laborCapacity: 'FULL',
    ...extra,
  });
  const listed = async (caller: Caller, filter: Record<string, unknown> = {}): Promise<string[]> =>
    (await caller.ok(WORKERS, { filter: { name: tag, ...filter } })).workers.edges.map((e: { node: { id: string } }) => e.node.id).sort();

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    let employerOrg: string;
    ({ caller: employer, organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', '440306'));
    ({ caller: agent, organizationId: agencyId } = await signUpOrganization(t, 'LABOR_AGENCY', '522731', { verifiedBy: bureau }));
    // An applicant of the employer's posting.
    const username = uniqueUsername('w');
    ids.applicant = (await bureau.ok(REGISTER, { input: input('龙申请', { username, password: TEST_PASSWORD }) })).registerWorker.id;
    const postingId = await insertPosting({ organizationId: employerOrg, regionCode: '440306' });
    await (await t.signIn(username, TEST_PASSWORD)).ok(APPLY, { postingId });
    // The agency's own registration, and a worker the bureau entrusted to it.
    ids.registered = (await agent.ok(REGISTER, { input: input('杨登记') })).registerWorker.id;
    ids.entrusted = (await bureau.ok(REGISTER, { input: input('吴委托') })).registerWorker.id;
    await bureau.ok(ENTRUST, { input: { agencyId, workerIds: [ids.entrusted], consent: { kind: 'SIGNED_PAPER', signedOn: chinaToday() } } });
  }, 60_000);

  afterAll(() => t.close());

  it('gives an employer nothing for a category filter, though it sees the applicant who holds it', async () => {
    expect(await listed(employer)).toEqual([ids.applicant]);
    expect(await listed(employer, { category: 'POVERTY_ALLEVIATED' })).toEqual([]);
    expect(await listed(employer, { category: 'RELOCATED' })).toEqual([]);
  });

  it('gives an agency its own registrations for a category filter, never the workers entrusted to it', async () => {
    expect(await listed(agent)).toEqual([ids.registered, ids.entrusted].sort());
    expect(await listed(agent, { category: 'POVERTY_ALLEVIATED' })).toEqual([ids.registered]);
  });

  it('gives the bureau every worker of its jurisdiction that holds the category', async () => {
    expect(await listed(bureau, { category: 'POVERTY_ALLEVIATED' })).toEqual([ids.applicant, ids.registered, ids.entrusted].sort());
    expect(await listed(bureau, { category: 'RELOCATED' })).toEqual([]);
  });
});
