import { signUpEmployer } from '../../support/search-helpers.js';
import { startTestApp, type Caller, type TestApp } from '../../support/test-app.js';

const CHECK = 'query($input: CreatePostingInput!) { checkPosting(input: $input) { field reason message } }';
const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const OWN_POSTINGS = 'query($id: ID!) { postings(filter: { organizationId: $id }, first: 100) { totalCount } }';

const VALID = { kind: 'LOCAL', title: '仓库分拣员', regionCode: '520102', wageMin: 3800, wageMax: 4500, headcount: 5, contractMonths: 12 };

/** The posting form checks a draft as the employer types (issue 18): the rules of createPosting, nothing saved. */
describe('checkPosting', () => {
  let t: TestApp;
  let employer: Caller;
  let organizationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ caller: employer, organizationId } = await signUpEmployer(t, 'ENTERPRISE', '520102', '贵阳检查物流有限公司'));
  });
  afterAll(() => t.close());

  const ownCount = async () => (await employer.ok(OWN_POSTINGS, { id: organizationId })).postings.totalCount as number;

  it('names every failing field in Chinese, exactly as createPosting refuses the same input, and saves nothing', async () => {
    const wrong = { ...VALID, wageMin: 6000, wageMax: 5000, contractMonths: 0, regionCode: '520100' };
    const before = await ownCount();
    const problems = (await employer.ok(CHECK, { input: wrong })).checkPosting as Array<{ field: string; reason: string; message: string }>;
    expect(problems.map((p) => p.field).sort()).toEqual(['contractMonths', 'regionCode', 'wageMin']);
    for (const problem of problems) expect(problem.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await ownCount()).toBe(before);

    const refused = await employer.gql(CREATE, { input: wrong });
    const extensions = refused.errors?.[0].extensions as { code: string; problems: Array<{ field: string; reason: string; message: string }> };
    expect(extensions.code).toBe('BAD_USER_INPUT');
    expect(extensions.problems).toEqual(problems);
  });

  it('answers nothing to fix for a draft createPosting accepts', async () => {
    expect((await employer.ok(CHECK, { input: VALID })).checkPosting).toEqual([]);
    await employer.ok(CREATE, { input: VALID });
  });

  it('speaks English when the request asks for it', async () => {
    const english = await t
      .http()
      .post('/graphql')
      .set('authorization', `Bearer ${employer.token ?? ''}`)
      .set('accept-language', 'en')
      .send({ query: CHECK, variables: { input: { ...VALID, title: '仓' } } });
    expect(english.body.data.checkPosting).toEqual([{ field: 'title', reason: 'TITLE_LENGTH', message: expect.stringMatching(/^title must be/) as unknown }]);
  });

  it('refuses what createPosting refuses outright: an employer checking a public-welfare post', async () => {
    expect(await employer.errorCode(CHECK, { input: { ...VALID, kind: 'PUBLIC_WELFARE' } })).toBe('FORBIDDEN');
    expect(await t.anonymous.errorCode(CHECK, { input: VALID })).toBe('UNAUTHENTICATED');
  });
});
