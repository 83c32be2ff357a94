import { randomIdNumber, uniqueUsername } from '@app/testing';
import { insertPosting } from '../../support/postings-fixture.js';
import { signUpOrganization } from '../../support/organizations.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const APPLY = 'mutation($postingId: ID!) { applyToPosting(input: { postingId: $postingId }) { id } }';
const WORKER = 'query($id: ID!) { worker(id: $id) { id location { lat lng } } }';
const APPLICANTS = 'query($postingId: ID!) { applications(filter: { postingId: $postingId }) { edges { node { worker { id location { lat lng } } } } } }';

const COUNTY = '522731';
const HOME = { lat: 26.13, lng: 106.66 };

/** A worker's home coordinates are personal data: their bureau, themself and their organising agency see them, an employer never. */
describe('Worker.location by role', () => {
  let t: TestApp;
  let bureau: Caller;
  let self: Caller;
  let employer: Caller;
  let workerId: string;
  let postingId: string;

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', COUNTY), TEST_PASSWORD);
    const username = uniqueUsername('home');
    workerId = (
      await bureau.ok(REGISTER_WORKER, {
        input: {
          name: '韦小芳',
          idNumber: randomIdNumber(COUNTY),
          hukouRegionCode: COUNTY,
          categories: ['POVERTY_ALLEVIATED'],
          laborCapacity: 'FULL',
          location: HOME,
          username,
          password: TEST_PASSWORD,
        },
      })
    ).registerWorker.id as string;
    self = await t.signIn(username, TEST_PASSWORD);
    const company = await signUpOrganization(t, 'ENTERPRISE', '440306', { name: '深圳市测试电子有限公司' });
    employer = company.caller;
    postingId = await insertPosting({ organizationId: company.organizationId, partnerRegionCodes: ['520000'] });
    await self.ok(APPLY, { postingId });
  });
  afterAll(() => t.close());

  it('shows the bureau of the hukou county and the worker themself where the worker lives', async () => {
    expect((await bureau.ok(WORKER, { id: workerId })).worker.location).toEqual(HOME);
    expect((await self.ok(WORKER, { id: workerId })).worker.location).toEqual(HOME);
  });

  it('never shows the employer an applicant’s home, directly or through the application', async () => {
    expect((await employer.ok(WORKER, { id: workerId })).worker.location).toBeNull();
    const applicants = (await employer.ok(APPLICANTS, { postingId })).applications.edges as Array<{ node: { worker: { id: string; location: unknown } } }>;
    expect(applicants.map((e) => e.node.worker)).toEqual([{ id: workerId, location: null }]);
  });
});
