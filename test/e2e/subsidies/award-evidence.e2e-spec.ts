import { randomIdNumber } from '@app/testing';
import { signUpOrganization } from '../../support/organizations.js';
import { insertPosting } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';
const EVIDENCE = `query($id: ID!, $year: Int) { organizationAwardEvidence(organizationId: $id, year: $year) {
  organizationId year from to hires hiresOfThreeCategories stablyEmployed inWorkAtEnd retention } }`;

/** YYYY-MM of each month from `from` to `to`, both included. */
function months(from: string, to: string): string[] {
  const result: string[] = [];
  for (let [y, m] = from.split('-').map(Number); `${y}-${String(m).padStart(2, '0')}` <= to; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    result.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return result;
}

/**
 * The evidence a bureau weighs before an award (issue 16): a workshop's hires of 三类人员 in a year, those stably
 * employed 6+ months and those still there, counted by the subsidy engine's own rules; for the bureau of the
 * workshop's region only, counts and never a person.
 */
describe('organizationAwardEvidence', () => {
  let t: TestApp;
  let bureau: Caller; // 黔南州
  let elsewhere: Caller; // 遵义市
  let workshop: { caller: Caller; organizationId: string };
  const county = '522731';

  async function placed(name: string, categoriesSince: string, startDate: string, confirmed: string[], endDate?: string): Promise<void> {
    const input = {
      name,
      idNumber: randomIdNumber(county),
      hukouRegionCode: county,
      categories: ['POVERTY_ALLEVIATED'],
      categoriesSince,
      laborCapacity: 'FULL',
    };
    const workerId = (await bureau.ok(REGISTER_WORKER, { input })).registerWorker.id;
    const postingId = await insertPosting({ organizationId: workshop.organizationId, regionCode: county, kind: 'WORKSHOP' });
    const ended = endDate ? { endDate, endReason: 'RETURNED_HOME' } : {};
    const late = { workerId, postingId, startDate, contractMonths: 12, reason: '车间用工台账补录', ...ended };
    const placementId = (await bureau.ok(RECORD_LATE, { input: late })).recordHistoricalPlacement.id;
    for (const month of confirmed)
      await workshop.caller.ok(CONFIRM, { input: { placementId, month, employed: true, monthlyWage: 2600, socialInsurancePaid: false } });
  }

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY: 'false' });
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    elsewhere = await t.signIn(await insertAccount('BUREAU', '520300'), TEST_PASSWORD);
    workshop = await signUpOrganization(t, 'WORKSHOP', county, { name: '惠水县奖补证据测试车间', verifiedBy: bureau });
    await placed('韦阿香', '2020-06-01', '2025-03-01', months('2025-03', '2025-10')); // 8 months, still there
    await placed('罗小明', '2020-06-01', '2025-05-01', months('2025-05', '2025-08'), '2025-08-31'); // 4 months, went home
    await placed('吴阿秀', '2025-10-01', '2025-04-01', months('2025-04', '2025-06')); // not yet 三类 when hired
    await placed('杨国强', '2020-06-01', '2024-06-01', []); // a hire of 2024
  }, 120_000);

  afterAll(() => t.close());

  it('counts a year’s hires, the 三类人员 among them, those stably employed 6+ months and those still there', async () => {
    const { organizationAwardEvidence } = await bureau.ok(EVIDENCE, { id: workshop.organizationId, year: 2025 });
    expect(organizationAwardEvidence).toEqual({
      organizationId: workshop.organizationId,
      year: 2025,
      from: '2025-01-01',
      to: '2025-12-31',
      hires: 3,
      hiresOfThreeCategories: 2,
      stablyEmployed: 1,
      inWorkAtEnd: 1,
      retention: 0.5,
    });
    const earlier = (await bureau.ok(EVIDENCE, { id: workshop.organizationId, year: 2024 })).organizationAwardEvidence;
    expect(earlier).toMatchObject({ hires: 1, hiresOfThreeCategories: 1, stablyEmployed: 0, inWorkAtEnd: 1, retention: 1 });
  });

  it('reads last year when no year is given, and refuses a year that has not begun, in Chinese', async () => {
    const lastYear = new Date().getFullYear() - 1;
    const { organizationAwardEvidence } = await bureau.ok(EVIDENCE, { id: workshop.organizationId });
    expect(organizationAwardEvidence.year).toBe(lastYear);
    const future = await bureau.gql(EVIDENCE, { id: workshop.organizationId, year: lastYear + 5 });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(future.errors?.[0].message).toContain('年份须在 2016 到');
  });

  it('is for the bureau of the organisation’s region only', async () => {
    const other = await elsewhere.gql(EVIDENCE, { id: workshop.organizationId, year: 2025 });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_JURISDICTION' });
    const own = await workshop.caller.gql(EVIDENCE, { id: workshop.organizationId, year: 2025 });
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
