import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { startTestApp, type Caller, type TestApp } from '../../support/test-app.js';

const CREATE_POLICY = 'mutation($input: CreateSubsidyPolicyInput!) { createSubsidyPolicy(input: $input) { id } }';

/** `{ all: [ { all: [ … ] } ] }` nested `depth` times: the shape of a hostile or broken rules document. */
function nested(depth: number): unknown {
  let value: unknown = { kind: 'TRANSPORT' };
  for (let i = 0; i < depth; i++) value = { all: [value] };
  return value;
}

function policyInput(rules: unknown) {
  return { name: '深度测试政策', provinceCode: '520000', version: 'depth-1', validFrom: '2026-01-01', validTo: '2026-12-31', rules };
}

describe('inputs nested or sized beyond a sane limit are refused as bad input', () => {
  let t: TestApp;
  let admin: Caller;

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY: 'false' });
    admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('refuses createSubsidyPolicy.rules nested past the limit, naming the field, in Chinese', async () => {
    const result = await admin.gql(CREATE_POLICY, { input: policyInput([nested(20)]) });
    const error = result.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'JSON_TOO_DEEP', fields: ['rules'] });
    expect(error?.message).toContain('32');
    expect(error?.message).toMatch(/\p{Script=Han}/u);
  });

  it('refuses rules nested 20,000 deep as bad input, not an internal error', async () => {
    // Written as text: JSON.stringify itself would overflow the stack on such a value.
    const depth = 20_000;
    const rules = `[${'{"all":['.repeat(depth)}{"kind":"TRANSPORT"}${']}'.repeat(depth)}]`;
    const input = JSON.stringify(policyInput(null)).replace('"rules":null', `"rules":${rules}`);
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${admin.token ?? ''}`)
      .send(`{"query":${JSON.stringify(CREATE_POLICY)},"variables":{"input":${input}}}`);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'JSON_TOO_DEEP', fields: ['rules'] });
  });

  it('refuses rules nested too deep in an inline literal', async () => {
    const literal = JSON.stringify([nested(40)]).replace(/"(\w+)":/g, '$1:');
    const result = await admin.gql(
      `mutation { createSubsidyPolicy(input: { name: "深度测试政策", provinceCode: "520000", version: "depth-2", validFrom: "2026-01-01", validTo: "2026-12-31", rules: ${literal} }) { id } }`,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'JSON_TOO_DEEP' });
  });

  it('still lets ordinary rules through to policy validation', async () => {
    const result = await admin.gql(CREATE_POLICY, { input: policyInput([nested(3)]) });
    // Not a depth refusal: the rules reach validatePolicy, which explains what is wrong with them.
    expect(result.errors?.[0].extensions?.reason).not.toBe('JSON_TOO_DEEP');
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a document selecting more fields than the limit, with a reason and a Chinese message', async () => {
    const wide = `{ ${Array.from({ length: 501 }, () => '__typename').join(' ')} }`;
    const result = await t.anonymous.gql(wide);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'TOO_MANY_FIELDS' });
    expect(result.errors?.[0].message).toMatch(/\p{Script=Han}/u);
  });
});
