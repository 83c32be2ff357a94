import type { AddressInfo } from 'node:net';
import { auditServer } from 'graphql-http';
import { getIntrospectionQuery } from 'graphql';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('GraphQL over HTTP, CSRF and abuse limits', () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/graphql`;
  });

  afterAll(() => t.close());

  it('passes every MUST of the graphql-http audit suite', async () => {
    const results = await auditServer({ url });
    const failedMusts = results.filter((r) => r.status !== 'ok' && r.name.startsWith('MUST')).map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failedMusts).toEqual([]);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
  }, 60_000);

  it('refuses cross-site simple requests: text/plain POST, form POST and a mutation over GET', async () => {
    const mutation = 'mutation { login(input: { username: "x", password: "y" }) { accessToken } }';
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify({ query: mutation }) });
      const body = await res.text();
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(body).not.toContain('accessToken":"');
    }
    const get = await fetch(`${url}?query=${encodeURIComponent(mutation)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBeGreaterThanOrEqual(400);
  });

  it('serves GraphiQL to a browser outside production (the page production must not serve)', async () => {
    const page = await t.http().get('/graphql').set('accept', 'text/html');
    expect(page.text).toMatch(/graphiql/i);
  });

  it('caps request bodies at 1 MB', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } }));
    expect(res.status).toBe(413);
    expect(res.text).not.toMatch(/\bat [^\n]+:\d+:\d+/);
  });

  it('caps page sizes at 100', async () => {
    const capped = await t.anonymous.gql('{ postings(first: 101) { totalCount } }');
    expect(capped.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first'] });
    expect((await t.anonymous.gql('{ postings(first: 100) { totalCount } }')).errors).toBeUndefined();
  });
});

describe('production mode', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', GRAPHQL_DEBUG: 'false' });
  });

  afterAll(() => t.close());

  it('turns introspection off', async () => {
    const result = await t.anonymous.gql(getIntrospectionQuery());
    expect(result.data).toBeFalsy();
    expect(result.errors?.[0].message).toMatch(/introspection/i);
  });

  it('serves no GraphiQL page to a browser', async () => {
    const page = await t.http().get('/graphql').set('accept', 'text/html');
    expect(page.text).not.toMatch(/graphiql/i);
  });

  it('shows no stack trace or internal detail for bad requests', async () => {
    const bad = await t.http().post('/graphql').set('content-type', 'application/json').send('{"query": "{ region(code: ');
    expect(bad.text).not.toMatch(/\bat [^\n]+:\d+:\d+|stacktrace|node_modules/);
    const invalid = await t.anonymous.gql('{ nope }');
    expect(JSON.stringify(invalid.errors)).not.toMatch(/stacktrace|node_modules/);
  });
});
