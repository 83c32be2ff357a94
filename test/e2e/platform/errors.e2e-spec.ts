import { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername } from '@app/testing';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const HIRE = 'mutation($input: HireInput!) { hire(input: $input) { id } }';
const POSTING = 'query($id: ID!) { posting(id: $id) { id } }';
const REGISTER_ORG = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken account { role } } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const WORKER = 'query($id: ID!) { worker(id: $id) { id } }';
const ORGANIZATION = 'query($id: ID!) { organization(id: $id) { id } }';
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

/** The same ID number with its check character changed: wrong, without being anyone's. */
function withWrongCheckCharacter(id: string): string {
  return id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
}

/** A worker registration with seven fields wrong at once: shapes, ID number, region, dates, categories. */
function badWorker() {
  return {
    name: '   ',
    idNumber: withWrongCheckCharacter(randomIdNumber('520102')),
    phone: '0851-1234',
    hukouRegionCode: '999999',
    categories: [],
    categoriesSince: '2025-02-30',
    laborCapacity: 'FULL',
    expectedMonthlyWage: -100,
  };
}
const BAD_WORKER_FIELDS = ['name', 'idNumber', 'hukouRegionCode', 'phone', 'expectedMonthlyWage', 'categories', 'categoriesSince'];

function organizationInput(overrides: Record<string, unknown> = {}) {
  return {
    name: '深圳市宝安区某电子有限公司',
    kind: 'ENTERPRISE',
    creditCode: randomCreditCode('440306'),
    regionCode: '440306',
    username: uniqueUsername('err'),
    password: TEST_PASSWORD,
    ...overrides,
  };
}

describe('errors speak the user’s language and name every failing field', () => {
  let t: TestApp;
  let employer: Caller;
  let bureau: Caller;

  async function post(token: string | undefined, query: string, variables: Record<string, unknown>, language?: string) {
    const req = t.http().post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    if (language) req.set('accept-language', language);
    const res = await req.send({ query, variables });
    return res.body.errors?.[0] as { message: string; extensions: { code: string; reason: string; fields?: string[]; problems?: Problem[] } };
  }

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY: 'false' });
    const data = await t.anonymous.ok(REGISTER_ORG, { input: organizationInput() });
    employer = new Caller(t.app, data.registerOrganization.accessToken, data.registerOrganization.account.role);
    bureau = await t.signIn(await insertAccount('BUREAU', '520100'), TEST_PASSWORD);
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

  it('answers a registerWorker with seven problems with all seven fields, each in Chinese', async () => {
    const error = await post(bureau.token, REGISTER_WORKER, { input: badWorker() });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(error.extensions.fields).toHaveLength(7);
    expect(error.extensions.fields).toEqual(expect.arrayContaining(BAD_WORKER_FIELDS));
    expect(error.message).toMatch(/^有 7 处输入需要修改/);
    for (const problem of error.extensions.problems ?? []) expect(problem.message).toMatch(HAN);
    expect(error.extensions.problems).toEqual(
      expect.arrayContaining([
        { field: 'idNumber', reason: 'ID_NUMBER_CHECK_CHARACTER', message: '身份证号码校验位不符，可能有数字录错' },
        { field: 'hukouRegionCode', reason: 'UNKNOWN_REGION', message: '没有这个行政区划代码' },
        { field: 'categoriesSince', reason: 'INVALID_DATE', message: expect.stringContaining('YYYY-MM-DD') },
        { field: 'phone', reason: 'PHONE_FORMAT', message: expect.stringContaining('11 位') },
        { field: 'name', reason: 'NAME_REQUIRED', message: '请填写姓名' },
        { field: 'categories', reason: 'CATEGORIES_REQUIRED', message: '至少选择一个人员类别' },
        { field: 'expectedMonthlyWage', reason: 'TOO_SMALL', message: '不能小于 0' },
      ]),
    );
  });

  it('answers the same registration in English when the request asks for it', async () => {
    const error = await post(bureau.token, REGISTER_WORKER, { input: badWorker() }, 'en');
    expect(error.extensions.fields).toHaveLength(7);
    expect(error.message).not.toMatch(HAN);
    for (const problem of error.extensions.problems ?? []) expect(problem.message).not.toMatch(HAN);
    expect(error.extensions.problems).toContainEqual({
      field: 'idNumber',
      reason: 'ID_NUMBER_CHECK_CHARACTER',
      message: 'the check character of idNumber does not match: a digit may be mistyped',
    });
  });

  it('names the field a CONFLICT is about, and nothing about who holds the value', async () => {
    const first = organizationInput();
    await t.anonymous.ok(REGISTER_ORG, { input: first });
    const username = await post(undefined, REGISTER_ORG, { input: organizationInput({ username: first.username }) });
    expect(username.extensions).toMatchObject({ code: 'CONFLICT', reason: 'USERNAME_TAKEN', fields: ['username'] });
    expect(username.message).toBe('该用户名已被使用，请换一个');
    const creditCode = await post(undefined, REGISTER_ORG, { input: organizationInput({ creditCode: first.creditCode }) });
    expect(creditCode.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CREDIT_CODE_TAKEN', fields: ['creditCode'] });
    expect(creditCode.message).toMatch(HAN);
    expect(creditCode.message).not.toContain(first.creditCode);

    const worker = {
      name: '王五',
      idNumber: randomIdNumber('520102'),
      phone: randomMobile(),
      hukouRegionCode: '520102',
      categories: ['POVERTY_ALLEVIATED'],
      laborCapacity: 'FULL',
    };
    await bureau.ok(REGISTER_WORKER, { input: worker });
    const again = await post(bureau.token, REGISTER_WORKER, { input: { ...worker, name: '王六' } }, 'en');
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'WORKER_ALREADY_REGISTERED', fields: ['idNumber'] });
    expect(again.message).toBe('A worker with this resident ID number is already registered');
  });

  it('refuses with the role that is needed, never with the subject’s existence or region', async () => {
    const role = await post(employer.token, REGISTER_WORKER, { input: badWorker() });
    expect(role.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    expect(role.message).toMatch(/^此操作仅限人社部门或/);
    // A worker who exists (outside the employer's view) and one who does not get the very same answer.
    const { registerWorker } = await bureau.ok(REGISTER_WORKER, {
      input: { name: '赵七', idNumber: randomIdNumber('520102'), hukouRegionCode: '520102', categories: ['POVERTY_ALLEVIATED'], laborCapacity: 'FULL' },
    });
    const hidden = await post(employer.token, WORKER, { id: registerWorker.id });
    const missing = await post(employer.token, WORKER, { id: '00000000-0000-4000-8000-000000000003' });
    expect(hidden).toEqual(missing);
    expect(hidden.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WORKER_HIDDEN' });
    expect(hidden.message).not.toMatch(/520102|南明|贵阳|赵七/);
    // The same for another party's organisation.
    const other = await t.anonymous.ok(REGISTER_ORG, { input: organizationInput({ regionCode: '520102', creditCode: randomCreditCode('520102') }) });
    const otherCaller = new Caller(t.app, other.registerOrganization.accessToken, other.registerOrganization.account.role);
    const own = await otherCaller.ok('query { me { organizationId } }');
    const foreign = await post(employer.token, ORGANIZATION, { id: own.me.organizationId });
    const nowhere = await post(employer.token, ORGANIZATION, { id: '00000000-0000-4000-8000-000000000004' });
    expect(foreign).toEqual(nowhere);
    expect(foreign.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORGANIZATION_HIDDEN' });
  });

  it('answers an upload in the wrong multipart field with a reason and a Chinese message, like every other error', async () => {
    const upload = (field: string, language?: string) => {
      const req = t
        .http()
        .post('/imports/workers')
        .set('authorization', `Bearer ${String(bureau.token)}`);
      if (language) req.set('accept-language', language);
      return req.attach(field, Buffer.from('姓名,身份证号\n'), 'ledger.csv');
    };
    const wrong = await upload('ledger');
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UPLOAD_WRONG_FIELD', fields: ['file'] });
    expect(wrong.body.message).toMatch(HAN);
    expect(wrong.body.message).toContain('“ledger”');
    expect(wrong.body.problems).toEqual([{ field: 'file', reason: 'UPLOAD_WRONG_FIELD', message: expect.stringMatching(HAN) }]);
    const english = await upload('ledger', 'en');
    expect(english.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UPLOAD_WRONG_FIELD', fields: ['file'] });
    expect(english.body.message).not.toMatch(HAN);
    const twoFiles = await t
      .http()
      .post('/imports/workers')
      .set('authorization', `Bearer ${String(bureau.token)}`)
      .attach('file', Buffer.from('a'), 'a.csv')
      .attach('file', Buffer.from('b'), 'b.csv');
    expect(twoFiles.status).toBe(400);
    expect(twoFiles.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UPLOAD_TOO_MANY_FILES', fields: ['file'] });
    const missing = await t
      .http()
      .post('/imports/workers')
      .set('authorization', `Bearer ${String(bureau.token)}`)
      .field('note', 'no file');
    expect(missing.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_REQUIRED', fields: ['file'] });
    expect(missing.body.message).toMatch(HAN);
  });
});
