import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const TOKEN = randomBytes(32).toString('hex');

/** An address of this machine that is not loopback: a request to it arrives from that address, not from 127.0.0.1. */
function externalAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
}

/** The `operation` label of every graphql_operations_total series. */
function operationLabels(metrics: string): string[] {
  return [...metrics.matchAll(/^graphql_operations_total\{operation="([^"]*)"/gm)].map((m) => m[1]);
}

function seriesCount(metrics: string): number {
  return metrics.split('\n').filter((line) => line.startsWith('graphql_operations_total{') || line.startsWith('graphql_operation_duration_seconds_count{'))
    .length;
}

/** Bounded metrics (issue 15, item 6): labels only from the schema, /metrics only for loopback or the scrape token. */
describe('/metrics', () => {
  let t: TestApp;
  let port: number;
  const external = externalAddress();

  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN: TOKEN, OUTBOX_RELAY: 'false' });
    // Every interface, so a request can come from a non-loopback address of this machine.
    await t.app.listen(0, '0.0.0.0');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });

  afterAll(() => t.close());

  const scrape = async () => {
    const res = await t.http().get('/metrics');
    expect(res.status).toBe(200);
    return res.text;
  };

  it('labels operations by the root field they select, whatever the client names them', async () => {
    await t.anonymous.ok('query RegionsForTheMetricsProbe { regions(parentCode: "520100") { code } }');
    const metrics = await scrape();
    expect(metrics).toMatch(/graphql_operations_total\{operation="regions",type="query",outcome="ok"\} \d+/);
    expect(metrics).not.toContain('RegionsForTheMetricsProbe');
  });

  it('adds no series for invented operation names 3,000 characters long', async () => {
    await t.anonymous.ok(`query ${'A'.repeat(3000)} { __typename }`);
    const before = await scrape();
    for (let i = 0; i < 20; i++) {
      const name = `${String.fromCharCode(65 + i)}${'x'.repeat(2999)}`;
      expect(name).toHaveLength(3000);
      await t.anonymous.ok(`query ${name} { __typename }`);
      // An operationName naming no operation of the document, and a document that does not parse.
      await t.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }', operationName: name });
      await t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: `query ${name} {` });
    }
    const after = await scrape();
    expect(after).not.toMatch(/x{100}/);
    expect(Math.max(...after.split('\n').map((line) => line.length))).toBeLessThan(300);
    // The unresolvable ones land in `other` (at most one new series per type and outcome), nothing per name.
    expect(seriesCount(after) - seriesCount(before)).toBeLessThanOrEqual(4);
    expect(after).toMatch(/graphql_operations_total\{operation="other",type="unknown",outcome="error"\} \d+/);
  });

  it('emits only labels the schema knows', async () => {
    const schema = await t.anonymous.ok('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
    const known = new Set<string>([
      ...schema.__schema.queryType.fields.map((f: { name: string }) => f.name),
      ...schema.__schema.mutationType.fields.map((f: { name: string }) => f.name),
      '__typename',
      '__schema',
      '__type',
      'multiple',
      'other',
    ]);
    await t.anonymous.gql('{ __typename regions { code } region(code: "520102") { name } }');
    const labels = operationLabels(await scrape());
    expect(labels).toContain('multiple');
    expect(labels.filter((label) => !known.has(label))).toEqual([]);
  });

  it('serves loopback callers without a token, refuses a forwarded request, a wrong token and a user token', async () => {
    await scrape();
    const forwarded = await t.http().get('/metrics').set('x-forwarded-for', '203.0.113.9');
    expect(forwarded.status).toBe(401);
    expect(forwarded.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(forwarded.text).not.toContain('graphql_operations_total');
    const wrong = await t
      .http()
      .get('/metrics')
      .set('authorization', `Bearer ${randomBytes(32).toString('hex')}`);
    expect(wrong.status).toBe(401);
    const withToken = await t.http().get('/metrics').set('x-forwarded-for', '203.0.113.9').set('authorization', `Bearer ${TOKEN}`);
    expect(withToken.status).toBe(200);
    expect(withToken.text).toContain('graphql_operations_total');
  });

  (external ? it : it.skip)(
    `refuses a non-loopback caller without the token and serves it with the token (${external ?? 'no external interface'})`,
    async () => {
      const url = `http://${external ?? ''}:${port}/metrics`;
      const anonymous = await fetch(url);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.text()).not.toContain('graphql_operations_total');
      const scraper = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(scraper.status).toBe(200);
      expect(await scraper.text()).toContain('graphql_operations_total');
    },
  );
});

describe('/metrics without a configured token', () => {
  let t: TestApp;
  let port: number;
  const external = externalAddress();

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY: 'false' });
    await t.app.listen(0, '0.0.0.0');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });

  afterAll(() => t.close());

  it('serves loopback only, and no bearer opens it', async () => {
    expect((await t.http().get('/metrics')).status).toBe(200);
    expect((await t.http().get('/metrics').set('x-forwarded-for', '203.0.113.9')).status).toBe(403);
    if (!external) return;
    const url = `http://${external}:${port}/metrics`;
    const refused = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/only to loopback/);
  });
});
