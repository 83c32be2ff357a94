import { randomUUID } from 'node:crypto';
import { chinaToday } from '@app/common';
import { signUpOrganization } from '../../support/organizations.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { recordLatePlacement } from '../../support/late-placement.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REVIEW = 'mutation($input: ReviewSubsidyClaimInput!) { reviewSubsidyClaim(input: $input) { id status } }';
const SUBMIT_MANY = `mutation($input: SubmitSubsidyClaimsInput!) { submitSubsidyClaims(input: $input) {
  succeeded failed items { index placementId kind claim { id amount status } error { code reason message fields } } } }`;
const PAY_MANY = `mutation($input: MarkSubsidyClaimsPaidInput!) { markSubsidyClaimsPaid(input: $input) {
  succeeded failed items { index claimId claim { id status paidOn paymentReference } error { code reason message fields } } } }`;

interface Item {
  index: number;
  claim: { id: string; status: string } | null;
  error: { code: string; reason: string; message: string; fields: string[] } | null;
}

/**
 * 应发尽发: a county bureau raises a month of claims in one call and pays them in one more. Each item goes through the
 * rules of the single operations and succeeds or fails on its own, with the reason a single call would give.
 */
describe('batch claims and payments for bureaus', () => {
  let t: TestApp;
  let clerk: Caller; // 黔南州 bureau: raises and pays
  let reviewer: Caller; // a second 黔南州 account: approves (four eyes)
  let elsewhere: Caller;
  let employer: Caller;
  let employerOrg: string;

  /** A 2025 cross-province placement (补录) with `months` confirmed by the employer. */
  async function placement(months: string[]): Promise<string> {
    const late = { bureau: clerk, employer, employerOrganizationId: employerOrg, county: '522731', name: '罗阿妹', startDate: '2025-09-01', months };
    return (await recordLatePlacement(late)).placementId;
  }

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    reviewer = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    elsewhere = await t.signIn(await insertAccount('BUREAU', '530100'), TEST_PASSWORD);
    ({ caller: employer, organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', '440306', { name: '深圳批量补贴测试厂' }));
  }, 60_000);

  afterAll(() => t.close());

  it('raises each eligible claim and refuses each other item with its own reason', async () => {
    const three = ['2025-09', '2025-10', '2025-11'];
    const [a, b, c] = [await placement(three), await placement(three), await placement(three)];
    const early = await placement(['2025-09']);
    const items = [
      { placementId: a, kind: 'TRANSPORT' },
      { placementId: b, kind: 'TRANSPORT' },
      { placementId: early, kind: 'TRANSPORT' },
      { placementId: a, kind: 'TRANSPORT' },
      { placementId: c, kind: 'TRANSPORT' },
      { placementId: randomUUID(), kind: 'TRANSPORT' },
    ];
    const result = (await clerk.ok(SUBMIT_MANY, { input: { items } })).submitSubsidyClaims;
    expect(result).toMatchObject({ succeeded: 3, failed: 3 });
    const byIndex: Item[] = result.items;
    expect(byIndex.map((i) => i.index)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const i of [0, 1, 4]) expect(byIndex[i]).toMatchObject({ claim: { amount: 500, status: 'SUBMITTED' }, error: null });
    expect(byIndex[2].error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ELIGIBLE', fields: ['kind'] });
    expect(byIndex[2].error!.message).toContain('稳定就业');
    expect(byIndex[3].error).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CLAIMED' });
    expect(byIndex[5].error).toMatchObject({ code: 'NOT_FOUND' });
    for (const i of [2, 3, 5]) expect(byIndex[i].claim).toBeNull();

    // Another prefecture's bureau reaches none of these people: every item refused, nothing raised.
    const foreign = (await elsewhere.ok(SUBMIT_MANY, { input: { items: [{ placementId: c, kind: 'JOB_SEEKING' }] } })).submitSubsidyClaims;
    expect(foreign).toMatchObject({ succeeded: 0, failed: 1 });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(foreign.items[0].error.code);

    // Paid in one call: the approver cannot pay (four eyes), the clerk can; an unapproved or paid claim is refused.
    const [ca, cb, cc] = [0, 1, 4].map((i) => byIndex[i].claim!.id);
    for (const id of [ca, cb]) expect((await reviewer.ok(REVIEW, { input: { claimId: id, approve: true } })).reviewSubsidyClaim.status).toBe('APPROVED');
    const today = chinaToday();
    const byApprover = (await reviewer.ok(PAY_MANY, { input: { claimIds: [ca], paidOn: today, reference: 'QN-PL-01' } })).markSubsidyClaimsPaid;
    expect(byApprover.items[0].error).toMatchObject({ code: 'FORBIDDEN', reason: 'APPROVER_CANNOT_PAY' });
    const paid = (await clerk.ok(PAY_MANY, { input: { claimIds: [ca, cc, cb, ca], paidOn: today, reference: 'QN-PL-01' } })).markSubsidyClaimsPaid;
    expect(paid).toMatchObject({ succeeded: 2, failed: 2 });
    expect(paid.items[0]).toMatchObject({ claimId: ca, claim: { status: 'PAID', paidOn: today, paymentReference: 'QN-PL-01' }, error: null });
    expect(paid.items[1].error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CLAIM_TRANSITION', fields: ['claimId'] });
    expect(paid.items[2]).toMatchObject({ claim: { status: 'PAID' }, error: null });
    expect(paid.items[3].error).toMatchObject({ reason: 'CLAIM_TRANSITION' });
  });

  it('takes 1 to 500 items from bureaus only, naming the field', async () => {
    const tooMany = Array.from({ length: 501 }, () => ({ placementId: randomUUID(), kind: 'TRANSPORT' }));
    const big = await clerk.gql(SUBMIT_MANY, { input: { items: tooMany } });
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['items'] });
    const none = await clerk.gql(PAY_MANY, { input: { claimIds: [], paidOn: chinaToday(), reference: 'X' } });
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['claimIds'] });
    expect(await employer.errorCode(SUBMIT_MANY, { input: { items: [{ placementId: randomUUID(), kind: 'ABSORPTION' }] } })).toBe('FORBIDDEN');
    expect(await employer.errorCode(PAY_MANY, { input: { claimIds: [randomUUID()], paidOn: chinaToday(), reference: 'X' } })).toBe('FORBIDDEN');
  });
});
