import { randomCreditCode, uniqueUsername } from '@app/testing';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { startTestApp, type Caller, type TestApp } from '../../support/test-app.js';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken account { id role regionCode } } }';
const ME = '{ me { id username role regionCode organizationId workerId } }';
const CREATE_ACCOUNT = 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id role regionCode } }';
const REGISTER_ORG = `mutation($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { accessToken account { id role organizationId regionCode } } }`;
const VERIFY_ORG = 'mutation($id: ID!) { verifyOrganization(id: $id) { id verified verifiedAt } }';

function organization(overrides: Record<string, unknown> = {}) {
  return {
    name: '贵州黔南就业帮扶车间',
    kind: 'WORKSHOP',
    creditCode: randomCreditCode('522701'),
    regionCode: '522701',
    smallOrMicro: true,
    location: { lat: 26.25, lng: 107.52 },
    username: uniqueUsername('org'),
    password: TEST_PASSWORD,
    ...overrides,
  };
}

describe('accounts and access', () => {
  let t: TestApp;
  let admin: Caller;
  let cityBureau: Caller;
  let cityBureauName: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
    cityBureauName = await insertAccount('BUREAU', '520100');
    cityBureau = await t.signIn(cityBureauName, TEST_PASSWORD);
  });

  afterAll(() => t.close());

  describe('login', () => {
    it('issues a token for the right password and the token identifies the account', async () => {
      const data = await t.anonymous.ok(LOGIN, { input: { username: cityBureauName, password: TEST_PASSWORD } });
      expect(data.login.account).toMatchObject({ role: 'BUREAU', regionCode: '520100' });
      const me = await cityBureau.ok(ME);
      expect(me.me).toMatchObject({ username: cityBureauName, role: 'BUREAU', regionCode: '520100' });
    });

    it('refuses a wrong password and an unknown user alike, with UNAUTHENTICATED', async () => {
      const wrong = await t.anonymous.gql(LOGIN, { input: { username: cityBureauName, password: 'wrong-password' } });
      const unknown = await t.anonymous.gql(LOGIN, { input: { username: 'nobody_here', password: 'wrong-password' } });
      expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(unknown.errors?.[0]).toMatchObject({ message: wrong.errors?.[0].message, extensions: { code: 'UNAUTHENTICATED' } });
    });

    it('treats user names case-insensitively', async () => {
      const data = await t.anonymous.ok(LOGIN, { input: { username: cityBureauName.toUpperCase(), password: TEST_PASSWORD } });
      expect(data.login.account.role).toBe('BUREAU');
    });
  });

  describe('the global guard', () => {
    it('refuses a protected query to an anonymous caller', async () => {
      expect(await t.anonymous.errorCode(ME)).toBe('UNAUTHENTICATED');
    });

    it('refuses a forged or expired token', async () => {
      const res = await t.http().post('/graphql').set('authorization', 'Bearer not.a.token').send({ query: ME });
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a role the operation does not name, with FORBIDDEN', async () => {
      const signedUp = await t.anonymous.ok(REGISTER_ORG, { input: organization({ kind: 'ENTERPRISE', smallOrMicro: false }) });
      const res = await t
        .http()
        .post('/graphql')
        .set('authorization', `Bearer ${signedUp.registerOrganization.accessToken}`)
        .send({
          query: CREATE_ACCOUNT,
          variables: { input: { username: uniqueUsername('x'), password: TEST_PASSWORD, role: 'BUREAU', regionCode: '520102' } },
        });
      expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('createAccount', () => {
    const bureauInput = (regionCode: string) => ({ username: uniqueUsername('bureau'), password: TEST_PASSWORD, role: 'BUREAU', regionCode });

    it('lets ADMIN create a province bureau', async () => {
      const data = await admin.ok(CREATE_ACCOUNT, { input: bureauInput('520000') });
      expect(data.createAccount).toMatchObject({ role: 'BUREAU', regionCode: '520000' });
    });

    it('lets a city bureau create a county bureau inside its jurisdiction', async () => {
      const input = bureauInput('520102');
      const data = await cityBureau.ok(CREATE_ACCOUNT, { input });
      expect(data.createAccount).toMatchObject({ role: 'BUREAU', regionCode: '520102' });
      const county = await t.signIn(input.username, TEST_PASSWORD);
      expect((await county.ok(ME)).me.regionCode).toBe('520102');
    });

    it('refuses a city bureau a county of another city, and its own province', async () => {
      expect(await cityBureau.errorCode(CREATE_ACCOUNT, { input: bureauInput('530102') })).toBe('FORBIDDEN');
      expect(await cityBureau.errorCode(CREATE_ACCOUNT, { input: bureauInput('520000') })).toBe('FORBIDDEN');
    });

    it('refuses a bureau creating an ADMIN', async () => {
      const input = { ...bureauInput('520102'), role: 'ADMIN' };
      expect(await cityBureau.errorCode(CREATE_ACCOUNT, { input })).toBe('FORBIDDEN');
    });

    it('names the field of an unknown or malformed region code', async () => {
      const unknown = await admin.gql(CREATE_ACCOUNT, { input: bureauInput('999999') });
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['regionCode'] });
      const malformed = await admin.gql(CREATE_ACCOUNT, { input: bureauInput('52-01') });
      expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['regionCode'] });
      expect(malformed.errors?.[0].message).toContain('regionCode');
    });

    it('names every failing field at once', async () => {
      const result = await admin.gql(CREATE_ACCOUNT, { input: { username: 'x', password: 'short', role: 'BUREAU', regionCode: 'abc' } });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining(['username', 'password', 'regionCode']));
    });

    it('refuses a taken username with CONFLICT', async () => {
      expect(await admin.errorCode(CREATE_ACCOUNT, { input: { ...bureauInput('520102'), username: cityBureauName } })).toBe('CONFLICT');
    });
  });

  describe('registerOrganization and verifyOrganization', () => {
    it('signs up an employer with its first account, and an agency with an AGENT account', async () => {
      const employer = await t.anonymous.ok(REGISTER_ORG, { input: organization() });
      expect(employer.registerOrganization.account).toMatchObject({ role: 'EMPLOYER', regionCode: '522701' });
      expect(employer.registerOrganization.account.organizationId).toBeTruthy();
      const agency = await t.anonymous.ok(REGISTER_ORG, { input: organization({ kind: 'LABOR_AGENCY', name: '黔南劳务合作社' }) });
      expect(agency.registerOrganization.account.role).toBe('AGENT');
    });

    it('refuses a credit code with a wrong check character, naming the field', async () => {
      const good = randomCreditCode('522701');
      const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
      const result = await t.anonymous.gql(REGISTER_ORG, { input: organization({ creditCode: bad }) });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['creditCode'] });
    });

    it('refuses a second registration of the same credit code, and leaves no account behind', async () => {
      const input = organization();
      await t.anonymous.ok(REGISTER_ORG, { input });
      const again = { ...input, username: uniqueUsername('again') };
      expect(await t.anonymous.errorCode(REGISTER_ORG, { input: again })).toBe('CONFLICT');
      expect(await t.anonymous.errorCode(LOGIN, { input: { username: again.username, password: TEST_PASSWORD } })).toBe('UNAUTHENTICATED');
    });

    it('refuses a province or city as the registered region', async () => {
      const result = await t.anonymous.gql(REGISTER_ORG, { input: organization({ regionCode: '522700' }) });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['regionCode'] });
    });

    it('lets the bureau of the region verify, and refuses bureaus elsewhere and the employer itself', async () => {
      const input = organization();
      const signedUp = await t.anonymous.ok(REGISTER_ORG, { input });
      const id = signedUp.registerOrganization.account.organizationId;
      const employer = await t.signIn(input.username, input.password);
      expect(await employer.errorCode(VERIFY_ORG, { id })).toBe('FORBIDDEN');
      expect(await cityBureau.errorCode(VERIFY_ORG, { id })).toBe('FORBIDDEN');
      const qiannan = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
      const data = await qiannan.ok(VERIFY_ORG, { id });
      expect(data.verifyOrganization).toMatchObject({ id, verified: true });
      expect(data.verifyOrganization.verifiedAt).toBeTruthy();
    });
  });
});
