import { randomIdNumber } from '@app/testing';
import { signUpOrganization, verifyOrganization } from '../../support/organizations.js';
import { insertPosting } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const ME = 'query { me { role organizationId } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const HELP = 'query($r: String!) { registrationHelp(regionCode: $r) { agencies { name kind } } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id organized } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';
const ELIGIBILITY = 'query($id: ID!) { subsidyEligibility(placementId: $id) { kind status amount beneficiary beneficiaryOrganizationId } }';
const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id kind status beneficiaryOrganizationId } }';

/**
 * 劳务合作社 (LABOR_COOPERATIVE) is an agency like a labour company: an AGENT account, vetted by the bureau of its region
 * before it acts, listed in registrationHelp once verified, and paid 跟踪服务补贴 for the placements it organises. The
 * farmers' COOPERATIVE stays an employer.
 */
describe('labour cooperatives (劳务合作社) are agencies', () => {
  let t: TestApp;
  let bureau: Caller; // 黔南州
  let cooperative: Caller;
  let cooperativeId: string;

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    ({ caller: cooperative, organizationId: cooperativeId } = await signUpOrganization(t, 'LABOR_COOPERATIVE', '522731', { name: '惠水县好花红劳务合作社' }));
  });

  afterAll(() => t.close());

  const workerInput = () => ({
    name: '杨阿妹',
    idNumber: randomIdNumber('522731'),
    hukouRegionCode: '522731',
    categories: ['POVERTY_ALLEVIATED'],
    categoriesSince: '2020-06-01',
    laborCapacity: 'FULL',
  });

  it('signs up with an AGENT account; a farmers’ cooperative with an EMPLOYER account', async () => {
    expect((await cooperative.ok(ME)).me).toEqual({ role: 'AGENT', organizationId: cooperativeId });
    const { caller: farmers } = await signUpOrganization(t, 'COOPERATIVE', '522731');
    expect((await farmers.ok(ME)).me.role).toBe('EMPLOYER');
  });

  it('acts only once the bureau verified it, and is then listed where people register', async () => {
    const refused = await cooperative.gql(REGISTER_WORKER, { input: workerInput() });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORGANIZATION_NOT_VERIFIED' });
    const listed = async () => (await t.anonymous.ok(HELP, { r: '522731' })).registrationHelp.agencies as Array<{ name: string; kind: string }>;
    expect(await listed()).not.toContainEqual({ name: '惠水县好花红劳务合作社', kind: 'LABOR_COOPERATIVE' });
    await verifyOrganization(bureau, cooperativeId);
    expect(await listed()).toContainEqual({ name: '惠水县好花红劳务合作社', kind: 'LABOR_COOPERATIVE' });
    expect((await cooperative.ok(REGISTER_WORKER, { input: workerInput() })).registerWorker.id).toBeTruthy();
  });

  it('organises a placement and receives the tracking-service subsidy for it', async () => {
    await verifyOrganization(bureau, cooperativeId);
    const { caller: employer, organizationId: employerId } = await signUpOrganization(t, 'ENTERPRISE', '440306');
    const workerId = (await bureau.ok(REGISTER_WORKER, { input: workerInput() })).registerWorker.id;
    const postingId = await insertPosting({ organizationId: employerId, regionCode: '440306' });
    const late = { workerId, postingId, agencyId: cooperativeId, startDate: '2025-09-01', endDate: null, contractMonths: 12, reason: '2025 年合作社输出台账' };
    const placement = (await bureau.ok(RECORD_LATE, { input: late })).recordHistoricalPlacement;
    expect(placement.organized).toBe(true);
    for (const month of ['2025-09', '2025-10', '2025-11'])
      await employer.ok(CONFIRM, { input: { placementId: placement.id, month, employed: true, monthlyWage: 5200, socialInsurancePaid: true } });
    const tracking = ((await bureau.ok(ELIGIBILITY, { id: placement.id })).subsidyEligibility as Array<{ kind: string }>).find(
      (a) => a.kind === 'TRACKING_SERVICE',
    );
    expect(tracking).toMatchObject({ status: 'ELIGIBLE', amount: 500, beneficiary: 'AGENT', beneficiaryOrganizationId: cooperativeId });
    expect((await cooperative.ok(SUBMIT, { input: { placementId: placement.id, kind: 'TRACKING_SERVICE' } })).submitSubsidyClaim).toMatchObject({
      kind: 'TRACKING_SERVICE',
      status: 'SUBMITTED',
      beneficiaryOrganizationId: cooperativeId,
    });
  });
});
