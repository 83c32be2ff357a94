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

  it.each([
    ['a variable', 20_000],
    ['a variable just past the limit', 33],
  ])('refuses createSubsidyPolicy.rules nested too deep in %s, naming the field', async (_label, depth) => {
    const result = await admin.gql(CREATE_POLICY, { input: policyInput([nested(depth)]) });
    const error = result.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'JSON_TOO_DEEP' });
    expect(error?.message).toContain('32');
    expect(error?.message).toMatch(/\p{Script=Han}/u);
  });

  it('refuses rules nested too deep in an inline literal', async () => {
    const literal = JSON.stringify([nested(40)]).replace(/"(\w+)":/g, '$1:');
    const result = await admin.gql(
      `mutation { createSubsidyPolicy(input: { name: "x", provinceCode: "520000", version: "v", validFrom: "2026-01-01", validTo: "2026-12-31", rules: ${literal} }) { id } }`,
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
