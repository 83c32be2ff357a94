import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const WEB_DIR = join(process.cwd(), 'dist', 'web');

/**
 * The web app is served by the API itself (`npm start`, no second server): its files, the page for every client
 * route, and the API's own paths untouched. Runs on the dist/web that `npm test` builds.
 */
describe('web app served at /', () => {
  let t: TestApp;
  let script: string;

  beforeAll(async () => {
    expect(existsSync(join(WEB_DIR, 'index.html'))).toBe(true);
    script = readdirSync(join(WEB_DIR, 'assets')).find((name) => name.endsWith('.js')) ?? '';
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers / and any client route with the page, in Chinese, with a content security policy', async () => {
    for (const path of ['/', '/postings/42', '/me', '/login?next=%2Fme']) {
      const res = await t.http().get(path).set('Accept', 'text/html');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.text).toContain('<html lang="zh-CN">');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('sends the precompressed file the client accepts, and hashed assets cached for a year', async () => {
    const brotli = await t.http().get(`/assets/${script}`).set('Accept-Encoding', 'gzip, br');
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gzip = await t.http().get(`/assets/${script}`).set('Accept-Encoding', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await t.http().get(`/assets/${script}`).set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(plain.headers['content-length'])).toBeGreaterThan(Number(brotli.headers['content-length']));
  });

  it('leaves the API paths to the API', async () => {
    const health = await t.http().get('/health').set('Accept', 'text/html');
    expect(health.headers['content-type']).toMatch(/application\/json/);
    const graphql = await t.http().post('/graphql').send({ query: '{ __typename }' });
    expect(graphql.body).toEqual({ data: { __typename: 'Query' } });
    // A GET of /graphql or /reports/… is the API's answer (an error), never the page.
    for (const path of ['/graphql', '/reports/weekly.xlsx', '/imports/x', '/metrics']) {
      const res = await t.http().get(path).set('Accept', 'text/html');
      expect(res.text ?? '').not.toContain('<html lang="zh-CN">');
    }
  });

  it('answers a missing asset, a dotfile or a path outside dist/web with 404, never the page or a file', async () => {
    for (const path of [
      '/assets/old-chunk-1234.js',
      '/favicon.ico',
      '/.env',
      '/.git/config',
      '/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
      '/assets/..%2f..%2f..%2fpackage.json',
    ]) {
      const res = await t.http().get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.text).not.toContain('"name": "labour-match"');
    }
  });

  it('does not answer other methods with the page', async () => {
    const res = await t.http().post('/postings/42').send('x');
    expect(res.text ?? '').not.toContain('<html lang="zh-CN">');
    const head = await t.http().head('/');
    expect(head.status).toBe(200);
  });
});
