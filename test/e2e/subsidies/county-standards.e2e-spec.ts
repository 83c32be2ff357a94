import { signUpOrganization } from '../../support/organizations.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { recordLatePlacement } from '../../support/late-placement.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const COUNTY = '522726'; // 独山县: no other suite places anyone from here
const POLICIES = 'query { subsidyPolicies(provinceCode: "520000") { id version rules } }';
const SET = 'mutation($input: SetCountySubsidyStandardInput!) { setCountySubsidyStandard(input: $input) { id countyCode ruleIndex amount validFrom } }';
const LIST =
  'query($policyId: ID!, $countyCode: String) { countySubsidyStandards(policyId: $policyId, countyCode: $countyCode) { countyCode ruleIndex amount validFrom } }';
const ELIGIBILITY = 'query($id: ID!) { subsidyEligibility(placementId: $id) { kind status amount reason } }';
const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { amount } }';

/** 具体补助标准由各地结合实际制定: a county pays its own amount under the province's cap. */
describe('county standards', () => {
  let t: TestApp;
  let county: Caller;
  let neighbour: Caller;
  let employer: Caller;
  let employerOrg: string;
  let policyId: string;
  let transportRule: number;

  async function placement(startDate: string, months: string[]): Promise<string> {
    const late = { bureau: county, employer, employerOrganizationId: employerOrg, county: COUNTY, name: '莫阿花', startDate, months };
    return (await recordLatePlacement(late)).placementId;
  }

  const transportOf = async (id: string) => (await county.ok(ELIGIBILITY, { id })).subsidyEligibility.find((a: { kind: string }) => a.kind === 'TRANSPORT');

  beforeAll(async () => {
    t = await startTestApp();
    county = await t.signIn(await insertAccount('BUREAU', COUNTY), TEST_PASSWORD);
    neighbour = await t.signIn(await insertAccount('BUREAU', '522731'), TEST_PASSWORD);
    ({ caller: employer, organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', '440306', { name: '深圳县级标准测试厂' }));
    const v1 = (await county.ok(POLICIES)).subsidyPolicies.find((p: { version: string }) => p.version === '1');
    policyId = v1.id;
    transportRule = (v1.rules as Array<{ kind: string }>).findIndex((r) => r.kind === 'TRANSPORT');
  }, 60_000);

  afterAll(() => t.close());

  it('pays the county’s amount from its first day on, and a claim keeps it', async () => {
    const before = await placement('2025-06-01', ['2025-06', '2025-07', '2025-08']);
    const after = await placement('2025-09-01', ['2025-09', '2025-10', '2025-11']);
    const input = { policyId, ruleIndex: transportRule, countyCode: COUNTY, amount: 300, validFrom: '2025-07-01' };
    expect((await county.ok(SET, { input })).setCountySubsidyStandard).toMatchObject({ countyCode: COUNTY, amount: 300, validFrom: '2025-07-01' });

    expect(await transportOf(before)).toMatchObject({ status: 'ELIGIBLE', amount: 500 });
    const transport = await transportOf(after);
    expect(transport).toMatchObject({ status: 'ELIGIBLE', amount: 300 });
    expect(transport.reason).toContain('按县级标准 300 元（省定上限 500 元）');
    expect((await county.ok(SUBMIT, { input: { placementId: after, kind: 'TRANSPORT' } })).submitSubsidyClaim.amount).toBe(300);

    // Setting the same day again replaces the amount; the list shows one standard.
    await county.ok(SET, { input: { ...input, amount: 400 } });
    expect((await county.ok(LIST, { policyId, countyCode: COUNTY })).countySubsidyStandards).toEqual([
      { countyCode: COUNTY, ruleIndex: transportRule, amount: 400, validFrom: '2025-07-01' },
    ]);
  });

  it('refuses an amount above the province’s cap, a rule the version lacks and a day outside it, naming each field', async () => {
    const base = { policyId, ruleIndex: transportRule, countyCode: COUNTY, amount: 300, validFrom: '2025-07-01' };
    const above = await county.gql(SET, { input: { ...base, amount: 600 } });
    expect(above.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COUNTY_STANDARD_ABOVE_CAP', fields: ['amount'] });
    expect(above.errors?.[0].message).toContain('省定上限 500 元');
    const noRule = await county.gql(SET, { input: { ...base, ruleIndex: 99 } });
    expect(noRule.errors?.[0].extensions).toMatchObject({ reason: 'COUNTY_STANDARD_NO_SUCH_RULE' });
    const outside = await county.gql(SET, { input: { ...base, validFrom: '2026-03-01' } });
    expect(outside.errors?.[0].extensions).toMatchObject({ reason: 'COUNTY_STANDARD_OUTSIDE_POLICY' });
    const both = await county.gql(SET, { input: { ...base, amount: 600, validFrom: '2026-03-01' } });
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['amount', 'validFrom'] });
  });

  it('is set only by a bureau covering the county', async () => {
    const input = { policyId, ruleIndex: transportRule, countyCode: COUNTY, amount: 100, validFrom: '2025-08-01' };
    expect(await neighbour.errorCode(SET, { input })).toBe('FORBIDDEN');
    expect(await employer.errorCode(SET, { input })).toBe('FORBIDDEN');
    expect((await county.ok(LIST, { policyId, countyCode: COUNTY })).countySubsidyStandards).toHaveLength(1);
  });
});
