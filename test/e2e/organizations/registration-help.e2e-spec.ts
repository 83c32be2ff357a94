import pg from 'pg';
import { randomCreditCode, uniqueUsername } from '@app/testing';
import { verifyOrganization } from '../../support/organizations.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_ORG = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken account { role organizationId } } }';
const HELP = `query($code: String!) { registrationHelp(regionCode: $code) {
  county { code name fullName level } agencyLimit agencies { id name kind contactPhone address }
} }`;
const UPDATE_CONTACT = 'mutation($input: UpdateOrganizationContactInput!) { updateOrganizationContact(input: $input) { id contactPhone address } }';
const ORGANIZATION = 'query($id: ID!) { organization(id: $id) { id contactPhone address } }';

type Agency = { id: string; name: string; kind: string; contactPhone: string | null; address: string | null };

/** 龙山县 (湘西州) and 冕宁县 (凉山州): counties no other suite uses. */
const LONGSHAN = '433130';
const MIANNING = '513433';

/**
 * registrationHelp (issue 17): where a person without an account goes to be registered, for anyone, signed in or not:
 * the county and its verified agencies with their published contact (contactPhone, address, new on Organization).
 */
describe('registrationHelp and organisation contact', () => {
  let t: TestApp;
  let bureau: Caller; // 龙山县
  let otherBureau: Caller; // 冕宁县
  const org: Record<string, { id: string; caller: Caller }> = {};

  async function register(name: string, kind: string, regionCode: string, contact: Record<string, unknown> = {}) {
    const username = uniqueUsername('help');
    const data = await t.anonymous.ok(REGISTER_ORG, {
      input: { name, kind, creditCode: randomCreditCode(regionCode), regionCode, smallOrMicro: false, username, password: TEST_PASSWORD, ...contact },
    });
    return { id: data.registerOrganization.account.organizationId as string, caller: await t.signIn(username, TEST_PASSWORD) };
  }

  const help = async (code: string, caller?: Caller) =>
    (await (caller ?? t.anonymous).ok<{ registrationHelp: Record<string, any> }>(HELP, { code })).registrationHelp;
  const mine = (agencies: Agency[]) => agencies.filter((a) => Object.values(org).some((o) => o.id === a.id));

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', LONGSHAN), TEST_PASSWORD);
    otherBureau = await t.signIn(await insertAccount('BUREAU', MIANNING), TEST_PASSWORD);
    org.labor = await register('龙山县民安劳务有限公司', 'LABOR_AGENCY', LONGSHAN, {
      contactPhone: ' 0743-6221234 ',
      address: '湖南省龙山县民安街道华塘路 18 号',
    });
    org.hr = await register('龙山县人力资源服务有限公司', 'HR_AGENCY', LONGSHAN);
    org.unverified = await register('龙山县未核验劳务公司', 'LABOR_AGENCY', LONGSHAN, { contactPhone: '0743-6000000' });
    org.employer = await register('龙山县百合食品厂', 'ENTERPRISE', LONGSHAN, { contactPhone: '0743-6111111' });
    org.elsewhere = await register('冕宁县劳务服务公司', 'LABOR_AGENCY', MIANNING, { contactPhone: '0834-6111111' });
    for (const key of ['labor', 'hr', 'employer']) await verifyOrganization(bureau, org[key].id);
    await verifyOrganization(otherBureau, org.elsewhere.id);
  }, 120_000);

  afterAll(() => t.close());

  it('lists, for anyone, the county and its verified agencies with their published contact, by name (人 before 民)', async () => {
    const answer = await help(LONGSHAN);
    expect(answer.county).toEqual({ code: LONGSHAN, name: '龙山县', fullName: expect.stringContaining('湘西土家族苗族自治州'), level: 'COUNTY' });
    expect(answer.agencyLimit).toBe(50);
    expect(mine(answer.agencies)).toEqual([
      { id: org.hr.id, name: '龙山县人力资源服务有限公司', kind: 'HR_AGENCY', contactPhone: null, address: null },
      { id: org.labor.id, name: '龙山县民安劳务有限公司', kind: 'LABOR_AGENCY', contactPhone: '0743-6221234', address: '湖南省龙山县民安街道华塘路 18 号' },
    ]);
    // Signed in, the same answer.
    expect(mine((await help(LONGSHAN, org.employer.caller)).agencies).map((a) => a.id)).toEqual([org.hr.id, org.labor.id]);
  });

  it('never lists an unverified agency, an employer, or an agency of another county', async () => {
    const ids = (await help(LONGSHAN)).agencies.map((a: Agency) => a.id);
    expect(ids).not.toContain(org.unverified.id);
    expect(ids).not.toContain(org.employer.id);
    expect(ids).not.toContain(org.elsewhere.id);
    expect(mine((await help(MIANNING)).agencies).map((a) => a.id)).toEqual([org.elsewhere.id]);
    // Once the bureau verifies it, it is listed.
    await verifyOrganization(bureau, org.unverified.id);
    expect((await help(LONGSHAN)).agencies.map((a: Agency) => a.id)).toContain(org.unverified.id);
  });

  it('answers at most 50 agencies', async () => {
    // 51 verified agencies straight into the database (the API path is tested above): 冕宁县 is this suite's own.
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      for (let i = 0; i < 51; i++) {
        await client.query(`INSERT INTO organizations (name, kind, credit_code, region_code, verified_at) VALUES ($1, 'HR_AGENCY', $2, $3, now())`, [
          `冕宁县测试人力资源公司${String(i).padStart(2, '0')}`,
          randomCreditCode(MIANNING),
          MIANNING,
        ]);
      }
    } finally {
      await client.end();
    }
    const agencies: Agency[] = (await help(MIANNING)).agencies;
    expect(agencies).toHaveLength(50);
    const names = agencies.map((a) => a.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('refuses a province, a city or an unknown code, naming regionCode in Chinese', async () => {
    for (const [code, reason] of [
      ['430000', 'NOT_A_COUNTY'],
      ['433100', 'NOT_A_COUNTY'],
      ['439999', 'UNKNOWN_REGION'],
    ]) {
      const result = await t.anonymous.gql(HELP, { code });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['regionCode'] });
      const problems = result.errors?.[0].extensions?.problems as Array<{ field: string; reason: string; message: string }>;
      expect(problems).toEqual([{ field: 'regionCode', reason, message: expect.stringMatching(/[\u4e00-\u9fff]/) }]);
    }
  });

  it('checks contactPhone and address at sign-up, every problem at once, in Chinese', async () => {
    const result = await t.anonymous.gql(REGISTER_ORG, {
      input: {
        name: '龙山县错误电话劳务公司',
        kind: 'LABOR_AGENCY',
        creditCode: randomCreditCode(LONGSHAN),
        regionCode: LONGSHAN,
        smallOrMicro: false,
        username: uniqueUsername('help'),
        password: TEST_PASSWORD,
        contactPhone: '0743 622 1234',
        address: '号',
      },
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const problems = result.errors?.[0].extensions?.problems as Array<{ field: string; reason: string; message: string }>;
    expect(problems.map((p) => [p.field, p.reason])).toEqual([
      ['contactPhone', 'CONTACT_PHONE_FORMAT'],
      ['address', 'ADDRESS_LENGTH'],
    ]);
    for (const p of problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
    for (const phone of ['12345', '0743--6221234', '-07436221234', '0'.repeat(21), '０７４３６２２１２３４']) {
      const bad = await t.anonymous.gql(REGISTER_ORG, {
        input: {
          name: '龙山县另一劳务公司',
          kind: 'LABOR_AGENCY',
          creditCode: randomCreditCode(LONGSHAN),
          regionCode: LONGSHAN,
          username: uniqueUsername('help'),
          password: TEST_PASSWORD,
          contactPhone: phone,
        },
      });
      expect(bad.errors?.[0].extensions?.fields).toEqual(['contactPhone']);
    }
  });

  it('lets the organisation and a bureau of its region edit the contact; nobody else', async () => {
    const { labor } = org;
    // The agency itself: a field left out stays, null clears.
    const changed = await labor.caller.ok(UPDATE_CONTACT, { input: { organizationId: labor.id, contactPhone: '13800138000' } });
    expect(changed.updateOrganizationContact).toEqual({ id: labor.id, contactPhone: '13800138000', address: '湖南省龙山县民安街道华塘路 18 号' });
    const cleared = await labor.caller.ok(UPDATE_CONTACT, { input: { organizationId: labor.id, address: null } });
    expect(cleared.updateOrganizationContact).toEqual({ id: labor.id, contactPhone: '13800138000', address: null });
    // The county bureau.
    const byBureau = await bureau.ok(UPDATE_CONTACT, { input: { organizationId: labor.id, contactPhone: '0743-6221234', address: '龙山县华塘路 18 号' } });
    expect(byBureau.updateOrganizationContact).toEqual({ id: labor.id, contactPhone: '0743-6221234', address: '龙山县华塘路 18 号' });
    expect((await labor.caller.ok(ORGANIZATION, { id: labor.id })).organization).toEqual(byBureau.updateOrganizationContact);
    expect(mine((await help(LONGSHAN)).agencies).find((a) => a.id === labor.id)).toMatchObject({ contactPhone: '0743-6221234', address: '龙山县华塘路 18 号' });

    // Another organisation, another county's bureau, anonymous: refused, nothing changed.
    for (const caller of [org.employer.caller, otherBureau]) {
      const refused = await caller.gql(UPDATE_CONTACT, { input: { organizationId: labor.id, contactPhone: '0743-6999999' } });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORGANIZATION_HIDDEN' });
    }
    expect(await t.anonymous.errorCode(UPDATE_CONTACT, { input: { organizationId: labor.id, contactPhone: '0743-6999999' } })).toBe('UNAUTHENTICATED');
    const invalid = await labor.caller.gql(UPDATE_CONTACT, { input: { organizationId: labor.id, contactPhone: 'call me', address: '路\n18 号' } });
    expect(invalid.errors?.[0].extensions?.fields).toEqual(['contactPhone', 'address']);
    expect((await bureau.ok(ORGANIZATION, { id: labor.id })).organization.contactPhone).toBe('0743-6221234');
  });
});
