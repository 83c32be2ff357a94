import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { acceptRegistration } from '../../support/accepted-workers.js';
import { signUpOrganization } from '../../support/organizations.js';
import { insertPosting, queryOne } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const WORKER_FIELDS = 'id categories categoriesVerified declaredCategories';
const REGISTER_WORKER = `mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { ${WORKER_FIELDS} } }`;
const WORKER = `query($id: ID!) { worker(id: $id) { ${WORKER_FIELDS} } }`;
const VERIFY = `mutation($input: VerifyWorkerCategoriesInput!) { verifyWorkerCategories(input: $input) { ${WORKER_FIELDS} } }`;
const SET_CATEGORIES = `mutation($input: SetWorkerCategoriesInput!) { setWorkerCategories(input: $input) { id } }`;
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';
const ELIGIBILITY = 'query($id: ID!) { subsidyEligibility(placementId: $id) { kind status amount reason } }';
const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id status } }';

function nameTag(): string {
  const characters = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
  return Array.from(randomUUID().replaceAll('-', '').slice(0, 6), (hex) => characters[parseInt(hex, 16)]).join('');
}

/**
 * Verified categories: 三类人员 come from the bureau's records. An agency's registration or ledger import only declares
 * them (DECLARED) until a bureau of the worker's jurisdiction verifies them; a bureau's own are verified at once.
 * Subsidies resting on a declared category wait (PENDING, 类别待核实).
 */
describe('verified categories: an agency declares, the bureau of the worker’s jurisdiction verifies', () => {
  let t: TestApp;
  let bureau: Caller; // 黔南州 bureau: the workers' hukou jurisdiction
  let elsewhere: Caller; // 昆明市 bureau
  let agent: Caller;
  let agentOrg: string;
  let employer: Caller;
  let employerOrg: string;

  const input = (extra: Record<string, unknown> = {}) => ({
    name: '杨阿妹',
    idNumber: randomIdNumber('522731'),
    hukouRegionCode: '522731',
    categories: ['POVERTY_ALLEVIATED'],
    categoriesSince: '2020-06-01',
    laborCapacity: 'FULL',
    ...extra,
  });

  async function upload(caller: Caller, name: string): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['姓名', '身份证号', '户籍区县代码', '人员类别', '劳动能力']);
    sheet.addRow([name, randomIdNumber('522731'), '522731', '脱贫人口', '全劳力']);
    const res = await t
      .http()
      .post('/imports/workers')
      .set('authorization', `Bearer ${caller.token ?? ''}`)
      .attach('file', Buffer.from(await workbook.xlsx.writeBuffer()), 'ledger.xlsx');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ imported: 1 });
  }

  const verifiedByName = (name: string) =>
    queryOne<{ verified: boolean; by_bureau: boolean }>(
      `SELECT bool_and(c.verified_at IS NOT NULL) AS verified, bool_and(c.verified_by IS NOT DISTINCT FROM w.registered_by) AS by_bureau
         FROM workers w JOIN worker_categories c ON c.worker_id = w.id WHERE w.name = $1`,
      [name],
    );

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    elsewhere = await t.signIn(await insertAccount('BUREAU', '530100'), TEST_PASSWORD);
    ({ caller: agent, organizationId: agentOrg } = await signUpOrganization(t, 'LABOR_AGENCY', '522731', { verifiedBy: bureau }));
    ({ caller: employer, organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', '440306'));
  });

  afterAll(() => t.close());

  it('marks an agency’s registration DECLARED and a bureau’s VERIFIED at once', async () => {
    const declared = (await agent.ok(REGISTER_WORKER, { input: input() })).registerWorker;
    expect(declared).toMatchObject({ categories: ['POVERTY_ALLEVIATED'], categoriesVerified: false, declaredCategories: ['POVERTY_ALLEVIATED'] });
    const verified = (await bureau.ok(REGISTER_WORKER, { input: input() })).registerWorker;
    expect(verified).toMatchObject({ categories: ['POVERTY_ALLEVIATED'], categoriesVerified: true, declaredCategories: [] });
  });

  it('marks an agency’s ledger import DECLARED and a bureau’s VERIFIED at once', async () => {
    const byAgency = `龙${nameTag()}`;
    const byBureau = `吴${nameTag()}`;
    await upload(agent, byAgency);
    await upload(bureau, byBureau);
    expect(await verifiedByName(byAgency)).toEqual({ verified: false, by_bureau: false });
    expect(await verifiedByName(byBureau)).toEqual({ verified: true, by_bureau: true });
  });

  it('only a bureau of the worker’s jurisdiction verifies, and the verification is audited', async () => {
    const worker = (await agent.ok(REGISTER_WORKER, { input: input({ categories: ['POVERTY_ALLEVIATED', 'RELOCATED'] }) })).registerWorker;
    const refused = await agent.gql(VERIFY, { input: { workerId: worker.id } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    expect(await elsewhere.errorCode(VERIFY, { input: { workerId: worker.id } })).toBe('FORBIDDEN');
    expect((await bureau.ok(WORKER, { id: worker.id })).worker.categoriesVerified).toBe(false);

    const verified = (await bureau.ok(VERIFY, { input: { workerId: worker.id } })).verifyWorkerCategories;
    expect(verified).toMatchObject({ categoriesVerified: true, declaredCategories: [] });
    expect((await agent.ok(WORKER, { id: worker.id })).worker.categoriesVerified).toBe(true);
    const audit = await queryOne<{ n: number; action: string }>(
      `SELECT count(*)::int AS n, min(action) AS action FROM audit_log WHERE subject_id = $1 AND action = 'worker.categories.verified'`,
      [worker.id],
    );
    expect(audit).toEqual({ n: 1, action: 'worker.categories.verified' });
    // Verifying again changes nothing and writes nothing.
    await bureau.ok(VERIFY, { input: { workerId: worker.id } });
    expect(
      (await queryOne<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = 'worker.categories.verified'`, [worker.id]))
        .n,
    ).toBe(1);
  });

  it('treats categories a bureau sets as verified', async () => {
    const worker = (await agent.ok(REGISTER_WORKER, { input: input() })).registerWorker;
    await bureau.ok(SET_CATEGORIES, { input: { id: worker.id, categories: ['POVERTY_ALLEVIATED', 'MONITORING_TARGET'], effectiveFrom: '2021-01-01' } });
    expect((await bureau.ok(WORKER, { id: worker.id })).worker).toMatchObject({ categoriesVerified: true, declaredCategories: [] });
  });

  it('keeps subsidies resting on a declared category PENDING (类别待核实) until the bureau verifies it', async () => {
    const username = uniqueUsername('w');
    const worker = (await agent.ok(REGISTER_WORKER, { input: input({ username, password: TEST_PASSWORD }) })).registerWorker;
    // Accepting a registration verifies its categories (issue 15, item 4); a worker accepted before that rule still
    // holds declared ones, as here.
    await acceptRegistration(bureau, worker.id);
    await queryOne('UPDATE worker_categories SET verified_at = NULL, verified_by = NULL WHERE worker_id = $1', [worker.id]);
    const workerCaller = await t.signIn(username, TEST_PASSWORD);
    const postingId = await insertPosting({ organizationId: employerOrg, regionCode: '440306' });
    const late = {
      workerId: worker.id,
      postingId,
      agencyId: agentOrg,
      startDate: '2025-09-01',
      endDate: null,
      contractMonths: 12,
      reason: '2025 年纸质务工台账',
    };
    const placementId = (await bureau.ok(RECORD_LATE, { input: late })).recordHistoricalPlacement.id;
    for (const month of ['2025-09', '2025-10', '2025-11'])
      await employer.ok(CONFIRM, { input: { placementId, month, employed: true, monthlyWage: 5200, socialInsurancePaid: true } });

    const byKind = async () =>
      Object.fromEntries(
        ((await bureau.ok(ELIGIBILITY, { id: placementId })).subsidyEligibility as Array<{ kind: string }>).map((a) => [a.kind, a]),
      ) as unknown as Record<string, { status: string; reason: string; amount: number | null }>;
    const before = await byKind();
    for (const kind of ['TRANSPORT', 'JOB_SEEKING', 'TRACKING_SERVICE']) {
      expect(before[kind].status).toBe('PENDING');
      expect(before[kind].reason).toContain('类别待核实');
    }
    const refused = await workerCaller.gql(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ELIGIBLE' });
    expect(refused.errors?.[0].message).toContain('类别待核实');

    await bureau.ok(VERIFY, { input: { workerId: worker.id } });
    const after = await byKind();
    expect(after.TRANSPORT).toMatchObject({ status: 'ELIGIBLE', amount: 500 });
    expect(after.JOB_SEEKING).toMatchObject({ status: 'ELIGIBLE', amount: 1000 });
    expect(after.TRACKING_SERVICE).toMatchObject({ status: 'ELIGIBLE', amount: 500 });
    expect((await workerCaller.ok(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } })).submitSubsidyClaim.status).toBe('SUBMITTED');
  });
});
