import { chinaToday } from '@app/common';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { signUpOrganization } from '../../support/organizations.js';
import { insertPosting } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';
const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id status fund } }';
const REVIEW = 'mutation($input: ReviewSubsidyClaimInput!) { reviewSubsidyClaim(input: $input) { id status } }';
const PAY = 'mutation($input: MarkSubsidyClaimPaidInput!) { markSubsidyClaimPaid(input: $input) { id status } }';
const RIGHTS = `query($first: Int) { subsidyClaims(first: $first) { edges { node { id fund reviewRights { mayApprove mayPay reason reasonCode } } } } }`;
const GRANT = 'mutation($input: GrantOrganizationAwardInput!) { grantOrganizationAward(input: $input) { id fund status } }';
const REVIEW_AWARD = 'mutation($input: ReviewOrganizationAwardInput!) { reviewOrganizationAward(input: $input) { id status } }';
const CREATE_ACCOUNT = 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { username role regionCode department } }';
const ME = '{ me { username department } }';

/**
 * Who funds and who approves (issue 16): transport support is paid from 衔接推进乡村振兴补助资金 and reviewed and paid by
 * the 乡村振兴 department; the employment subsidies and the workshop awards from 就业补助资金, by 人社. A bureau account of
 * one department is refused the other's money, with the reason; an account without a department (one office for
 * both) takes either, as before.
 */
describe('a claim is reviewed and paid by the department whose fund pays it', () => {
  let t: TestApp;
  let office: Caller; // 黔南州, no department: submits on the worker's behalf
  let rural: Caller; // 黔南州 乡村振兴
  let ruralPayer: Caller; // 黔南州 乡村振兴, a second account
  let labour: Caller; // 黔南州 人社
  let labourPayer: Caller; // 黔南州 人社, a second account
  let employer: Caller;
  let employerOrg: string;
  const county = '522731';

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY: 'false' });
    office = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    rural = await t.signIn(await insertAccount('BUREAU', '522700', 'RURAL_REVITALIZATION'), TEST_PASSWORD);
    ruralPayer = await t.signIn(await insertAccount('BUREAU', '522700', 'RURAL_REVITALIZATION'), TEST_PASSWORD);
    labour = await t.signIn(await insertAccount('BUREAU', '522700', 'HUMAN_RESOURCES'), TEST_PASSWORD);
    labourPayer = await t.signIn(await insertAccount('BUREAU', '522700', 'HUMAN_RESOURCES'), TEST_PASSWORD);
    ({ caller: employer, organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', '440306', { name: '深圳资金来源测试厂' }));
  });

  afterAll(() => t.close());

  /** A TRANSPORT claim the office raised for a worker with three confirmed, insured months since September 2025. */
  async function transportClaim(): Promise<{ id: string; fund: string }> {
    const input = {
      name: '罗阿妹',
      idNumber: randomIdNumber(county),
      hukouRegionCode: county,
      categories: ['POVERTY_ALLEVIATED'],
      categoriesSince: '2020-06-01',
      laborCapacity: 'FULL',
      username: uniqueUsername('w'),
      password: TEST_PASSWORD,
    };
    const workerId = (await office.ok(REGISTER_WORKER, { input })).registerWorker.id;
    const postingId = await insertPosting({ organizationId: employerOrg, regionCode: '440306' });
    const late = { workerId, postingId, startDate: '2025-09-01', endDate: null, contractMonths: 12, reason: '2025 年纸质务工台账' };
    const placementId = (await office.ok(RECORD_LATE, { input: late })).recordHistoricalPlacement.id;
    for (const month of ['2025-09', '2025-10', '2025-11'])
      await employer.ok(CONFIRM, { input: { placementId, month, employed: true, monthlyWage: 5200, socialInsurancePaid: true } });
    return (await office.ok(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } })).submitSubsidyClaim;
  }

  async function rightsOf(caller: Caller, claimId: string) {
    const data = await caller.ok(RIGHTS, { first: 100 });
    return data.subsidyClaims.edges.find((e: { node: { id: string } }) => e.node.id === claimId)?.node;
  }

  it('records the fund on the claim; 人社 is told it may not and is refused; 乡村振兴 approves and pays', async () => {
    const claim = await transportClaim();
    expect(claim.fund).toBe('RURAL_REVITALIZATION_FUND');
    const reason = '该补贴从衔接推进乡村振兴补助资金列支，由乡村振兴部门审核发放，本账号属于人力资源社会保障部门';

    const told = await rightsOf(labour, claim.id);
    expect(told).toMatchObject({
      fund: 'RURAL_REVITALIZATION_FUND',
      reviewRights: { mayApprove: false, mayPay: false, reasonCode: 'OTHER_DEPARTMENTS_FUND', reason },
    });
    const refused = await labour.gql(REVIEW, { input: { claimId: claim.id, approve: true, note: '材料齐全' } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENTS_FUND' });
    expect(refused.errors?.[0].message).toContain(reason);
    const rejected = await labour.gql(REVIEW, { input: { claimId: claim.id, approve: false, note: '不是本部门的' } });
    expect(rejected.errors?.[0].extensions).toMatchObject({ reason: 'OTHER_DEPARTMENTS_FUND' });

    expect((await rightsOf(rural, claim.id))?.reviewRights).toMatchObject({ mayApprove: true, reasonCode: null });
    expect((await rural.ok(REVIEW, { input: { claimId: claim.id, approve: true, note: '材料齐全' } })).reviewSubsidyClaim.status).toBe('APPROVED');
    const payment = { claimId: claim.id, paidOn: chinaToday(), reference: 'QN-DEPT-0001' };
    const payRefused = await labourPayer.gql(PAY, { input: payment });
    expect(payRefused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENTS_FUND' });
    expect((await ruralPayer.ok(PAY, { input: payment })).markSubsidyClaimPaid.status).toBe('PAID');
  });

  it('lets an office without a department review either fund, as before', async () => {
    const claim = await transportClaim();
    const second = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    expect((await second.ok(REVIEW, { input: { claimId: claim.id, approve: true, note: '材料齐全' } })).reviewSubsidyClaim.status).toBe('APPROVED');
  });

  it('keeps workshop awards (就业补助资金) with 人社: 乡村振兴 may not propose or approve one', async () => {
    const workshop = await signUpOrganization(t, 'WORKSHOP', county, { name: '惠水县资金来源测试车间', verifiedBy: office });
    const input = {
      organizationId: workshop.organizationId,
      level: 'WORKSHOP',
      amount: 10_000,
      basis: '2025 年吸纳三类人员 38 人，其中稳定就业 6 个月以上 31 人',
    };
    const refused = await rural.gql(GRANT, { input });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENTS_FUND' });
    expect(refused.errors?.[0].message).toContain('该补贴从就业补助资金列支，由人力资源社会保障部门审核发放');
    const award = (await labour.ok(GRANT, { input })).grantOrganizationAward;
    expect(award).toMatchObject({ fund: 'EMPLOYMENT_FUND', status: 'PROPOSED' });
    const notTheirs = await rural.gql(REVIEW_AWARD, { input: { awardId: award.id, approve: true, note: '同意' } });
    expect(notTheirs.errors?.[0].extensions).toMatchObject({ reason: 'OTHER_DEPARTMENTS_FUND' });
    expect((await labourPayer.ok(REVIEW_AWARD, { input: { awardId: award.id, approve: true, note: '同意' } })).reviewOrganizationAward.status).toBe('APPROVED');
  });

  it('gives accounts their department: a department makes accounts of its own only, and only bureaus have one', async () => {
    expect((await labour.ok(ME)).me.department).toBe('HUMAN_RESOURCES');
    expect((await office.ok(ME)).me.department).toBeNull();
    const made = await labour.ok(CREATE_ACCOUNT, {
      input: { username: uniqueUsername('hr'), password: TEST_PASSWORD, role: 'BUREAU', regionCode: county, department: 'HUMAN_RESOURCES' },
    });
    expect(made.createAccount).toMatchObject({ role: 'BUREAU', regionCode: county, department: 'HUMAN_RESOURCES' });
    for (const department of ['RURAL_REVITALIZATION', null]) {
      const refused = await labour.gql(CREATE_ACCOUNT, {
        input: { username: uniqueUsername('rv'), password: TEST_PASSWORD, role: 'BUREAU', regionCode: county, department },
      });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(refused.errors?.[0].message).toContain('本账号属于人力资源社会保障部门，只能创建本部门的账号');
    }
    const office2 = await office.ok(CREATE_ACCOUNT, {
      input: { username: uniqueUsername('rv'), password: TEST_PASSWORD, role: 'BUREAU', regionCode: county, department: 'RURAL_REVITALIZATION' },
    });
    expect(office2.createAccount.department).toBe('RURAL_REVITALIZATION');
    const admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
    const notBureau = await admin.gql(CREATE_ACCOUNT, {
      input: { username: uniqueUsername('ad'), password: TEST_PASSWORD, role: 'ADMIN', department: 'HUMAN_RESOURCES' },
    });
    expect(notBureau.errors?.[0].message).toContain('只有主管部门账号才有所属部门');
  });
});
