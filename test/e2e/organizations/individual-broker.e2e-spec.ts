import { randomIdNumber, uniqueUsername } from '@app/testing';
import { maskIdNumber } from '@app/workers';
import { signUpOrganization, verifyOrganization } from '../../support/organizations.js';
import { insertPosting, queryOne } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_ORG = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { role organizationId } } }';
const ORGANIZATION = 'query($id: ID!) { organization(id: $id) { id kind creditCode verified } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const HELP = 'query($r: String!) { registrationHelp(regionCode: $r) { agencies { id kind } } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id organized } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';
const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id kind status beneficiaryOrganizationId } }';

/**
 * 个人劳务经纪人 (INDIVIDUAL_BROKER): an agency that is one person, with no credit code, identified by their own ID number
 * sealed as workers' are (never stored or answered in plain text), vetted by the bureau of their county like any agency.
 */
describe('individual brokers (劳务经纪人)', () => {
  let t: TestApp;
  let bureau: Caller; // 黔南州

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
  });

  afterAll(() => t.close());

  const brokerInput = (idNumber: string | null, extra: Record<string, unknown> = {}) => ({
    name: '罗阿朵',
    kind: 'INDIVIDUAL_BROKER',
    idNumber,
    regionCode: '522731',
    username: uniqueUsername('broker'),
    password: TEST_PASSWORD,
    ...extra,
  });

  async function registerBroker(idNumber = randomIdNumber('522731')): Promise<{ caller: Caller; organizationId: string; idNumber: string }> {
    const input = brokerInput(idNumber);
    const { account } = (await t.anonymous.ok(REGISTER_ORG, { input })).registerOrganization;
    expect(account.role).toBe('AGENT');
    return { caller: await t.signIn(input.username, TEST_PASSWORD), organizationId: account.organizationId, idNumber };
  }

  it('registers with the broker’s own ID number, stored sealed and masked, never in plain text', async () => {
    const { caller, organizationId, idNumber } = await registerBroker();
    const row = await queryOne<{ row: string; credit_code: string | null; id_masked: string; id_fingerprint: string }>(
      'SELECT row_to_json(o)::text AS row, credit_code, id_masked, id_fingerprint FROM organizations o WHERE id = $1',
      [organizationId],
    );
    expect(row).toMatchObject({ credit_code: null, id_masked: maskIdNumber(idNumber) });
    expect(row.id_fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(row.row).not.toContain(idNumber);
    expect(row.row).not.toContain(idNumber.slice(6, 14)); // not even the birth date
    const own = await caller.gql(ORGANIZATION, { id: organizationId });
    expect(own.data?.organization).toMatchObject({ kind: 'INDIVIDUAL_BROKER', creditCode: null });
    expect(JSON.stringify(own)).not.toContain(idNumber);
  });

  it('registers each person once as a broker: CONFLICT naming idNumber, nothing about the first registration', async () => {
    const { idNumber } = await registerBroker();
    const again = await t.anonymous.gql(REGISTER_ORG, { input: brokerInput(idNumber) });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'BROKER_ALREADY_REGISTERED', fields: ['idNumber'] });
    expect(JSON.stringify(again)).not.toContain(idNumber);
  });

  it('names every failing field of the identity at once, in Chinese', async () => {
    const wrong = await t.anonymous.gql(REGISTER_ORG, { input: brokerInput('52273119900101001X', { creditCode: '91522731MA6DDDDD1X' }) });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields: ['creditCode', 'idNumber'] });
    expect(wrong.errors?.[0].message).toContain('个人劳务经纪人没有统一社会信用代码');
    expect(JSON.stringify(wrong)).not.toContain('52273119900101001X');
    const missing = await t.anonymous.gql(REGISTER_ORG, { input: brokerInput(null) });
    expect(missing.errors?.[0].extensions).toMatchObject({ reason: 'BROKER_ID_NUMBER_REQUIRED', fields: ['idNumber'] });
    const company = await t.anonymous.gql(REGISTER_ORG, { input: brokerInput(randomIdNumber('522731'), { kind: 'LABOR_AGENCY' }) });
    expect(company.errors?.[0].extensions).toMatchObject({ reason: 'INVALID_INPUT', fields: ['creditCode', 'idNumber'] });
    expect(company.errors?.[0].message).toContain('只有个人劳务经纪人填写身份证号码');
  });

  it('is vetted by the bureau like an agency, then organises a placement and receives its tracking-service subsidy', async () => {
    const { caller: broker, organizationId: brokerId } = await registerBroker();
    const worker = () => ({
      name: '杨阿妹',
      idNumber: randomIdNumber('522731'),
      hukouRegionCode: '522731',
      categories: ['POVERTY_ALLEVIATED'],
      categoriesSince: '2020-06-01',
      laborCapacity: 'FULL',
    });
    expect((await broker.gql(REGISTER_WORKER, { input: worker() })).errors?.[0].extensions).toMatchObject({ reason: 'ORGANIZATION_NOT_VERIFIED' });
    const listed = async () => ((await t.anonymous.ok(HELP, { r: '522731' })).registrationHelp.agencies as Array<{ id: string }>).map((a) => a.id);
    expect(await listed()).not.toContain(brokerId);
    await verifyOrganization(bureau, brokerId);
    expect(await listed()).toContain(brokerId);
    expect((await broker.ok(REGISTER_WORKER, { input: worker() })).registerWorker.id).toBeTruthy();

    const { caller: employer, organizationId: employerId } = await signUpOrganization(t, 'ENTERPRISE', '440306');
    const workerId = (await bureau.ok(REGISTER_WORKER, { input: worker() })).registerWorker.id;
    const postingId = await insertPosting({ organizationId: employerId, regionCode: '440306' });
    const late = { workerId, postingId, agencyId: brokerId, startDate: '2025-09-01', endDate: null, contractMonths: 12, reason: '2025 年经纪人输出台账' };
    const placement = (await bureau.ok(RECORD_LATE, { input: late })).recordHistoricalPlacement;
    for (const month of ['2025-09', '2025-10', '2025-11'])
      await employer.ok(CONFIRM, { input: { placementId: placement.id, month, employed: true, monthlyWage: 5200, socialInsurancePaid: true } });
    expect((await broker.ok(SUBMIT, { input: { placementId: placement.id, kind: 'TRACKING_SERVICE' } })).submitSubsidyClaim).toMatchObject({
      kind: 'TRACKING_SERVICE',
      status: 'SUBMITTED',
      beneficiaryOrganizationId: brokerId,
    });
  });
});
