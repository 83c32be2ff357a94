import { randomInt } from 'node:crypto';
import { addDays, chinaToday } from '@app/common';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { signUpOrganization } from '../../support/organizations.js';
import { insertPosting } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const APPLY = 'mutation($postingId: ID!) { applyToPosting(input: { postingId: $postingId }) { id status } }';
const HIRE = 'mutation($input: HireInput!) { hire(input: $input) { id status } }';
const CANCEL = 'mutation($input: CancelPlacementInput!) { cancelPlacement(input: $input) { id status } }';
const END = 'mutation($input: EndPlacementInput!) { endPlacement(input: $input) { id status } }';
const APPLICATIONS = 'query($postingId: ID!) { applications(filter: { postingId: $postingId }, first: 10) { edges { node { id status } } } }';

/**
 * A cancelled placement's application becomes CANCELLED (a value added to ApplicationStatus): it no longer counts as
 * live, so the worker may apply to the same posting again. An ended placement's application stays HIRED.
 */
describe('cancelling a placement frees its application', () => {
  let t: TestApp;
  let bureau: Caller;
  let employer: Caller;
  let postingId: string;

  async function newWorker(): Promise<Caller> {
    const username = uniqueUsername('w');
    await bureau.ok(REGISTER_WORKER, {
      input: {
        name: '龙阿妹',
        idNumber: randomIdNumber('522731'),
        phone: `139${String(randomInt(100_000_000)).padStart(8, '0')}`,
        hukouRegionCode: '522731',
        categories: ['POVERTY_ALLEVIATED'],
        laborCapacity: 'FULL',
        username,
        password: TEST_PASSWORD,
      },
    });
    return t.signIn(username, TEST_PASSWORD);
  }

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    const signedUp = await signUpOrganization(t, 'ENTERPRISE', '440306', { name: '深圳某玩具厂' });
    employer = signedUp.caller;
    postingId = await insertPosting({ organizationId: signedUp.organizationId, createdAt: `${addDays(chinaToday(), -60)}T09:00:00+08:00` });
  });

  afterAll(() => t.close());

  it('lets the worker apply again after the hire was cancelled, and hires them again', async () => {
    const worker = await newWorker();
    const first = (await worker.ok(APPLY, { postingId })).applyToPosting;
    const placement = (await employer.ok(HIRE, { input: { applicationId: first.id, startDate: addDays(chinaToday(), 10), contractMonths: 12 } })).hire;
    const live = await worker.gql(APPLY, { postingId });
    expect(live.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LIVE_APPLICATION_EXISTS' });

    await employer.ok(CANCEL, { input: { placementId: placement.id, reason: '开工日期录错' } });
    const statuses = (await employer.ok(APPLICATIONS, { postingId })).applications.edges.map((e: { node: { id: string; status: string } }) => e.node);
    expect(statuses).toContainEqual({ id: first.id, status: 'CANCELLED' });

    const again = (await worker.ok(APPLY, { postingId })).applyToPosting;
    expect(again.status).toBe('APPLIED');
    const rehired = (await employer.ok(HIRE, { input: { applicationId: again.id, startDate: addDays(chinaToday(), 20), contractMonths: 12 } })).hire;
    expect(rehired.status).toBe('UPCOMING');
  });

  it('keeps an ended placement’s application HIRED: the worker did work there', async () => {
    const worker = await newWorker();
    const application = (await worker.ok(APPLY, { postingId })).applyToPosting;
    const placement = (await employer.ok(HIRE, { input: { applicationId: application.id, startDate: addDays(chinaToday(), -5), contractMonths: 12 } })).hire;
    await employer.ok(END, { input: { placementId: placement.id, endDate: chinaToday(), reason: 'RESIGNED' } });
    const statuses = (await employer.ok(APPLICATIONS, { postingId })).applications.edges.map((e: { node: { id: string; status: string } }) => e.node);
    expect(statuses).toContainEqual({ id: application.id, status: 'HIRED' });
  });
});
