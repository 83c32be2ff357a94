import { chinaToday } from '@app/common';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { signUpOrganization } from '../../support/organizations.js';
import { insertPosting } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';
const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id status } }';
const REVIEW = 'mutation($input: ReviewSubsidyClaimInput!) { reviewSubsidyClaim(input: $input) { id status } }';
const PAY = 'mutation($input: MarkSubsidyClaimPaidInput!) { markSubsidyClaimPaid(input: $input) { id status paidOn } }';

/**
 * Four eyes on money, always on: the account that submitted a claim on the beneficiary's behalf does not approve it,
 * and the account that approved it does not mark it paid.
 */
describe('separation of duties on subsidy claims', () => {
  let t: TestApp;
  let clerk: Caller; // 黔南州 bureau, first account
  let reviewer: Caller; // 黔南州 bureau, second account
  let employer: Caller;
  let employerOrg: string;

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    reviewer = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    ({ caller: employer, organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', '440306'));
  });

  afterAll(() => t.close());

  /** A bureau-registered worker (categories verified) with three confirmed months since September 2025: TRANSPORT is ELIGIBLE. */
  async function eligiblePlacement(): Promise<{ placementId: string; worker: Caller }> {
    const username = uniqueUsername('w');
    const input = {
      name: '杨阿妹',
      idNumber: randomIdNumber('522731'),
      hukouRegionCode: '522731',
      categories: ['POVERTY_ALLEVIATED'],
      categoriesSince: '2020-06-01',
      laborCapacity: 'FULL',
      username,
      password: TEST_PASSWORD,
    };
    const workerId = (await clerk.ok(REGISTER_WORKER, { input })).registerWorker.id;
    const postingId = await insertPosting({ organizationId: employerOrg, regionCode: '440306' });
    const late = { workerId, postingId, startDate: '2025-09-01', endDate: null, contractMonths: 12, reason: '2025 年纸质务工台账' };
    const placementId = (await clerk.ok(RECORD_LATE, { input: late })).recordHistoricalPlacement.id;
    for (const month of ['2025-09', '2025-10', '2025-11'])
      await employer.ok(CONFIRM, { input: { placementId, month, employed: true, monthlyWage: 5200, socialInsurancePaid: true } });
    return { placementId, worker: await t.signIn(username, TEST_PASSWORD) };
  }

  it('refuses the submitting account approving a claim it made on the worker’s behalf; a second account approves', async () => {
    const { placementId } = await eligiblePlacement();
    const claim = (await clerk.ok(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } })).submitSubsidyClaim;
    const refused = await clerk.gql(REVIEW, { input: { claimId: claim.id, approve: true, note: '材料齐全' } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SUBMITTER_CANNOT_APPROVE' });
    // A bureau with a single account is told what it needs.
    expect(refused.errors?.[0].message).toContain('第二个账号');
    expect((await reviewer.ok(REVIEW, { input: { claimId: claim.id, approve: true, note: '材料齐全' } })).reviewSubsidyClaim.status).toBe('APPROVED');
  });

  it('refuses the approving account marking the claim paid; another account of the bureau records the payment', async () => {
    const { placementId, worker } = await eligiblePlacement();
    const claim = (await worker.ok(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } })).submitSubsidyClaim;
    await reviewer.ok(REVIEW, { input: { claimId: claim.id, approve: true, note: '材料齐全' } });
    const payment = { claimId: claim.id, paidOn: chinaToday(), reference: 'QN-SOD-0001' };
    const refused = await reviewer.gql(PAY, { input: payment });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'APPROVER_CANNOT_PAY' });
    expect(refused.errors?.[0].message).toContain('第二个账号');
    const english = await t
      .http()
      .post('/graphql')
      .set('authorization', `Bearer ${reviewer.token ?? ''}`)
      .set('accept-language', 'en')
      .send({ query: PAY, variables: { input: payment } });
    expect(english.body.errors[0].message).toContain('a second one');
    expect((await clerk.ok(PAY, { input: payment })).markSubsidyClaimPaid).toMatchObject({ status: 'PAID', paidOn: chinaToday() });
  });

  it('lets the submitting account pay a claim a colleague approved (only submit→approve and approve→pay are split)', async () => {
    const { placementId } = await eligiblePlacement();
    const claim = (await clerk.ok(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } })).submitSubsidyClaim;
    await reviewer.ok(REVIEW, { input: { claimId: claim.id, approve: true, note: '材料齐全' } });
    expect((await clerk.ok(PAY, { input: { claimId: claim.id, paidOn: chinaToday(), reference: 'QN-SOD-0002' } })).markSubsidyClaimPaid.status).toBe('PAID');
  });
});
