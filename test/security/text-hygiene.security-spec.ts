import { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername } from '@app/testing';
import { signUpOrganization } from '../support/organizations.js';
import { insertAccount, TEST_PASSWORD } from '../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../support/test-app.js';

const REGISTER_ORG = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { organizationId } } }';
const CREATE_POSTING = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id title } }';
const UPDATE_POSTING = 'mutation($input: UpdatePostingInput!) { updatePosting(input: $input) { id title } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id name } }';
const CREATE_GROUP = 'mutation($input: CreatePlacementGroupInput!) { createPlacementGroup(input: $input) { id } }';
const HAN = /\p{Script=Han}/u;

/** Strings that show as nothing, or show in another order than they are stored. */
const INVISIBLE = {
  zeroWidth: '\u200B\u200B\u200B',
  ideographicSpaces: '\u3000\u3000',
  bom: '\uFEFF\uFEFF',
  joiners: '\u200D\u2060\u200C',
  hangulFiller: '\u3164\u3164',
};
const BIDI = {
  override: '普工招聘\u202Egpj.exe',
  isolate: '\u2067张三\u2069',
  embedding: '\u202B张三\u202C',
};

interface Problem {
  field: string;
  reason: string;
  message: string;
}

/**
 * Text hygiene (issue 15, item 9): a title or name made only of invisible characters, or holding bidirectional
 * overrides/isolates, is refused with a Chinese field problem naming each failing field; real Chinese names (· included)
 * keep working. One rule in the validation pipe covers every string argument.
 */
describe('text hygiene through HTTP', () => {
  let t: TestApp;
  let employer: Caller;
  let bureau: Caller; // 黔南州: 惠水县 (522731) is inside
  let agent: Caller; // a verified labour agency in 惠水县

  async function refusal(caller: Caller, query: string, variables: Record<string, unknown>) {
    const result = await caller.gql(query, variables);
    expect(result.data ?? null).toBeNull();
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(HAN);
    return { fields: (error?.extensions?.fields ?? []) as string[], problems: (error?.extensions?.problems ?? []) as Problem[] };
  }

  const posting = (title: string, extra: Record<string, unknown> = {}) => ({
    kind: 'LOCAL',
    title,
    regionCode: '522731',
    wageMin: 2500,
    wageMax: 3500,
    headcount: 3,
    contractMonths: 12,
    ...extra,
  });

  const worker = (name: string) => ({
    name,
    idNumber: randomIdNumber('522731'),
    phone: randomMobile(),
    hukouRegionCode: '522731',
    categories: ['POVERTY_ALLEVIATED'],
    laborCapacity: 'FULL',
  });

  const organization = (name: string) => ({
    name,
    kind: 'ENTERPRISE',
    creditCode: randomCreditCode('522731'),
    regionCode: '522731',
    smallOrMicro: false,
    username: uniqueUsername('hygiene'),
    password: TEST_PASSWORD,
  });

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY: 'false' });
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    // An organisation whose name holds the middle dot of minority names: accepted.
    employer = (await signUpOrganization(t, 'ENTERPRISE', '522731', { name: '阿卜杜·热合曼拉面馆' })).caller;
    agent = (await signUpOrganization(t, 'LABOR_AGENCY', '522731', { verifiedBy: bureau })).caller;
  });

  afterAll(() => t.close());

  it('refuses posting titles made only of invisible characters, in Chinese, naming title', async () => {
    for (const title of Object.values(INVISIBLE)) {
      const { fields, problems } = await refusal(employer, CREATE_POSTING, { input: posting(title) });
      expect(fields).toEqual(['title']);
      expect(problems).toEqual([{ field: 'title', reason: 'INVISIBLE_TEXT', message: expect.stringMatching(/不能只由空白或看不见的字符/) }]);
    }
  });

  it('refuses bidirectional overrides, isolates and embeddings, and names each failing field of one input', async () => {
    for (const title of Object.values(BIDI)) {
      const { problems } = await refusal(employer, CREATE_POSTING, { input: posting(title) });
      expect(problems).toEqual([{ field: 'title', reason: 'BIDI_CONTROL', message: expect.stringMatching(/双向文字控制字符/) }]);
    }
    const both = await refusal(employer, CREATE_POSTING, { input: posting(INVISIBLE.zeroWidth, { description: BIDI.override, laborBrand: INVISIBLE.bom }) });
    expect(both.fields.sort()).toEqual(['description', 'laborBrand', 'title']);
    // Shape problems of the same input come in the same answer.
    const mixed = await refusal(employer, CREATE_POSTING, { input: posting(BIDI.isolate, { regionCode: 'nope' }) });
    expect(mixed.fields.sort()).toEqual(['regionCode', 'title']);
  });

  it('refuses the same on update, and keeps a real Chinese title', async () => {
    const created = (await employer.ok(CREATE_POSTING, { input: posting('拉面师傅（阿卜杜·热合曼店）') })).createPosting;
    expect(created.title).toBe('拉面师傅（阿卜杜·热合曼店）');
    const { problems } = await refusal(employer, UPDATE_POSTING, { input: { id: created.id, title: INVISIBLE.ideographicSpaces } });
    expect(problems.map((p) => [p.field, p.reason])).toEqual([['title', 'INVISIBLE_TEXT']]);
    // An ideographic space between words is ordinary Chinese typing.
    expect((await employer.ok(UPDATE_POSTING, { input: { id: created.id, title: '拉面师傅　包吃住' } })).updatePosting.title).toBe('拉面师傅　包吃住');
  });

  it('refuses invisible or bidi organisation names, and accepts names with ·', async () => {
    for (const name of [INVISIBLE.ideographicSpaces, INVISIBLE.zeroWidth, BIDI.override]) {
      const { fields } = await refusal(t.anonymous, REGISTER_ORG, { input: organization(name) });
      expect(fields).toEqual(['name']);
    }
    const ok = await t.anonymous.ok(REGISTER_ORG, { input: organization('新疆买买提·艾力劳务服务有限公司') });
    expect(ok.registerOrganization.account.organizationId).toEqual(expect.any(String));
  });

  it('refuses invisible or bidi worker names, and registers 阿卜杜·热合曼 as written', async () => {
    for (const name of [INVISIBLE.bom, INVISIBLE.joiners, BIDI.isolate, BIDI.embedding]) {
      const { problems } = await refusal(bureau, REGISTER_WORKER, { input: worker(name) });
      expect(problems.map((p) => p.field)).toEqual(['name']);
      expect(problems[0].message).toMatch(HAN);
    }
    for (const name of ['阿卜杜·热合曼', '买买提·艾力', '欧阳娜娜']) {
      expect((await bureau.ok(REGISTER_WORKER, { input: worker(name) })).registerWorker.name).toBe(name);
    }
  });

  it('refuses invisible group details, naming each field', async () => {
    const input = {
      postingId: '00000000-0000-4000-8000-000000000001',
      departureDate: '2027-01-20',
      departurePoint: INVISIBLE.ideographicSpaces,
      transport: BIDI.override,
    };
    const { problems } = await refusal(agent, CREATE_GROUP, { input });
    expect(problems.map((p) => [p.field, p.reason]).sort()).toEqual([
      ['departurePoint', 'INVISIBLE_TEXT'],
      ['transport', 'BIDI_CONTROL'],
    ]);
  });

  it('answers in English when asked', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${employer.token ?? ''}`)
      .set('accept-language', 'en')
      .send({ query: CREATE_POSTING, variables: { input: posting(INVISIBLE.zeroWidth) } });
    expect(res.body.errors[0].extensions.problems[0].message).toMatch(/^title must contain visible characters/);
  });
});
