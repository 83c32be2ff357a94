import { chinaToday } from '@app/common';
import { randomCreditCode, randomIdNumber, uniqueUsername } from '@app/testing';
import { acceptRegistration } from '../../support/accepted-workers.js';
import { verifyOrganization, verifyWorkerCategories } from '../../support/organizations.js';
import { insertPosting, queryOne } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_ORG = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { organizationId } } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id scope organized recordedLate } }';
const CANCEL = 'mutation($input: CancelPlacementInput!) { cancelPlacement(input: $input) { id status } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';
const ELIGIBILITY =
  'query($id: ID!) { subsidyEligibility(placementId: $id) { kind beneficiary amount status reason eligibleOn recordedLate policy { provinceCode version } } }';
const SUBMIT =
  'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id kind amount status beneficiary needsReview recordedLate } }';
const REVIEW = 'mutation($input: ReviewSubsidyClaimInput!) { reviewSubsidyClaim(input: $input) { id status reviewNote needsReview } }';
const PAY = 'mutation($input: MarkSubsidyClaimPaidInput!) { markSubsidyClaimPaid(input: $input) { id status paidOn paymentReference } }';

interface Assessment {
  kind: string;
  status: string;
  amount: number | null;
  reason: string;
  eligibleOn: string | null;
  recordedLate: boolean;
}

describe('subsidies: from placement evidence to money, exactly once', () => {
  let t: TestApp;
  let bureau: Caller; // 黔南州 bureau: the workers' hukou jurisdiction
  let cashier: Caller; // a second 黔南州 bureau account: whoever approved a claim does not pay it
  let elsewhere: Caller; // 昆明市 bureau
  let employer: Caller;
  let employerOrg: string;
  let otherEmployer: Caller;
  let otherEmployerOrg: string;
  let agent: Caller;
  let agentOrg: string;

  async function signUp(kind: string, regionCode: string, smallOrMicro: boolean): Promise<{ caller: Caller; organizationId: string }> {
    const username = uniqueUsername(kind.toLowerCase());
    const data = await t.anonymous.ok(REGISTER_ORG, {
      input: { name: '补贴测试机构', kind, creditCode: randomCreditCode(regionCode), regionCode, smallOrMicro, username, password: TEST_PASSWORD },
    });
    return { caller: await t.signIn(username, TEST_PASSWORD), organizationId: data.registerOrganization.account.organizationId };
  }

  async function newWorker(categories = ['POVERTY_ALLEVIATED']): Promise<{ id: string; caller: Caller }> {
    const username = uniqueUsername('w');
    const input = {
      name: '杨阿妹',
      idNumber: randomIdNumber('522731'),
      hukouRegionCode: '522731',
      categories,
      categoriesSince: '2020-06-01',
      laborCapacity: 'FULL',
      username,
      password: TEST_PASSWORD,
    };
    const id = (await agent.ok(REGISTER_WORKER, { input })).registerWorker.id;
    // An agency's registration waits for the county bureau (issue 15, item 4).
    await acceptRegistration(bureau, id);
    // The agency declared the categories; the bureau verifies them from its records before they count.
    await verifyWorkerCategories(bureau, id);
    return { id, caller: await t.signIn(username, TEST_PASSWORD) };
  }

  /**
   * An organised cross-province placement started in September 2025, while Guizhou's policy was in force: past the
   * hiring window, so the bureau records it (补录) with the agency that organised it; the employer confirms its months.
   */
  async function organisedPlacement(
    workerId: string,
    by = { caller: employer, org: employerOrg },
    startDate = '2025-09-01',
    contractMonths = 12,
    endDate: string | null = null,
  ): Promise<string> {
    const postingId = await insertPosting({ organizationId: by.org, regionCode: '440306' });
    const input = { workerId, postingId, agencyId: agentOrg, startDate, endDate, contractMonths, reason: '2025 年纸质务工台账' };
    const placement = (await bureau.ok(RECORD_LATE, { input })).recordHistoricalPlacement;
    expect(placement).toMatchObject({ organized: true, recordedLate: true, scope: 'OTHER_PROVINCE' });
    return placement.id;
  }

  async function confirmMonths(caller: Caller, placementId: string, months: string[], socialInsurancePaid = true): Promise<void> {
    for (const month of months) await caller.ok(CONFIRM, { input: { placementId, month, employed: true, monthlyWage: 5200, socialInsurancePaid } });
  }

  const byKind = (list: Assessment[]) => Object.fromEntries(list.map((a) => [a.kind, a]));

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    elsewhere = await t.signIn(await insertAccount('BUREAU', '530100'), TEST_PASSWORD);
    ({ caller: employer, organizationId: employerOrg } = await signUp('ENTERPRISE', '440306', true));
    ({ caller: otherEmployer, organizationId: otherEmployerOrg } = await signUp('ENTERPRISE', '330102', true));
    ({ caller: agent, organizationId: agentOrg } = await signUp('LABOR_AGENCY', '522731', false));
    cashier = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    // Vetted organisations: the agency and the small/micro employers are verified by the bureaus of their regions.
    await verifyOrganization(bureau, agentOrg);
    await verifyOrganization(await t.signIn(await insertAccount('BUREAU', '440300'), TEST_PASSWORD), employerOrg);
    await verifyOrganization(await t.signIn(await insertAccount('BUREAU', '330100'), TEST_PASSWORD), otherEmployerOrg);
  });

  afterAll(() => t.close());

  it('ships the Guizhou and Hainan policies as data', async () => {
    const guizhou = await bureau.ok('{ subsidyPolicies(provinceCode: "520000") { version validTo rules } }');
    // Other suites on the shared database may add later Guizhou versions: the shipped one is version 1.
    expect(guizhou.subsidyPolicies).toEqual(expect.arrayContaining([expect.objectContaining({ version: '1', validTo: '2025-12-31' })]));
    expect(guizhou.subsidyPolicies[0].rules.map((r: { kind: string }) => r.kind)).toEqual(
      expect.arrayContaining(['TRANSPORT', 'JOB_SEEKING', 'TRACKING_SERVICE', 'ABSORPTION']),
    );
    const hainan = await bureau.ok('{ subsidyPolicies(provinceCode: "460000") { version } }');
    expect(hainan.subsidyPolicies.length).toBeGreaterThanOrEqual(1);
  });

  it('walks the full path: PENDING, then all four ELIGIBLE after 3 confirmed months, claimed, reviewed by the right bureau, paid', async () => {
    const worker = await newWorker();
    const placementId = await organisedPlacement(worker.id);
    const before = byKind((await worker.caller.ok(ELIGIBILITY, { id: placementId })).subsidyEligibility);
    expect(before.TRANSPORT).toMatchObject({ status: 'PENDING' });
    expect(before.TRANSPORT.eligibleOn).toBeTruthy();
    expect(before.TRANSPORT.reason).toContain('稳定就业');

    await confirmMonths(employer, placementId, ['2025-09', '2025-10', '2025-11']);
    const after = byKind((await bureau.ok(ELIGIBILITY, { id: placementId })).subsidyEligibility);
    expect(after.TRANSPORT).toMatchObject({ status: 'ELIGIBLE', amount: 500 });
    expect(after.JOB_SEEKING).toMatchObject({ status: 'ELIGIBLE', amount: 1000 });
    expect(after.TRACKING_SERVICE).toMatchObject({ status: 'ELIGIBLE', amount: 500 });
    expect(after.ABSORPTION).toMatchObject({ status: 'ELIGIBLE', amount: 500 });

    expect(after.TRANSPORT.recordedLate).toBe(true);
    const transport = (await worker.caller.ok(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } })).submitSubsidyClaim;
    expect(transport).toMatchObject({ amount: 500, status: 'SUBMITTED', beneficiary: 'WORKER', recordedLate: true });
    expect(await employer.errorCode(SUBMIT, { input: { placementId, kind: 'JOB_SEEKING' } })).toBe('FORBIDDEN');
    await worker.caller.ok(SUBMIT, { input: { placementId, kind: 'JOB_SEEKING' } });
    await agent.ok(SUBMIT, { input: { placementId, kind: 'TRACKING_SERVICE' } });
    const absorption = (await employer.ok(SUBMIT, { input: { placementId, kind: 'ABSORPTION' } })).submitSubsidyClaim;
    expect(absorption).toMatchObject({ beneficiary: 'EMPLOYER', amount: 500 });
    expect(await worker.caller.errorCode(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } })).toBe('CONFLICT');
    expect(byKind((await bureau.ok(ELIGIBILITY, { id: placementId })).subsidyEligibility).TRANSPORT.status).toBe('ALREADY_CLAIMED');

    expect(await elsewhere.errorCode(REVIEW, { input: { claimId: transport.id, approve: true } })).toBe('FORBIDDEN');
    expect(await employer.errorCode(REVIEW, { input: { claimId: transport.id, approve: true } })).toBe('FORBIDDEN');
    const today = chinaToday();
    const early = await cashier.gql(PAY, { input: { claimId: transport.id, paidOn: today, reference: 'QN-0001' } });
    expect(early.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await bureau.ok(REVIEW, { input: { claimId: transport.id, approve: true, note: '材料齐全' } })).reviewSubsidyClaim.status).toBe('APPROVED');
    // Approved today: a payment dated before the approval, or after today, is refused.
    const beforeApproval = await cashier.gql(PAY, { input: { claimId: transport.id, paidOn: '2026-01-15', reference: 'QN-0001' } });
    expect(beforeApproval.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAID_BEFORE_APPROVAL', fields: ['paidOn'] });
    const future = await cashier.gql(PAY, { input: { claimId: transport.id, paidOn: '2099-01-01', reference: 'QN-0001' } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAID_ON_IN_FUTURE', fields: ['paidOn'] });
    const paid = (await cashier.ok(PAY, { input: { claimId: transport.id, paidOn: today, reference: 'QN-0001' } })).markSubsidyClaimPaid;
    expect(paid).toMatchObject({ status: 'PAID', paidOn: today, paymentReference: 'QN-0001' });
    expect((await bureau.gql(REVIEW, { input: { claimId: transport.id, approve: false, note: 'x' } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const rejection = await bureau.gql(REVIEW, { input: { claimId: absorption.id, approve: false } });
    expect(rejection.errors?.[0].extensions?.fields).toEqual(['note']);
    const audit = await queryOne<{ actions: string[] }>(`SELECT array_agg(action ORDER BY id) AS actions FROM audit_log WHERE subject_id = $1`, [transport.id]);
    expect(audit.actions).toEqual(['subsidy_claim.submitted', 'subsidy_claim.approved', 'subsidy_claim.paid']);
    const claims = await worker.caller.ok('{ subsidyClaims { totalCount edges { node { kind } } } }');
    expect(claims.subsidyClaims.totalCount).toBe(2);
  });

  it('explains what keeps a subsidy away: a 6-month contract and 2 insurance months', async () => {
    const worker = await newWorker();
    const placementId = await organisedPlacement(worker.id, undefined, '2025-09-01', 6);
    await confirmMonths(employer, placementId, ['2025-09', '2025-10']);
    await confirmMonths(employer, placementId, ['2025-11'], false);
    const result = byKind((await bureau.ok(ELIGIBILITY, { id: placementId })).subsidyEligibility);
    expect(result.TRACKING_SERVICE.status).toBe('INELIGIBLE');
    expect(result.TRACKING_SERVICE.reason).toMatch(/12/);
    const submit = await agent.gql(SUBMIT, { input: { placementId, kind: 'TRACKING_SERVICE' } });
    expect(submit.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['kind'] });
  });

  it('pays a one-off subsidy once per person, even through another employer', async () => {
    const worker = await newWorker();
    // One full-time job at a time: the first ends before the second starts.
    const first = await organisedPlacement(worker.id, undefined, '2025-09-01', 12, '2025-11-30');
    await confirmMonths(employer, first, ['2025-09', '2025-10', '2025-11']);
    await bureau.ok(SUBMIT, { input: { placementId: first, kind: 'TRANSPORT' } });
    const second = await organisedPlacement(worker.id, { caller: otherEmployer, org: otherEmployerOrg }, '2025-12-01');
    await confirmMonths(otherEmployer, second, ['2025-12', '2026-01', '2026-02']);
    const assessed = byKind((await bureau.ok(ELIGIBILITY, { id: second })).subsidyEligibility);
    expect(assessed.TRANSPORT.status).toBe('ALREADY_CLAIMED');
    expect(assessed.TRANSPORT.reason).not.toMatch(/深圳|杭州|440306|330102/);
    const again = await bureau.gql(SUBMIT, { input: { placementId: second, kind: 'TRANSPORT' } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    // The employer-paid absorption subsidy is per worker and employer: the second employer may still claim it.
    expect((await otherEmployer.ok(SUBMIT, { input: { placementId: second, kind: 'ABSORPTION' } })).submitSubsidyClaim.amount).toBe(500);
  });

  it('accepts exactly one of 20 concurrent submissions of the same claim', async () => {
    const worker = await newWorker();
    const placementId = await organisedPlacement(worker.id);
    await confirmMonths(employer, placementId, ['2025-09', '2025-10', '2025-11']);
    const results = await Promise.all(Array.from({ length: 20 }, () => bureau.gql(SUBMIT, { input: { placementId, kind: 'JOB_SEEKING' } })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).every((r) => r.errors![0].extensions?.code === 'CONFLICT')).toBe(true);
    const count = await queryOne<{ n: number }>(`SELECT count(*)::int AS n FROM subsidy_claims WHERE placement_id = $1 AND kind = 'JOB_SEEKING'`, [
      placementId,
    ]);
    expect(count.n).toBe(1);
  });

  it('sends an approved claim back for review when a confirmation is corrected, and refuses payment until then', async () => {
    const worker = await newWorker();
    const placementId = await organisedPlacement(worker.id);
    await confirmMonths(employer, placementId, ['2025-09', '2025-10', '2025-11']);
    const claim = (await worker.caller.ok(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } })).submitSubsidyClaim;
    await bureau.ok(REVIEW, { input: { claimId: claim.id, approve: true } });
    await employer.ok(CONFIRM, { input: { placementId, month: '2025-10', employed: false, socialInsurancePaid: false } });
    const flagged = await bureau.ok('{ subsidyClaims(filter: { kind: TRANSPORT }) { edges { node { id needsReview amount status } } } }');
    const node = flagged.subsidyClaims.edges.map((e: { node: { id: string } }) => e.node).find((n: { id: string }) => n.id === claim.id);
    expect(node).toMatchObject({ needsReview: true, amount: 500, status: 'APPROVED' });
    const pay = await cashier.gql(PAY, { input: { claimId: claim.id, paidOn: chinaToday(), reference: 'QN-9' } });
    expect(pay.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const rejected = (await bureau.ok(REVIEW, { input: { claimId: claim.id, approve: false, note: '10月未在岗，不满3个月' } })).reviewSubsidyClaim;
    expect(rejected).toMatchObject({ status: 'REJECTED', needsReview: false });
  });

  it('counts nothing on a cancelled placement, and sends claims resting on it back for review', async () => {
    const worker = await newWorker();
    const placementId = await organisedPlacement(worker.id);
    await confirmMonths(employer, placementId, ['2025-09', '2025-10', '2025-11']);
    const claim = (await worker.caller.ok(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } })).submitSubsidyClaim;
    await bureau.ok(REVIEW, { input: { claimId: claim.id, approve: true } });
    await bureau.ok(CANCEL, { input: { placementId, reason: '台账重复录入' } });
    const assessed = byKind((await bureau.ok(ELIGIBILITY, { id: placementId })).subsidyEligibility);
    expect(assessed.JOB_SEEKING).toMatchObject({ status: 'INELIGIBLE', reason: expect.stringContaining('已撤销') });
    expect(await worker.caller.errorCode(SUBMIT, { input: { placementId, kind: 'JOB_SEEKING' } })).toBe('BAD_USER_INPUT');
    const flagged = await bureau.ok('{ subsidyClaims(filter: { kind: TRANSPORT }, first: 100) { edges { node { id needsReview } } } }');
    const node = flagged.subsidyClaims.edges.map((e: { node: { id: string } }) => e.node).find((n: { id: string }) => n.id === claim.id);
    expect(node).toMatchObject({ needsReview: true });
  });

  it('lets only ADMIN or the province’s bureau add a policy, validating the rules', async () => {
    const admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
    const input = {
      provinceCode: '620000',
      name: '甘肃省就业帮扶补贴（测试）',
      version: `t${Date.now()}`,
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      rules: [
        { kind: 'ABSORPTION', beneficiary: 'EMPLOYER', amount: 1000, oncePer: 'PERSON_KIND_BENEFICIARY', conditions: [{ type: 'minStableMonths', months: 6 }] },
      ],
    };
    const CREATE = 'mutation($input: CreateSubsidyPolicyInput!) { createSubsidyPolicy(input: $input) { id provinceCode version } }';
    expect(await bureau.errorCode(CREATE, { input })).toBe('FORBIDDEN');
    const bad = await admin.gql(CREATE, { input: { ...input, rules: [{ ...input.rules[0], conditions: [{ type: 'minStableMonths', months: -1 }] }] } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors?.[0].extensions?.fields)).toContain('rules[0].conditions[0].months');
    expect((await admin.ok(CREATE, { input })).createSubsidyPolicy.provinceCode).toBe('620000');
    expect(await admin.errorCode(CREATE, { input })).toBe('CONFLICT');
  });
});
