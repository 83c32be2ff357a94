import { chinaToday } from '@app/common';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { signUpOrganization } from '../../support/organizations.js';
import { insertPosting } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';
import { statementsFor } from '../statement-count.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';
const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id status } }';
const REVIEW = 'mutation($input: ReviewSubsidyClaimInput!) { reviewSubsidyClaim(input: $input) { id status } }';
const PAY = 'mutation($input: MarkSubsidyClaimPaidInput!) { markSubsidyClaimPaid(input: $input) { id status } }';
const RIGHTS_FIELDS = 'reviewRights { mayApprove mayReject mayPay reason reasonCode approveReason payReason }';
const CLAIMS = `query($filter: SubsidyClaimFilterInput, $first: Int) { subsidyClaims(filter: $filter, first: $first) { edges { node {
  id status ${RIGHTS_FIELDS} } } } }`;
/** What a reviewer reads of one claim: the evidence it rests on, through SubsidyClaim.placement, and the policy version. */
const REVIEW_PAGE = `query($filter: SubsidyClaimFilterInput, $first: Int) { subsidyClaims(filter: $filter, first: $first) { edges { node {
  id kind amount status recordedLate ${RIGHTS_FIELDS}
  worker { name maskedIdNumber }
  placement { startDate endDate contractMonths recordedLate stableMonths socialInsuranceMonths
    confirmations { month employed socialInsurancePaid monthlyWage attestedBy } }
  policy { name version validFrom } } } } }`;

type Rights = {
  mayApprove: boolean;
  mayReject: boolean;
  mayPay: boolean;
  reason: string | null;
  reasonCode: string | null;
  approveReason: string | null;
  payReason: string | null;
};

/**
 * SubsidyClaim.reviewRights: the four-eyes rule made visible. What it says an account may not do is exactly what the
 * mutations refuse it, with the same reason, because both ask the one rule (claimStepRefusal).
 */
describe('SubsidyClaim.reviewRights: what this account may do with the claim, and why not', () => {
  let t: TestApp;
  let clerk: Caller; // 黔南州 bureau, first account
  let reviewer: Caller; // 黔南州 bureau, second account
  let county: Caller; // 惠水县 bureau: the workers' county
  let kunming: Caller;
  let admin: Caller;
  let employer: Caller;
  let employerOrg: string;
  const county_ = '522731';

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY: 'false' });
    clerk = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    reviewer = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    county = await t.signIn(await insertAccount('BUREAU', county_), TEST_PASSWORD);
    kunming = await t.signIn(await insertAccount('BUREAU', '530100'), TEST_PASSWORD);
    admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
    ({ caller: employer, organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', '440306', { name: '深圳审核权限测试厂' }));
  });

  afterAll(() => t.close());

  /** A bureau-registered worker with three confirmed, insured months since September 2025: TRANSPORT is ELIGIBLE. */
  async function eligiblePlacement(): Promise<{ placementId: string; worker: Caller }> {
    const username = uniqueUsername('w');
    const input = {
      name: '杨阿妹',
      idNumber: randomIdNumber(county_),
      hukouRegionCode: county_,
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

  async function rightsOf(caller: Caller, claimId: string): Promise<Rights | undefined> {
    const data = await caller.ok(CLAIMS, { first: 100, filter: caller === admin ? { regionCode: county_ } : {} });
    return data.subsidyClaims.edges.find((e: { node: { id: string } }) => e.node.id === claimId)?.node.reviewRights;
  }

  it('tells the submitting account it may not approve, exactly as reviewSubsidyClaim then refuses it; a second account may and does', async () => {
    const { placementId } = await eligiblePlacement();
    const claim = (await clerk.ok(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } })).submitSubsidyClaim;
    const own = (await rightsOf(clerk, claim.id))!;
    expect(own).toMatchObject({ mayApprove: false, mayReject: true, mayPay: false, reasonCode: 'SUBMITTER_CANNOT_APPROVE' });
    expect(own.reason).toContain('代为申领的账号不能审核通过同一份申请');
    expect(own.reason).toBe(own.approveReason);
    const refused = await clerk.gql(REVIEW, { input: { claimId: claim.id, approve: true, note: '材料齐全' } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: own.reasonCode });
    expect(refused.errors?.[0].message).toContain(own.reason);

    const second = (await rightsOf(reviewer, claim.id))!;
    expect(second).toMatchObject({ mayApprove: true, mayReject: true, mayPay: false, reason: null, reasonCode: null, approveReason: null });
    expect((await rightsOf(county, claim.id))!).toMatchObject({ mayApprove: true, reason: null });
    expect((await reviewer.ok(REVIEW, { input: { claimId: claim.id, approve: true, note: '材料齐全' } })).reviewSubsidyClaim.status).toBe('APPROVED');
  });

  it('tells the approving account it may not record the payment, as markSubsidyClaimPaid refuses it; the submitter may pay', async () => {
    const { placementId } = await eligiblePlacement();
    const claim = (await clerk.ok(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } })).submitSubsidyClaim;
    await reviewer.ok(REVIEW, { input: { claimId: claim.id, approve: true, note: '材料齐全' } });
    const approver = (await rightsOf(reviewer, claim.id))!;
    expect(approver).toMatchObject({ mayApprove: false, mayPay: false, reasonCode: 'APPROVER_CANNOT_PAY' });
    expect(approver.reason).toContain('审核通过的账号不能登记同一份申请的发放');
    expect(approver.reason).toBe(approver.payReason);
    const payment = { claimId: claim.id, paidOn: chinaToday(), reference: 'QN-RR-0001' };
    const refused = await reviewer.gql(PAY, { input: payment });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: approver.reasonCode });
    expect(refused.errors?.[0].message).toContain(approver.reason);

    const submitter = (await rightsOf(clerk, claim.id))!;
    expect(submitter).toMatchObject({ mayPay: true, reason: null, reasonCode: null, payReason: null });
    expect((await clerk.ok(PAY, { input: payment })).markSubsidyClaimPaid.status).toBe('PAID');
    // Paid: nothing is left to do, and the reason says why.
    const paid = (await rightsOf(county, claim.id))!;
    expect(paid).toMatchObject({ mayApprove: false, mayReject: false, mayPay: false, reasonCode: 'CLAIM_TRANSITION' });
    const again = await county.gql(REVIEW, { input: { claimId: claim.id, approve: true, note: '再审' } });
    expect(again.errors?.[0].extensions).toMatchObject({ reason: 'CLAIM_TRANSITION' });
    expect(again.errors?.[0].message).toContain(paid.reason);
  });

  it('tells a worker, an employer and ADMIN that only a bureau reviews, as the mutations refuse them', async () => {
    const { placementId, worker } = await eligiblePlacement();
    const claim = (await worker.ok(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } })).submitSubsidyClaim;
    for (const caller of [worker, admin]) {
      const rights = (await rightsOf(caller, claim.id))!;
      expect(rights).toMatchObject({ mayApprove: false, mayReject: false, mayPay: false, reasonCode: 'BUREAU_ONLY' });
      expect(rights.reason).toContain('只有人社部门才能审核和发放补贴');
    }
    // The claim of a worker paid to the worker is not the employer's to see; its own rights on nothing are empty.
    expect(await rightsOf(employer, claim.id)).toBeUndefined();
    // A bureau of another jurisdiction never reaches it in a list, and the mutation refuses it.
    expect(await rightsOf(kunming, claim.id)).toBeUndefined();
    const outside = await kunming.gql(REVIEW, { input: { claimId: claim.id, approve: true, note: '材料齐全' } });
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_JURISDICTION' });
  });

  it('shows a reviewer the evidence through SubsidyClaim.placement (months, insurance, contract, late record) and the policy version', async () => {
    const { placementId } = await eligiblePlacement();
    const claim = (await clerk.ok(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } })).submitSubsidyClaim;
    const data = await reviewer.ok(REVIEW_PAGE, { first: 100, filter: { regionCode: county_, status: 'SUBMITTED' } });
    const node = data.subsidyClaims.edges.find((e: { node: { id: string } }) => e.node.id === claim.id).node;
    expect(node).toMatchObject({
      kind: 'TRANSPORT',
      recordedLate: true,
      worker: { name: '杨阿妹', maskedIdNumber: expect.stringMatching(/^522731\*{11}[\dX]$/) },
      placement: { startDate: '2025-09-01', endDate: null, contractMonths: 12, recordedLate: true, stableMonths: 3, socialInsuranceMonths: 3 },
      policy: { version: expect.any(String), name: expect.any(String), validFrom: expect.any(String) },
      reviewRights: { mayApprove: true },
    });
    expect(node.placement.confirmations.map((c: { month: string }) => c.month)).toEqual(['2025-09', '2025-10', '2025-11']);
    for (const c of node.placement.confirmations)
      expect(c).toMatchObject({ employed: true, socialInsurancePaid: true, monthlyWage: 5200, attestedBy: 'EMPLOYER' });
  });

  it('costs the same number of SQL statements for a page of claims as for one (rights from the claims, evidence batched)', async () => {
    const variables = (first: number) => ({ first, filter: { regionCode: county_ } });
    await statementsFor(t, reviewer, REVIEW_PAGE, variables(4)); // warm: first-use lookups are cached
    const one = await statementsFor(t, reviewer, REVIEW_PAGE, variables(1));
    const four = await statementsFor(t, reviewer, REVIEW_PAGE, variables(4));
    expect(one).toBeGreaterThan(0);
    expect(four).toBe(one);
  });
});
