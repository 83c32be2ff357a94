import { addDays, chinaToday } from '@app/common';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import ExcelJS from 'exceljs';
import { acceptRegistration } from '../../support/accepted-workers.js';
import { signUpOrganization, verifyOrganization } from '../../support/organizations.js';
import { insertPosting } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const NOMINATE = 'mutation($postingId: ID!, $workerIds: [ID!]!) { nominateWorkers(input: { postingId: $postingId, workerIds: $workerIds }) { id status } }';
const CREATE_GROUP = 'mutation($input: CreatePlacementGroupInput!) { createPlacementGroup(input: $input) { id status } }';
const CREATE_POSTING = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id status } }';
const APPLY = 'mutation($postingId: ID!) { applyToPosting(input: { postingId: $postingId }) { id status } }';
const HIRE = 'mutation($input: HireInput!) { hire(input: $input) { id status } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id organized } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';
const ELIGIBILITY = 'query($id: ID!) { subsidyEligibility(placementId: $id) { kind status amount reason } }';
const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id kind status } }';

const NOT_VERIFIED = { code: 'FORBIDDEN', reason: 'ORGANIZATION_NOT_VERIFIED' };

/**
 * Vetted organisations: an agency (LABOR_AGENCY, HR_AGENCY) registers workers, nominates, organises groups and claims
 * only once the bureau of its region verified it; an employer's small/micro declaration counts for ABSORPTION only
 * then. Unverified organisations keep posting and hiring.
 */
describe('vetted organisations: the bureau of the region verifies an agency before it acts', () => {
  let t: TestApp;
  let bureau: Caller; // 黔南州 bureau: the agency's region and the workers' hukou jurisdiction
  let shenzhen: Caller; // 深圳市 bureau: the employer's region

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    shenzhen = await t.signIn(await insertAccount('BUREAU', '440300'), TEST_PASSWORD);
  });

  afterAll(() => t.close());

  function workerInput(extra: Record<string, unknown> = {}) {
    return {
      name: '杨阿妹',
      idNumber: randomIdNumber('522731'),
      hukouRegionCode: '522731',
      categories: ['POVERTY_ALLEVIATED'],
      categoriesSince: '2020-06-01',
      laborCapacity: 'FULL',
      ...extra,
    };
  }

  async function expectNotVerified(caller: Caller, query: string, variables: Record<string, unknown>, action: string): Promise<void> {
    const result = await caller.gql(query, variables);
    expect(result.errors?.[0].extensions).toMatchObject(NOT_VERIFIED);
    expect(result.errors?.[0].message).toContain(`须经所在地人社部门核验后才能${action}`);
  }

  async function ledger(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['姓名', '身份证号', '户籍区县代码', '人员类别', '劳动能力']);
    sheet.addRow(['龙阿哥', randomIdNumber('522731'), '522731', '脱贫人口', '全劳力']);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('refuses an unverified agency registering, importing, nominating and organising a group; the same agency may once verified', async () => {
    const { caller: agent, organizationId } = await signUpOrganization(t, 'LABOR_AGENCY', '522731');
    const { organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', '440306');
    const postingId = await insertPosting({ organizationId: employerOrg, regionCode: '440306' });
    const workerId = (await bureau.ok(REGISTER_WORKER, { input: workerInput() })).registerWorker.id;

    await expectNotVerified(agent, REGISTER_WORKER, { input: workerInput() }, '登记劳动者');
    const upload = await t
      .http()
      .post('/imports/workers')
      .set('authorization', `Bearer ${agent.token ?? ''}`)
      .attach('file', await ledger(), 'ledger.xlsx');
    expect(upload.status).toBe(403);
    expect(upload.body).toMatchObject({ ...NOT_VERIFIED, message: expect.stringContaining('须经所在地人社部门核验后才能登记劳动者或导入台账') });
    await expectNotVerified(agent, NOMINATE, { postingId, workerIds: [workerId] }, '推荐劳动者');
    const group = { postingId, departureDate: addDays(chinaToday(), 3), departurePoint: '惠水县易地扶贫搬迁安置点', transport: '包车' };
    await expectNotVerified(agent, CREATE_GROUP, { input: group }, '组织集中输出');
    // In English too, naming the step.
    const english = await t
      .http()
      .post('/graphql')
      .set('authorization', `Bearer ${agent.token ?? ''}`)
      .set('accept-language', 'en')
      .send({ query: REGISTER_WORKER, variables: { input: workerInput() } });
    expect(english.body.errors[0].message).toContain('verified by the bureau of its region');

    // Only the bureau of the agency's region (or ADMIN) verifies it.
    const kunming = await t.signIn(await insertAccount('BUREAU', '530100'), TEST_PASSWORD);
    expect(await kunming.errorCode('mutation($id: ID!) { verifyOrganization(id: $id) { id } }', { id: organizationId })).toBe('FORBIDDEN');
    await verifyOrganization(bureau, organizationId);

    const own = (await agent.ok(REGISTER_WORKER, { input: workerInput() })).registerWorker.id;
    // An agency's registration waits for the county bureau (issue 15, item 4).
    await acceptRegistration(bureau, own);
    const imported = await t
      .http()
      .post('/imports/workers')
      .set('authorization', `Bearer ${agent.token ?? ''}`)
      .attach('file', await ledger(), 'ledger.xlsx');
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ imported: 1 });
    expect((await agent.ok(NOMINATE, { postingId, workerIds: [own] })).nominateWorkers).toEqual([expect.objectContaining({ status: 'APPLIED' })]);
    expect((await agent.ok(CREATE_GROUP, { input: group })).createPlacementGroup.status).toBe('FORMING');
  });

  it('lets an unverified HR agency be refused the same way', async () => {
    const { caller: agent } = await signUpOrganization(t, 'HR_AGENCY', '522731');
    await expectNotVerified(agent, REGISTER_WORKER, { input: workerInput() }, '登记劳动者');
  });

  it('keeps an unverified employer posting and hiring as usual', async () => {
    const { caller: employer } = await signUpOrganization(t, 'ENTERPRISE', '440306', { name: '深圳某电子有限公司' });
    const posting = (
      await employer.ok(CREATE_POSTING, {
        input: {
          kind: 'EAST_WEST',
          title: '电子厂普工',
          description: '流水线装配，包吃住',
          regionCode: '440306',
          wageMin: 4800,
          wageMax: 6800,
          headcount: 5,
          contractMonths: 12,
          skills: ['普工'],
          benefits: ['包吃住'],
          partnerRegionCodes: ['520000'],
        },
      })
    ).createPosting;
    expect(posting.status).toBe('OPEN');
    const username = uniqueUsername('w');
    await bureau.ok(REGISTER_WORKER, { input: workerInput({ username, password: TEST_PASSWORD }) });
    const worker = await t.signIn(username, TEST_PASSWORD);
    const application = (await worker.ok(APPLY, { postingId: posting.id })).applyToPosting;
    const placement = (await employer.ok(HIRE, { input: { applicationId: application.id, startDate: chinaToday(), contractMonths: 12 } })).hire;
    expect(placement.status).toBe('ACTIVE');
  });

  describe('claims and the small/micro declaration', () => {
    let agent: Caller;
    let agentOrg: string;
    let employer: Caller;
    let employerOrg: string;
    let placementId: string;

    beforeAll(async () => {
      ({ caller: agent, organizationId: agentOrg } = await signUpOrganization(t, 'LABOR_AGENCY', '522731'));
      ({ caller: employer, organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', '440306', { smallOrMicro: true }));
      const workerId = (await bureau.ok(REGISTER_WORKER, { input: workerInput() })).registerWorker.id;
      const postingId = await insertPosting({ organizationId: employerOrg, regionCode: '440306' });
      const input = { workerId, postingId, agencyId: agentOrg, startDate: '2025-09-01', endDate: null, contractMonths: 12, reason: '2025 年纸质务工台账' };
      placementId = (await bureau.ok(RECORD_LATE, { input })).recordHistoricalPlacement.id;
      for (const month of ['2025-09', '2025-10', '2025-11'])
        await employer.ok(CONFIRM, { input: { placementId, month, employed: true, monthlyWage: 5200, socialInsurancePaid: true } });
    });

    const byKind = async (caller: Caller) =>
      Object.fromEntries(
        ((await caller.ok(ELIGIBILITY, { id: placementId })).subsidyEligibility as Array<{ kind: string }>).map((a) => [a.kind, a]),
      ) as unknown as Record<string, { status: string; amount: number | null; reason: string }>;

    it('refuses a tracking-service claim for an unverified agency, by the agency or by the bureau on its behalf; verified, it is accepted', async () => {
      expect((await byKind(bureau)).TRACKING_SERVICE).toMatchObject({ status: 'ELIGIBLE', amount: 500 });
      await expectNotVerified(agent, SUBMIT, { input: { placementId, kind: 'TRACKING_SERVICE' } }, '申领补贴');
      await expectNotVerified(bureau, SUBMIT, { input: { placementId, kind: 'TRACKING_SERVICE' } }, '申领补贴');
      await verifyOrganization(bureau, agentOrg);
      expect((await agent.ok(SUBMIT, { input: { placementId, kind: 'TRACKING_SERVICE' } })).submitSubsidyClaim).toMatchObject({
        kind: 'TRACKING_SERVICE',
        status: 'SUBMITTED',
      });
    });

    it('counts a small/micro declaration for ABSORPTION only once the employer’s bureau verified the organisation', async () => {
      const before = (await byKind(employer)).ABSORPTION;
      expect(before.status).toBe('INELIGIBLE');
      expect(before.reason).toContain('须经所在地人社部门核验');
      expect((await employer.gql(SUBMIT, { input: { placementId, kind: 'ABSORPTION' } })).errors?.[0].extensions).toMatchObject({
        reason: 'NOT_ELIGIBLE',
      });
      // The workers' bureau cannot verify a Shenzhen employer; Shenzhen's bureau can.
      expect(await bureau.errorCode('mutation($id: ID!) { verifyOrganization(id: $id) { id } }', { id: employerOrg })).toBe('FORBIDDEN');
      await verifyOrganization(shenzhen, employerOrg);
      expect((await byKind(employer)).ABSORPTION).toMatchObject({ status: 'ELIGIBLE', amount: 500 });
      expect((await employer.ok(SUBMIT, { input: { placementId, kind: 'ABSORPTION' } })).submitSubsidyClaim.status).toBe('SUBMITTED');
    });
  });
});
