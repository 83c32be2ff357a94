import { randomCreditCode, uniqueUsername } from '@app/testing';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';
import { Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const HIRE = 'mutation($input: HireInput!) { hire(input: $input) { id } }';
const POSTING = 'query($id: ID!) { posting(id: $id) { id } }';
const REGISTER_ORG = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken account { role } } }';
const HAN = /\p{Script=Han}/u;

interface Problem {
  field: string;
  reason: string;
  message: string;
}

/** A posting with seven things wrong at once, shape problems and rule problems mixed. */
const BAD_POSTING = {
  kind: 'EAST_WEST',
  title: '工',
  description: '流水线装配',
  regionCode: '440306',
  location: { lat: 60, lng: 113.9 },
  wageMin: 9000,
  wageMax: 6000,
  headcount: 0,
  contractMonths: 12,
  partnerRegionCodes: [],
  validUntil: '2026-02-30',
};

describe('errors speak the user’s language and name every failing field', () => {
  let t: TestApp;
  let employer: Caller;

  async function post(token: string | undefined, query: string, variables: Record<string, unknown>, language?: string) {
    const req = t.http().post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    if (language) req.set('accept-language', language);
    const res = await req.send({ query, variables });
    return res.body.errors?.[0] as { message: string; extensions: { code: string; reason: string; fields?: string[]; problems?: Problem[] } };
  }

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY: 'false' });
    const data = await t.anonymous.ok(REGISTER_ORG, {
      input: {
        name: '深圳市宝安区某电子有限公司',
        kind: 'ENTERPRISE',
        creditCode: randomCreditCode('440306'),
        regionCode: '440306',
        username: uniqueUsername('err'),
        password: TEST_PASSWORD,
      },
    });
    employer = new Caller(t.app, data.registerOrganization.accessToken, data.registerOrganization.account.role);
  });
  afterAll(() => t.close());

  it('answers a bad createPosting in Chinese, with every failing field and its own message', async () => {
    const error = await post(employer.token, CREATE, { input: BAD_POSTING });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.reason).toBe('INVALID_INPUT');
    expect(error.message).toMatch(HAN);
    expect(error.extensions.fields).toEqual(expect.arrayContaining(['title', 'location.lat', 'wageMin', 'headcount', 'partnerRegionCodes', 'validUntil']));
    for (const problem of error.extensions.problems ?? []) expect(problem.message).toMatch(HAN);
    expect(error.extensions.problems).toContainEqual({ field: 'wageMin', reason: 'WAGE_RANGE_REVERSED', message: '最低工资不能高于最高工资' });
  });

  it('answers in English when the request asks for it', async () => {
    const error = await post(employer.token, CREATE, { input: BAD_POSTING }, 'en-US,en;q=0.9');
    expect(error.message).not.toMatch(HAN);
    expect(error.extensions.problems).toContainEqual({ field: 'wageMin', reason: 'WAGE_RANGE_REVERSED', message: 'wageMin must not exceed wageMax' });
  });

  it('refuses an impossible hire start date as BAD_USER_INPUT naming startDate', async () => {
    const error = await post(employer.token, HIRE, {
      input: { applicationId: '00000000-0000-4000-8000-000000000001', startDate: '2025-02-30', contractMonths: 12 },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE', fields: ['startDate'] });
    expect(error.message).toContain('startDate');
    expect(error.message).toMatch(HAN);
  });

  it('names the posting reason when a posting does not exist', async () => {
    const error = await post(employer.token, POSTING, { id: '00000000-0000-4000-8000-000000000002' });
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'POSTING_NOT_FOUND' });
    expect(error.message).toBe('找不到该岗位');
  });

  it('says which role is needed when a role is refused', async () => {
    const error = await post(undefined, CREATE, { input: BAD_POSTING });
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED' });
    expect(error.message).toBe('请先登录');
  });

  it('refuses a forged cursor as BAD_USER_INPUT naming the argument', async () => {
    const error = await post(employer.token, 'query { postings(first: 5, after: "bm90LWEtY3Vyc29y") { totalCount } }', {});
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR', fields: ['after'] });
  });
});
