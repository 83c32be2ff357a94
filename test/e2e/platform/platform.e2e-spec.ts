import { existsSync, readFileSync } from 'node:fs';
import { getIntrospectionQuery } from 'graphql';
import { startTestApp, type TestApp } from '../../support/test-app.js';

function nestedTypeQuery(depth: number): string {
  let selection = 'name';
  for (let i = 0; i < depth; i++) selection = `ofType { ${selection} }`;
  return `{ __type(name: "Query") { fields { type { ${selection} } } } }`;
}

describe('platform', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(() => t.close());

  it('reports PostgreSQL and Meilisearch up on /health', async () => {
    const res = await t.http().get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, meilisearch: { status: 'up' } } });
  });

  it('answers the smallest query', async () => {
    expect(await t.anonymous.ok('{ __typename }')).toEqual({ __typename: 'Query' });
  });

  it('serves the standard introspection query outside production', async () => {
    const data = await t.anonymous.ok(getIntrospectionQuery());
    expect(data.__schema.queryType.name).toBe('Query');
  });

  it('refuses a query nested deeper than the limit', async () => {
    const result = await t.anonymous.gql(nestedTypeQuery(20));
    expect(result.errors?.[0].message).toMatch(/查询嵌套 \d+ 层，超过上限 \d+ 层/);
    expect(result.errors?.[0].extensions?.reason).toBe('QUERY_TOO_DEEP');
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.data).toBeUndefined();
  });

  it('refuses an alias bomb', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: regions { code }`).join(' ');
    const result = await t.anonymous.gql(`{ ${aliases} }`);
    expect(result.errors?.[0].message).toMatch(/别名超过 \d+ 个/);
    expect(result.errors?.[0].extensions?.reason).toBe('TOO_MANY_ALIASES');
  });

  it('blocks requests a browser could send cross-site without a preflight (CSRF)', async () => {
    const plain = await t.http().post('/graphql').set('content-type', 'text/plain').send('{"query":"{ __typename }"}');
    expect(plain.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(plain.body.data).toBeUndefined();
    const get = await t.http().get('/graphql').query({ query: '{ __typename }' });
    expect(get.body.data).toBeUndefined();
  });

  it('answers region queries and names the field of a bad code', async () => {
    const data = await t.anonymous.ok('{ region(code: "520102") { name fullName level parentCode } regions(parentCode: "520100") { code } }');
    expect(data.region).toEqual({ name: '南明区', fullName: '贵州省 贵阳市 南明区', level: 'COUNTY', parentCode: '520100' });
    expect(data.regions.map((r: { code: string }) => r.code)).toContain('520102');
    const bad = await t.anonymous.gql('{ regions(parentCode: "999999") { code } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['parentCode'] });
    const provinces = await t.anonymous.ok('{ regions { code name } }');
    expect(provinces.regions).toHaveLength(31);
  });

  it('counts operations by root field on /metrics (never by the client’s operation name)', async () => {
    await t.anonymous.ok('query MetricsProbe { __typename }');
    const res = await t.http().get('/metrics');
    expect(res.text).toMatch(/graphql_operations_total\{operation="__typename",type="query",outcome="ok"\} \d+/);
    expect(res.text).not.toContain('MetricsProbe');
    expect(res.text).toContain('graphql_operation_duration_seconds_bucket');
  });

  it('never shows a stack trace, even for a malformed request', async () => {
    const res = await t.http().post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(JSON.stringify(res.body)).not.toMatch(/at .+\.(js|ts):\d+/);
    const invalid = await t.anonymous.gql('{ region(code: 520102) { nope } }');
    expect(JSON.stringify(invalid.errors)).not.toContain('stacktrace');
  });

  it('writes the schema to schema.gql for reviewers', () => {
    expect(existsSync('schema.gql')).toBe(true);
    expect(readFileSync('schema.gql', 'utf8')).toContain('registerOrganization(input: RegisterOrganizationInput!): AuthPayload!');
  });
});
